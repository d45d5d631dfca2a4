/**
 * The glossary as the linker sees it: names, aliases and the little each
 * link needs. Built once per build (and again in dev when the glossary
 * changes); its digest is what makes cached pages re-link.
 */
import { createHash } from 'node:crypto';
import { buildTermMatcher, type TermMatcher } from './term-matcher.ts';

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
}

export interface GlossaryIndex {
  readonly entries: ReadonlyMap<string, LinkableEntry>;
  readonly matcher: TermMatcher;
  /** Changes whenever an id, name, alias, kind or autolink flag changes. */
  readonly digest: string;
}

/** Hash of everything linking depends on, independent of file order. */
export function glossaryDigest(entries: readonly LinkableEntry[]): string {
  const hash = createHash('sha256');
  for (const e of [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    hash.update(JSON.stringify([e.id, e.name, e.aliases, e.kind, e.autolink]));
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Throws AmbiguousAliasError (from the matcher) when two entries claim one alias. */
export function buildGlossaryIndex(entries: readonly LinkableEntry[]): GlossaryIndex {
  return {
    entries: new Map(entries.map((e) => [e.id, e])),
    // Entries with autolink off stay in the matcher: their names still claim
    // their words (so a shorter alias inside them is not linked instead), and
    // the remark plugin simply leaves those matches unlinked.
    matcher: buildTermMatcher(entries.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases, file: e.file }))),
    digest: glossaryDigest(entries),
  };
}
