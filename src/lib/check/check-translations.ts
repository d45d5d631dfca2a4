/**
 * Checks the translations in `<content>/<lang>/` against their originals
 * (EDITING.md, "Translations"): the folder must be a language of site.yaml
 * other than the default; each file or item must have an original with the
 * same id; only the kind's text fields may be written (everything else is
 * inherited), with the original's rules for each; no TODO is left; and when
 * the original changed since the translation was made (its digest differs),
 * a warning says so.
 */
import type { z } from 'astro/zod';
import { listTranslationSchema, pageTranslationSchema } from '../../schemas/translation.ts';
import type { Problem } from './problem.ts';
import { parseYaml, type Position } from './yaml-document.ts';
import { friendlyIssue } from './zod-messages.ts';
import { allowedKeys } from './schema-keys.ts';
import { splitFrontmatter } from '../text/frontmatter.ts';
import { closestId } from '../text/suggest.ts';
import { itemDigest, textDigest } from './translation-digest.ts';
import { kinds as siteKinds, type KindRegistry } from '../../kinds/registry.ts';
import { checkFactText, kindTextShape } from '../../kinds/fact-text.ts';

export interface TranslationFile {
  /** Path from the project root. */
  path: string;
  text: string;
  /** Language folder, e.g. `uk`. */
  lang: string;
  /** Path inside the language folder, e.g. `glossary/town-council.md`. */
  rel: string;
}

export interface OriginalFile {
  path: string;
  text: string;
}

export interface TranslationCheckInput {
  translations: readonly TranslationFile[];
  /** The original files by their path inside the content folder (`glossary/town-council.md`, `events.yaml`). */
  originals: ReadonlyMap<string, OriginalFile>;
  /** site.yaml's languages, the default first; undefined when site.yaml did not validate. */
  languages: readonly string[] | undefined;
  /** The content folder, for messages. */
  root: string;
  /** The kinds of glossary entry (default: the site's registry), for which facts are text. */
  kinds?: KindRegistry;
}

/** Each kind's text fields: the only ones a translation may carry. */
const PAGE_FIELDS = {
  stories: ['title', 'dek', 'summary', 'keyPoints', 'whatWeKnow', 'updates'],
  sections: ['title', 'summary'],
  glossary: ['name', 'aliases', 'short', 'forms', 'translatorNote', 'facts'],
} as const;
const LIST_FIELDS = { events: ['title', 'detail'], claims: ['claim', 'evidence', 'history'], sources: ['note', 'publisher'] } as const;

/** `{ a: true, b: true }` for zod's pick. */
const mask = (fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, true])) as Record<string, never>;
const pageSchemas: Record<keyof typeof PAGE_FIELDS, z.ZodType> = {
  stories: pageTranslationSchema.pick(mask([...PAGE_FIELDS.stories, 'translated', 'original'])),
  sections: pageTranslationSchema.pick(mask([...PAGE_FIELDS.sections, 'translated', 'original'])),
  glossary: pageTranslationSchema.pick(mask([...PAGE_FIELDS.glossary, 'translated', 'original'])),
};
const listSchemas: Record<keyof typeof LIST_FIELDS, z.ZodType> = {
  events: listTranslationSchema.pick(mask([...LIST_FIELDS.events, 'id', 'translated', 'original'])).strict(),
  claims: listTranslationSchema.pick(mask([...LIST_FIELDS.claims, 'id', 'translated', 'original'])).strict(),
  sources: listTranslationSchema.pick(mask([...LIST_FIELDS.sources, 'id', 'translated', 'original'])).strict(),
};

const refresh = (path: string) => `bring it in line with the original and run npm run new -- translation ${path} --refresh`;

