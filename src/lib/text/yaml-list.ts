/**
 * The list files of a content folder (sources.yaml, events.yaml, claims.yaml)
 * as Astro's `file()` loader and the checker both read them: YAML 1.2 (the
 * `yaml` package keeps `2024-01-05` a string), where an empty file, or one with
 * only comments, is an empty list.
 */
import YAML from 'yaml';

export type ListCollection = 'sources' | 'events' | 'claims';

/** What to write when a list file is not a list: how an item starts, and how to write an empty list. */
export function notAListFix(collection: ListCollection): string {
  const item = { sources: 'my-source', events: 'my-event', claims: 'my-claim' }[collection];
  return `start each item on its own line with "- id: ", e.g. "- id: ${item}", and indent its fields under it; for no items, leave the file empty (comments are fine) or write []`;
}

/** What was found instead of a list, for the message. */
export function describeNotAList(value: unknown): string {
  return value !== null && typeof value === 'object' ? 'a mapping of "key: value" lines' : `a single value (${JSON.stringify(value).slice(0, 40)})`;
}

/** The items of a parsed list file: `[]` for an empty file, null when it is not a list. */
export function listItems(data: unknown): unknown[] | null {
  if (data === null || data === undefined) return [];
  return Array.isArray(data) ? data : null;
}

/**
 * The parser for Astro's `file()` loader: the items of the list in `text`.
 * A file that is not a list fails the build with `path:1:1  field  message  (fix)`,
 * like the checker; a YAML syntax error is left to YAML's own message.
 */
export function parseYamlList(text: string, path: string, collection: ListCollection): Array<Record<string, unknown>> {
  const data: unknown = YAML.parse(text);
  const items = listItems(data);
  if (items === null) throw new Error(`${path}:1:1  ${collection}  expected a list of items, found ${describeNotAList(data)}  (${notAListFix(collection)})`);
  return items as Array<Record<string, unknown>>;
}
