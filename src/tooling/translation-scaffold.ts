/**
 * The text of a new translation file (`npm run new -- translation <original>`)
 * and the refreshed version of an existing one (`--refresh`). Every
 * translatable field is copied from the original behind "TODO: ", so the
 * translator sees what to translate and the checker refuses the file until
 * every TODO is gone; `translated:` and `original:` record which version of
 * the original it follows (src/lib/check/translation-digest.ts).
 */
import YAML from 'yaml';
import { splitFrontmatter } from '../lib/text/frontmatter.ts';
import { itemDigest, textDigest } from '../lib/check/translation-digest.ts';
import { kinds } from '../kinds/registry.ts';
import { kindTextShape, pickText as pickFactText } from '../kinds/fact-text.ts';

export type TranslatableKind = 'stories' | 'sections' | 'glossary';

/** The fields copied into a translation, per kind (the rest is inherited from the original). */
export const TEXT_FIELDS: Record<TranslatableKind, readonly string[]> = {
  stories: ['title', 'dek', 'summary', 'keyPoints', 'whatWeKnow', 'updates'],
  sections: ['title', 'summary'],
  glossary: ['name', 'aliases', 'short'],
};
export const LIST_TEXT_FIELDS = { events: ['title', 'detail'], claims: ['claim', 'evidence', 'history'], sources: ['note'] } as const;
export type ListCollectionName = keyof typeof LIST_TEXT_FIELDS;

const KEPT: ReadonlySet<string> = new Set(['date', 'type']);

/** Every text of a value behind "TODO: ", except under the keys in `keep` (an update's `date` and `type`). */
const todo = (value: unknown, keep: ReadonlySet<string> = KEPT): unknown => {
  if (typeof value === 'string') return `TODO: ${value}`;
  if (Array.isArray(value)) return value.map((v) => todo(v, keep));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keep.has(k) ? v : todo(v, keep)]));
  return value;
};

/** An entry's facts reduced to their text (src/kinds/fact-text.ts), behind TODO; undefined when they have none. */
function factText(data: Record<string, unknown>): unknown {
  const kind = typeof data.kind === 'string' ? kinds.get(data.kind) : undefined;
  const text = kind ? pickFactText(data.facts, kindTextShape(kind)) : undefined;
  // Facts' text is text whatever its key is called (an organisation's `type` too).
  return text === undefined ? undefined : todo(text, new Set());
}

function pickText(data: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of fields) {
    let value = data[field];
    if (value === undefined) continue;
    // Updates: only date and text are translated; history: only date and note.
    if (field === 'updates' && Array.isArray(value)) value = value.map((u: Record<string, unknown>) => ({ date: u.date, text: u.text }));
    if (field === 'history' && Array.isArray(value)) value = value.map((h: Record<string, unknown>) => ({ date: h.date, note: h.note }));
    if (Array.isArray(value) && value.length === 0) continue;
    picked[field] = todo(value);
  }
  return picked;
}

/** A new translation of a story, section or entry file. */
export function pageTranslation(kind: TranslatableKind, originalText: string, today: string): string {
  const split = splitFrontmatter(originalText);
  if (!split) throw new Error('the original has no front matter');
  const data = (YAML.parse(split.yaml) ?? {}) as Record<string, unknown>;
  const facts = kind === 'glossary' ? factText(data) : undefined;
  const front = { translated: today, original: textDigest(originalText), ...pickText(data, TEXT_FIELDS[kind]), ...(facts === undefined ? {} : { facts }) };
  const body = split.body.trim();
  return `---\n${YAML.stringify(front, { lineWidth: 0 })}---\n${body ? `TODO: translate the text below, then delete this line.\n\n${body}\n` : ''}`;
}

/** `translated:` and `original:` of an existing translation brought up to date with the original. */
export function refreshPageTranslation(translationText: string, originalText: string, today: string): string {
  const digest = textDigest(originalText);
  const split = splitFrontmatter(translationText);
  if (!split) throw new Error('the translation has no front matter');
  const set = (text: string, key: string, value: string) =>
    new RegExp(`^${key}:.*$`, 'm').test(text) ? text.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`) : `${key}: ${value}\n${text}`;
  const yaml = set(set(split.yaml, 'original', `'${digest}'`), 'translated', today);
  return translationText.replace(split.yaml, yaml);
}

type Item = Record<string, unknown> & { id: string };

/**
 * `<lang>/events.yaml`, `<lang>/claims.yaml` or `<lang>/sources.yaml` with
 * every original item that has no translation yet and has text to translate
 * appended (as TODOs; a source without a note has none); with `refresh` instead, the
 * digest and date of the translated ones brought up to date (of those in
 * `ids` only, when given). An item whose original has not changed keeps its
 * date: refreshing a file says which items were checked again, not all of them.
 */
export function listTranslation(collection: ListCollectionName, originals: readonly Item[], existingText: string, today: string, refresh: { ids?: readonly string[] } | false): { text: string; added: number; refreshed: number } {
  const doc = YAML.parseDocument(existingText || '[]\n');
  const existing = (doc.toJS() ?? []) as Item[];
  const byId = new Map(originals.map((o) => [o.id, o]));
  let refreshed = 0;
  if (refresh && YAML.isSeq(doc.contents)) {
    for (const node of doc.contents.items) {
      if (!YAML.isMap(node)) continue;
      const id = String(node.get('id'));
      const original = byId.get(id);
      if (!original || (refresh.ids && !refresh.ids.includes(id))) continue;
      const map = node as YAML.YAMLMap<unknown, unknown>;
      if (map.get('original') === itemDigest(original)) continue;
      map.set('translated', today);
      map.set('original', itemDigest(original));
      refreshed += 1;
    }
  }
  const have = new Set(existing.map((e) => e.id));
  // Refreshing only marks what is translated; adding items is the plain command's job.
  const missing = refresh ? [] : originals.filter((o) => !have.has(o.id) && Object.keys(pickText(o, LIST_TEXT_FIELDS[collection])).length > 0);
  const added = missing.map((o) => ({ id: o.id, translated: today, original: itemDigest(o), ...pickText(o, LIST_TEXT_FIELDS[collection]) }));
  const head = existing.length ? doc.toString({ lineWidth: 0 }).trimEnd() : '';
  const tail = added.map((item) => YAML.stringify([item], { lineWidth: 0 }).trimEnd()).join('\n\n');
  return { text: `${[head, tail].filter(Boolean).join('\n\n')}\n`, added: added.length, refreshed };
}
