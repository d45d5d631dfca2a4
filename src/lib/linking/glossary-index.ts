/**
 * The glossary as the linker sees it: names, aliases and the little each
 * link needs. Built once per build (and again in dev when the glossary
 * changes); its digest is what makes cached pages re-link.
 */
import { createHash } from 'node:crypto';
import { buildTermMatcher, type TermMatcher } from './term-matcher.ts';
import type { WordInflector } from './inflection.ts';
import { buildLocalizedTermMatcher, type DeclaredForms } from './localized-terms.ts';

/** The fields of a glossary entry that affect linking and previews. */
export interface LinkableEntry {
  id: string;
  /** Path of the entry's file, for error messages. */
  file: string;
  name: string;
  aliases: readonly string[];
  kind: string;
  /** False when the editor switched automatic linking off for this entry. */
  autolink: boolean;
  /** Declared inflected forms (translated entries; see lib/linking/localized-terms.ts). */
  forms?: DeclaredForms;
}

export interface GlossaryIndexOptions {
  /** Language of the names. Default `en`: exactly the English matcher, no inflection. */
  lang?: string;
  /** Word forms for the language instead of its built-in rules; `null`: declared forms only. */
  inflect?: WordInflector | null;
}

export interface GlossaryIndex {
  readonly entries: ReadonlyMap<string, LinkableEntry>;
  readonly matcher: TermMatcher;
  /** Changes whenever an id, name, alias, kind or autolink flag changes. */
  readonly digest: string;
}

/** Hash of everything linking depends on, independent of file order. */
export function glossaryDigest(entries: readonly LinkableEntry[], lang = 'en'): string {
  const hash = createHash('sha256');
  // English digests stay as they were (no language, no forms), so English caches survive this change.
  if (lang !== 'en') hash.update(`lang:${lang}\n`);
  for (const e of [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    hash.update(JSON.stringify(e.forms === undefined ? [e.id, e.name, e.aliases, e.kind, e.autolink] : [e.id, e.name, e.aliases, e.kind, e.autolink, e.forms]));
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Throws AmbiguousAliasError (from the matcher) when two entries claim one alias. */
export function buildGlossaryIndex(entries: readonly LinkableEntry[], options: GlossaryIndexOptions = {}): GlossaryIndex {
  const lang = options.lang ?? 'en';
  // Entries with autolink off stay in the matcher: their names still claim
  // their words (so a shorter alias inside them is not linked instead), and
  // the remark plugin simply leaves those matches unlinked.
  const matcher =
    lang === 'en'
      ? buildTermMatcher(entries.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases, file: e.file })))
      : buildLocalizedTermMatcher(
          entries.map((e) => ({ id: e.id, file: e.file, kind: e.kind, name: e.name, aliases: e.aliases, ...(e.forms ? { forms: e.forms } : {}) })),
          { lang, ...(options.inflect !== undefined ? { inflect: options.inflect } : {}) },
        );
  return {
    entries: new Map(entries.map((e) => [e.id, e])),
    matcher,
    digest: glossaryDigest(entries, lang),
  };
}