export function checkTranslations({ translations, originals, languages, root, kinds = siteKinds }: TranslationCheckInput): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, pos: Position, field: string, message: string, fix: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, line: pos.line, column: pos.column, field, message, fix, severity });
  const start = { line: 1, column: 1 };
  const reportedFolders = new Set<string>();

  for (const file of translations) {
    if (languages && !languages.slice(1).includes(file.lang)) {
      if (!reportedFolders.has(file.lang)) {
        reportedFolders.add(file.lang);
        const isDefault = languages[0] === file.lang;
        report(file.path, start, 'language', isDefault ? `"${file.lang}/" holds translations into the default language, which has the originals` : `"${file.lang}/" is not a language of this site`, isDefault ? `move the text into the originals, or delete ${root}/${file.lang}/` : `add { code: ${file.lang}, name: …, locale: … } to "languages" in ${root}/site.yaml, or rename the folder`);
      }
      continue;
    }
    const parts = file.rel.split('/');
    const list = /^(events|claims|sources)\.ya?ml$/.exec(file.rel);
    if (list) {
      checkList(file, list[1] as keyof typeof LIST_FIELDS);
      continue;
    }
    const kind = parts[0];
    const shapeOk = (kind === 'stories' || kind === 'glossary') ? parts.length === 2 : kind === 'sections' && parts.length === 3;
    if (!/\.mdx?$/.test(file.rel) || !shapeOk) {
      report(file.path, start, 'file', 'this file is not a translation of a story, section, entry, events.yaml, claims.yaml or sources.yaml and will not be published', `mirror the original's path: ${root}/${file.lang}/stories/<id>.md, sections/<story>/<nn>-<slug>.md or glossary/<id>.md`, 'warning');
      continue;
    }
    checkPage(file, kind as keyof typeof PAGE_FIELDS);
  }

  function checkPage(file: TranslationFile, kind: keyof typeof PAGE_FIELDS) {
    const original = originals.get(file.rel) ?? originals.get(file.rel.replace(/\.md$/, '.mdx')) ?? originals.get(file.rel.replace(/\.mdx$/, '.md'));
    if (!original) {
      const stem = file.rel.replace(/\.mdx?$/, '');
      const candidates = [...originals.keys()].filter((k) => k.startsWith(`${kind}/`)).map((k) => k.replace(/\.mdx?$/, ''));
      const hint = closestId(stem, candidates);
      report(file.path, start, 'file', `there is no original ${root}/${file.rel} for this translation`, hint ? `did you mean ${root}/${file.lang}/${hint}.md? A translation has its original's path and id` : `give it the path of its original under ${root}/${file.lang}/, or delete it`);
      return;
    }
    const split = splitFrontmatter(file.text);
    if (!split) {
      report(file.path, start, 'front matter', 'the file does not start with front matter', 'begin the file with a line "---", the translated fields, and another "---"');
      return;
    }
    const yaml = parseYaml(split.yaml, split.yamlLine - 1);
    for (const e of yaml.errors) report(file.path, e, 'YAML', `the YAML does not parse: ${e.message}`, e.fix ?? 'check indentation, colons and quotes on this line');
    if (yaml.errors.length) return;
    const schema = pageSchemas[kind];
    const input = yaml.data ?? {};
    const result = schema.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const f of friendlyIssue(issue, input, (p) => allowedKeys(schema, input, p))) {
          const pos = f.atKey ? yaml.locateKey(f.path.slice(0, -1), String(f.path.at(-1))) : yaml.locate(f.path);
          const inherited = issue.code === 'unrecognized_keys' ? ` (a translation carries only ${PAGE_FIELDS[kind].join(', ')}: everything else is the original's)` : '';
          report(file.path, pos, f.path.join('.') || 'front matter', `${f.message}${inherited}`, f.fix);
        }
      }
      return;
    }
    placeholders(file.path, input, [], yaml.locate);
    if (kind === 'glossary' && (input as { facts?: unknown }).facts !== undefined) checkFacts(file, original, (input as { facts: unknown }).facts, yaml.locate);
    const todo = /\bTODO\b/.exec(split.body);
    if (todo) report(file.path, { line: split.bodyLine + split.body.slice(0, todo.index).split('\n').length - 1, column: 1 }, 'body', 'the translation still contains a TODO placeholder', 'translate the text and remove the TODO');
    const data = result.data as { original: string; translated: string };
    if (data.original !== textDigest(original.text)) {
      report(file.path, yaml.locate(['original']), 'original', `the original changed since this translation (translated ${data.translated})`, refresh(original.path), 'warning');
    }
  }

  /** Facts carry text only, item by item as in the original (src/kinds/fact-text.ts). */
  function checkFacts(file: TranslationFile, original: OriginalFile, facts: unknown, locate: (path: ReadonlyArray<string | number>) => Position) {
    const split = splitFrontmatter(original.text);
    const data = split ? (parseYaml(split.yaml).data as Record<string, unknown> | null) : null;
    const kind = typeof data?.kind === 'string' ? kinds.get(data.kind) : undefined;
    // The original's own problems are reported on the original.
    if (!kind) return;
    for (const p of checkFactText(facts, data?.facts, kindTextShape(kind))) report(file.path, locate(['facts', ...p.path]), ['facts', ...p.path].join('.'), p.message, p.fix);
  }

  function checkList(file: TranslationFile, collection: keyof typeof LIST_FIELDS) {
    const original = originals.get(`${collection}.yaml`) ?? originals.get(`${collection}.yml`);
    const yaml = parseYaml(file.text);
    for (const e of yaml.errors) report(file.path, e, 'YAML', `the YAML does not parse: ${e.message}`, e.fix ?? 'check indentation, colons and quotes on this line');
    if (yaml.errors.length) return;
    if (!Array.isArray(yaml.data)) {
      report(file.path, start, collection, 'expected a list of items', 'start each item with "- id: <the original item\'s id>"');
      return;
    }
    const originalItems = new Map<string, unknown>();
    if (original) {
      const parsed = parseYaml(original.text).data;
      if (Array.isArray(parsed)) for (const item of parsed) if (item && typeof item === 'object' && 'id' in item) originalItems.set(String((item as { id: unknown }).id), item);
    }
    const schema = listSchemas[collection];
    yaml.data.forEach((item: unknown, i: number) => {
      const locate = (path: ReadonlyArray<string | number>) => yaml.locate([i, ...path]);
      const result = schema.safeParse(item);
      const label = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : `item ${i + 1}`;
      if (!result.success) {
        for (const issue of result.error.issues) {
          for (const f of friendlyIssue(issue, item, (p) => allowedKeys(schema, item, p))) {
            const pos = f.atKey ? yaml.locateKey([i, ...f.path.slice(0, -1)], String(f.path.at(-1))) : locate(f.path);
            report(file.path, pos, `${label}.${f.path.join('.') || 'item'}`, f.message, f.fix);
          }
        }
        return;
      }
      const data = result.data as { id: string; original: string; translated: string };
      const source = originalItems.get(data.id);
      if (!source) {
        const hint = closestId(data.id, [...originalItems.keys()]);
        report(file.path, locate(['id']), `${data.id}.id`, `there is no item "${data.id}" in ${root}/${collection}.yaml for this translation`, hint ? `did you mean "${hint}"?` : 'use the id of the original item, or delete this item');
        return;
      }
      placeholders(file.path, item, [], locate, data.id);
      // A translated text with nothing to translate in the original would never be shown.
      for (const field of LIST_FIELDS[collection]) {
        if ((item as Record<string, unknown>)[field] !== undefined && (source as Record<string, unknown>)[field] === undefined) {
          report(file.path, locate([field]), `${data.id}.${field}`, `"${data.id}" in ${root}/${collection}.yaml has no ${field} to translate`, `delete "${field}" here, or add it to the original first`);
        }
      }
      if (data.original !== itemDigest(source)) {
        report(file.path, locate(['original']), `${data.id}.original`, `the original changed since this translation (translated ${data.translated})`, `bring it in line with "${data.id}" in ${root}/${collection}.yaml and run npm run new -- translation ${root}/${collection}.yaml --lang ${file.lang} --refresh`, 'warning');
      }
    });
  }

  function placeholders(file: string, value: unknown, path: Array<string | number>, locate: (path: ReadonlyArray<string | number>) => Position, prefix?: string) {
    if (typeof value === 'string') {
      if (/\bTODO\b/.test(value)) report(file, locate(path), [prefix, ...path].filter((p) => p !== undefined).join('.'), `"${path.at(-1)}" is not translated yet (TODO)`, 'translate the text and remove the TODO');
    } else if (Array.isArray(value)) value.forEach((v, i) => placeholders(file, v, [...path, i], locate, prefix));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) placeholders(file, v, [...path, k], locate, prefix);
  }

  return problems;
}
