/**
 * The content checker: every rule an editor's change must pass before the
 * site builds. It reads the same zod schemas as `src/content.config.ts`
 * and reports every problem at once, each with file, line, field and fix.
 */
import type { z } from 'astro/zod';
import { remark } from 'remark';
import type { Definition, Heading, Html, Image, Link, Node, Parent, Root, Text } from 'mdast';
import { createHash } from 'node:crypto';
import { checkedPayload, withChecksum } from '../text/checksummed.ts';
import { AmbiguousAliasError, buildTermMatcher, type TermMatcher, type TermSource } from '../linking/term-matcher.ts';
import { splitFrontmatter } from '../text/frontmatter.ts';
import { jsonExact } from '../text/json-exact.ts';
import { forcedLinkId, NO_LINK_ID } from '../linking/glossary-url.ts';
import { citedSourceId } from '../linking/citations.ts';
import { linkableTextNodes } from '../linking/linkable.ts';
import { closestId } from '../text/suggest.ts';
import { describeNotAList, listItems, notAListFix } from '../text/yaml-list.ts';
import {
  claimSchema,
  eventSchema,
  glossarySchema,
  idSchema,
  plainRef,
  sectionSchema,
  sourceSchema,
  storySchema,
} from '../../schemas/index.ts';
import type { Problem } from './problem.ts';
import { parseYaml, type ParsedYaml, type Position } from './yaml-document.ts';
import { friendlyIssue } from './zod-messages.ts';
import { allowedKeys } from './schema-keys.ts';
import { htmlViolationText } from './html-messages.ts';
import { markdownLimitProblem } from './markdown-limits.ts';
import { IMAGE_SCHEMES, LINK_SCHEMES, normalizeUrl, rawHtmlViolations, urlVerdict } from '../html/allowlist.ts';
import { kinds as siteKinds, type KindRegistry } from '../../kinds/registry.ts';
import { checkMessagesFile, checkSiteFile, type SiteCheck } from './site-config.ts';
import { checkTranslations, type TranslationFile } from './check-translations.ts';
import { type EditorialLists, secondaryPublisher, uncitedFigures, weakUrlReason } from './editorial.ts';
import { membershipOfAll, type Scopable, type StoryScope } from '../story/scope.ts';
import { blockCounts, blockKinds, emptyForcedBlocks, type BlockSettings } from '../story/blocks.ts';

/** A file under `content/`, with its path from the project root. */
export interface ContentFile {
  path: string;
  text: string;
}

export interface CheckOptions {
  /** Today's date (YYYY-MM-DD) for "date in the future" checks. Default: the real today. */
  today?: string;
  /** The folder holding the content, relative to the project root. Default `content`. */
  contentDir?: string;
  /** `files` is the whole content folder (the build and `npm run check`): a missing list file is then an error. Default false (a partial set, as in tests). */
  wholeTree?: boolean;
  /** The kinds of glossary entry (default: the site's registry, src/kinds/). */
  kinds?: KindRegistry;
  /** Word lists for the editorial warnings (see src/lib/check/editorial-config.ts for the defaults). */
  editorial?: EditorialLists;
  /**
   * Work kept from the previous check of the same folder (`astro dev` checks
   * again after every change): a file whose text is unchanged is not parsed
   * or validated again, and its body is not searched again unless the
   * glossary's names changed. The problems are the same as without it.
   */
  memo?: CheckMemo;
}

type Collection = 'stories' | 'sections' | 'glossary' | 'sources' | 'events' | 'claims';

/** One validated entry, with what the cross-entry checks need. */
interface Entry {
  collection: Collection;
  id: string;
  file: string;
  data: Record<string, unknown>;
  /** Position of a field path within the file. */
  locate: (path: ReadonlyArray<string | number>) => Position;
  /** Markdown body, when the entry is a Markdown file. */
  body?: { text: string; line: number };
}

/** What one file says on its own, whatever else the folder holds: a function of its path, its text and the schemas. */
interface FileOutcome {
  problems: Problem[];
  /** Ids the file declares, valid or not. */
  present: Array<[Collection, string]>;
  entries: Entry[];
  /** Something in the file failed validation. */
  incomplete: boolean;
  /** A list file whose items cannot be read. */
  unreadable?: Collection;
}

/**
 * What one Markdown body says, in document order, whatever the glossary
 * holds: problems of its own, references whose verdict depends on other
 * files (a cited source, a forced link), settled when the whole folder is
 * known, and its text, where the linker finds names (see BodyMatches).
 */
interface BodyFacts {
  steps: Array<
    | { kind: 'problem'; problem: Problem }
    | { kind: 'cite' | 'link'; id: string; at: Position }
    | { kind: 'text'; value: string }
  >;
  /** The text steps the linker may link in (not in headings, code or links), by their number among the text steps. */
  linkable: number[];
}

/** The entries the glossary's names find in one body's text: a function of its facts and the glossary's terms. */
interface BodyMatches {
  /** Per text step, in order, the other entries named there. */
  found: string[][];
  /** Entries the linker would link here, before entries with autolink off are left out. */
  linkable: string[];
}

/** A `{ id, collection }` reference in an entry's data, with its path there. */
interface Ref {
  ref: { id: string; collection: string };
  path: Array<string | number>;
}

/** Term matcher, or the alias two entries claim. */
type MatcherOutcome = { matcher: TermMatcher; error?: undefined } | { matcher: null; error: AmbiguousAliasError };

/** One file's kept outcome. After a load from disk only the text's digest is known, until a check sees the text again. */
interface KeptFile {
  text?: string;
  digest?: string;
  outcome: FileOutcome;
  /** For an outcome loaded from disk: computes it again from the text (its positions beyond the saved ones). */
  recompute?: () => FileOutcome;
  recomputed?: FileOutcome;
  /** As loaded, to be saved again as it is while nothing in it changed. */
  saved?: SavedFile;
}

/** Bump when the saved form changes. */
const MEMO_FORMAT = 2;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Per-file work kept between checks of one content folder (see
 * `CheckOptions.memo`). Keyed on everything it reads: a file's outcome on its
 * path and text; a body's facts on that outcome's entry and the glossary's
 * terms (names, aliases, ids); all of it on the kinds and the editorial word
 * lists. Files that are gone are forgotten at the end of each check.
 *
 * `save()` and `CheckMemo.load()` carry it from one build to the next. What a
 * saved memo was computed with beyond the text (the checker's code, the
 * kinds' code, the word lists) is the caller's `key`: a memo loads only
 * under the same key, and anything unreadable loads as nothing.
 */
export class CheckMemo {
  #files = new Map<string, KeptFile>();
  #bodies = new WeakMap<Entry, BodyFacts>();
  #matches = new WeakMap<Entry, { terms: string; matches: BodyMatches }>();
  #refs = new WeakMap<Entry, Ref[]>();
  /** `digest` is the terms' sha256: bodies compare that, not the long terms string. `outcome` is undefined until asked, after a load. */
  #matcher: { digest: string; outcome?: MatcherOutcome; saved?: SavedMatcher } | undefined;
  #seen = new Set<string>();
  #settings: { root: string; kinds: KindRegistry; editorial: EditorialLists | undefined } | undefined;

  /** Starts a check; for another folder, other kinds or other word lists nothing kept is valid. */
  begin(root: string, kinds: KindRegistry, editorial: EditorialLists | undefined): void {
    if (this.#settings?.root !== root || this.#settings.kinds !== kinds || this.#settings.editorial !== editorial) {
      this.#files.clear();
      this.#bodies = new WeakMap();
      this.#matches = new WeakMap();
      this.#refs = new WeakMap();
      this.#matcher = undefined;
    }
    this.#settings = { root, kinds, editorial };
    this.#seen.clear();
  }

  file(file: ContentFile, compute: () => FileOutcome): FileOutcome {
    this.#seen.add(file.path);
    const kept = this.#files.get(file.path);
    const bodiesFit = (k: KeptFile) => k.saved!.entries.every((e) => e.bodyLength === undefined || e.bodyLength <= file.text.length);
    if (kept && (kept.text !== undefined ? kept.text === file.text : kept.digest === sha256(file.text) && bodiesFit(kept))) {
      if (kept.text === undefined) {
        kept.text = file.text;
        kept.recompute = compute;
        // A body is the end of its file's text: saved as its length only.
        kept.outcome.entries.forEach((entry, i) => {
          const length = kept.saved?.entries[i]?.bodyLength;
          if (entry.body && length !== undefined) entry.body.text = file.text.slice(file.text.length - length);
        });
      }
      return kept.outcome;
    }
    const outcome = compute();
    this.#files.set(file.path, { text: file.text, outcome });
    return outcome;
  }

  /** A body's facts: a function of the entry alone. */
  body(entry: Entry, compute: () => BodyFacts): BodyFacts {
    let facts = this.#bodies.get(entry);
    if (!facts) this.#bodies.set(entry, (facts = compute()));
    return facts;
  }

  /** What the names find in a body, under the glossary `matcher()` was last asked about. */
  matches(entry: Entry, compute: () => BodyMatches): BodyMatches {
    const terms = this.#matcher?.digest ?? '';
    const kept = this.#matches.get(entry);
    if (kept?.terms === terms) return kept.matches;
    const matches = compute();
    this.#matches.set(entry, { terms, matches });
    return matches;
  }

  /** The references in an entry's data: a function of the entry alone. */
  refs(entry: Entry, compute: () => Ref[]): Ref[] {
    let refs = this.#refs.get(entry);
    if (!refs) this.#refs.set(entry, (refs = compute()));
    return refs;
  }

  matcher(terms: string, compute: () => MatcherOutcome): MatcherOutcome {
    const digest = sha256(terms);
    if (this.#matcher?.digest !== digest) this.#matcher = { digest, outcome: compute() };
    // Loaded from disk: the saved verdict, and the matcher itself built only if a body is searched again.
    this.#matcher.outcome ??= this.#matcher.saved?.error ? { matcher: null, error: new AmbiguousAliasError(this.#matcher.saved.error.alias, this.#matcher.saved.error.claimants) } : { matcher: lazyMatcher(compute) };
    return this.#matcher.outcome;
  }

  /** Ends a check: files that were not in it are gone. */
  end(): void {
    for (const path of this.#files.keys()) if (!this.#seen.has(path)) this.#files.delete(path);
  }

  /**
   * The memo as text for `CheckMemo.load`, after a check. `key` names what the
   * outcomes were computed with besides the files (code, kinds, word lists).
   * A file whose outcome does not survive JSON exactly is left out (checked
   * again next time).
   */
  save(key: string): string {
    const files: SavedFile[] = [];
    const terms = this.#matcher?.digest;
    for (const [path, kept] of this.#files) {
      // Loaded and unchanged since, what the names find in its body included: as it was.
      const unchanged = (entry: Entry, i: number) => !entry.body || (this.#bodies.get(entry) === kept.saved!.entries[i]!.facts && this.#matches.get(entry)?.matches === kept.saved!.entries[i]!.matches);
      if (kept.saved && terms === this.#matcher?.saved?.digest && kept.outcome.entries.every(unchanged)) {
        files.push(kept.saved);
        continue;
      }
      if (kept.text === undefined) continue;
      const text = kept.text;
      const entries = kept.outcome.entries.map((entry): SavedEntry => {
        const at: SavedEntry['at'] = [];
        for (const p of crossCheckPaths(entry)) {
          const pos = entry.locate(p);
          at.push([JSON.stringify(p), pos.line, pos.column]);
        }
        const facts = this.#bodies.get(entry);
        const matches = this.#matches.get(entry);
        return {
          collection: entry.collection,
          id: entry.id,
          file: entry.file,
          data: entry.data,
          ...(entry.body && text.endsWith(entry.body.text) ? { bodyLength: entry.body.text.length, bodyLine: entry.body.line } : {}),
          at,
          ...(facts ? { facts } : {}),
          ...(facts && matches && matches.terms === terms ? { matches: matches.matches } : {}),
        };
      });
      const { problems, present, incomplete, unreadable } = kept.outcome;
      if (entries.some((e, i) => kept.outcome.entries[i]!.body && e.bodyLength === undefined)) continue;
      const saved: SavedFile = { path, digest: kept.digest ?? sha256(text), problems, present, incomplete, ...(unreadable ? { unreadable } : {}), entries };
      if (jsonExact(saved)) files.push(saved);
    }
    const matcher: SavedMatcher | undefined = this.#matcher && {
      digest: this.#matcher.digest,
      error: this.#matcher.outcome?.error ? { alias: this.#matcher.outcome.error.alias, claimants: this.#matcher.outcome.error.claimants.map((c) => ({ id: c.id, ...(c.file === undefined ? {} : { file: c.file }) })) } : (this.#matcher.saved?.error ?? null),
    };
    const payload = JSON.stringify({ format: MEMO_FORMAT, key, root: this.#settings?.root ?? null, ...(matcher && jsonExact(matcher) ? { matcher } : {}), files });
    // The digest first: a file cut short or changed on disk loads as nothing.
    return withChecksum(payload);
  }

  /**
   * A memo saved by `save(key)`, for a check of the folder `root` with these
   * kinds and word lists (which `key` must stand for); null when the text is
   * not one, or was saved under another key or folder.
   */
  static load(text: string, key: string, settings: { root: string; kinds: KindRegistry; editorial?: EditorialLists }): CheckMemo | null {
    try {
      const payload = checkedPayload(text);
      if (payload === undefined) return null;
      const saved = JSON.parse(payload) as unknown;
      if (!isRecord(saved) || saved.format !== MEMO_FORMAT || saved.key !== key || saved.root !== settings.root || !Array.isArray(saved.files)) return null;
      const memo = new CheckMemo();
      memo.#settings = { root: settings.root, kinds: settings.kinds, editorial: settings.editorial };
      if (saved.matcher !== undefined) {
        if (!isSavedMatcher(saved.matcher)) return null;
        memo.#matcher = { digest: saved.matcher.digest, saved: saved.matcher };
      }
      for (const file of saved.files as unknown[]) {
        if (!isSavedFile(file) || memo.#files.has(file.path)) return null;
        const kept: KeptFile = { digest: file.digest, saved: file, outcome: { problems: file.problems, present: file.present, entries: [], incomplete: file.incomplete, ...(file.unreadable ? { unreadable: file.unreadable } : {}) } };
        // A position the saved ones do not hold comes from the file's outcome computed again (once, and only then).
        const fresh = () => (kept.recomputed ??= kept.recompute!());
        kept.outcome.entries = file.entries.map((e, i) => {
          const at = new Map(e.at.map(([p, line, column]) => [p, { line, column }]));
          const entry: Entry = {
            collection: e.collection,
            id: e.id,
            file: e.file,
            data: e.data,
            locate: (path) => at.get(JSON.stringify(path)) ?? fresh().entries[i]!.locate(path),
            // The text is filled in when a check sees the file (see `file()`).
            ...(e.bodyLength !== undefined ? { body: { text: '', line: e.bodyLine! } } : {}),
          };
          if (e.facts) memo.#bodies.set(entry, e.facts);
          if (e.facts && e.matches && saved.matcher) {
            if (e.matches.found.length !== e.facts.steps.filter((step) => step.kind === 'text').length) throw new Error('the matches do not fit the text');
            memo.#matches.set(entry, { terms: (saved.matcher as SavedMatcher).digest, matches: e.matches });
          }
          return entry;
        });
        memo.#files.set(file.path, kept);
      }
      return memo;
    } catch {
      return null;
    }
  }
}

/** A matcher built on first use. */
function lazyMatcher(compute: () => MatcherOutcome): TermMatcher {
  let built: TermMatcher | undefined;
  const get = () => {
    if (built) return built;
    const outcome = compute();
    // The saved verdict said it builds; the same terms under the same code cannot say otherwise.
    if (!outcome.matcher) throw new Error('the glossary terms no longer build a matcher: the check memo is inconsistent');
    return (built = outcome.matcher);
  };
  return { find: (text) => get().find(text), get size() { return get().size; } };
}

/**
 * The positions the checks across files may ask of an entry (see the second
 * half of checkContent), saved with its outcome. Any other is computed again
 * from the file, so a check added there is right before it is fast.
 */
function crossCheckPaths(entry: Entry): Array<Array<string | number>> {
  const paths: Array<Array<string | number>> = [];
  for (const key of ['id', 'name', 'url', 'publisher', 'claimant', 'date', 'published', 'updated', 'asOf']) if (entry.data[key] !== undefined) paths.push([key]);
  const aliases = entry.data.aliases;
  if (Array.isArray(aliases)) aliases.forEach((_, i) => paths.push(['aliases', i]));
  const blocks = entry.data.blocks;
  if (blocks && typeof blocks === 'object') for (const block of Object.keys(blocks)) paths.push(['blocks', block]);
  walkRefs(entry.data, [], (_, path) => paths.push(path));
  return paths;
}

interface SavedEntry {
  collection: Collection;
  id: string;
  file: string;
  data: Record<string, unknown>;
  /** The Markdown body: the last `bodyLength` characters of the file, from line `bodyLine`. */
  bodyLength?: number;
  bodyLine?: number;
  /** Positions by JSON path. */
  at: Array<[string, number, number]>;
  facts?: BodyFacts;
  /** What the names find in the body, under the saved matcher's terms. */
  matches?: BodyMatches;
}

interface SavedFile {
  path: string;
  digest: string;
  problems: Problem[];
  present: Array<[Collection, string]>;
  incomplete: boolean;
  unreadable?: Collection;
  entries: SavedEntry[];
}

interface SavedMatcher {
  digest: string;
  error: { alias: string; claimants: Array<{ id: string; file?: string }> } | null;
}

// The shapes of a saved memo, checked on load (the digest catches damage; these catch a foreign file of the right form).
const COLLECTIONS = new Set<unknown>(['stories', 'sections', 'glossary', 'sources', 'events', 'claims']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isLine = (v: unknown): v is number => Number.isInteger(v);
const isPosition = (v: unknown): v is Position => isRecord(v) && isLine(v.line) && isLine(v.column);
const isProblem = (v: unknown): v is Problem =>
  isRecord(v) && isLine(v.line) && isLine(v.column) && isString(v.file) && isString(v.field) && isString(v.message) && isString(v.fix) && (v.severity === 'error' || v.severity === 'warning');
const isStep = (v: unknown): boolean =>
  isRecord(v) && ((v.kind === 'problem' && isProblem(v.problem)) || ((v.kind === 'cite' || v.kind === 'link') && isString(v.id) && isPosition(v.at)) || (v.kind === 'text' && isString(v.value)));
const isFacts = (v: unknown): v is BodyFacts => isRecord(v) && Array.isArray(v.steps) && v.steps.every(isStep) && Array.isArray(v.linkable) && v.linkable.every((i) => Number.isInteger(i) && i >= 0);
const isMatches = (v: unknown): v is BodyMatches => isRecord(v) && Array.isArray(v.found) && v.found.every((ids) => Array.isArray(ids) && ids.every(isString)) && Array.isArray(v.linkable) && v.linkable.every(isString);
const isSavedEntry = (v: unknown): v is SavedEntry =>
  isRecord(v) && COLLECTIONS.has(v.collection) && isString(v.id) && isString(v.file) && isRecord(v.data) &&
  (v.bodyLength === undefined ? v.bodyLine === undefined : isLine(v.bodyLength) && (v.bodyLength as number) >= 0 && isLine(v.bodyLine)) &&
  Array.isArray(v.at) && v.at.every((a) => Array.isArray(a) && a.length === 3 && isString(a[0]) && isLine(a[1]) && isLine(a[2])) &&
  (v.facts === undefined || isFacts(v.facts)) && (v.matches === undefined || isMatches(v.matches));
const isSavedFile = (v: unknown): v is SavedFile =>
  isRecord(v) && isString(v.path) && isString(v.digest) && /^[0-9a-f]{64}$/.test(v.digest) && Array.isArray(v.problems) && v.problems.every(isProblem) &&
  Array.isArray(v.present) && v.present.every((p) => Array.isArray(p) && p.length === 2 && COLLECTIONS.has(p[0]) && isString(p[1])) &&
  typeof v.incomplete === 'boolean' && (v.unreadable === undefined || COLLECTIONS.has(v.unreadable)) && Array.isArray(v.entries) && v.entries.every(isSavedEntry);
const isSavedMatcher = (v: unknown): v is SavedMatcher =>
  isRecord(v) && isString(v.digest) && (v.error === null || (isRecord(v.error) && isString(v.error.alias) && Array.isArray(v.error.claimants) && v.error.claimants.every((c) => isRecord(c) && isString(c.id) && (c.file === undefined || isString(c.file)))));


const problemAt = (file: string, pos: Position, field: string, message: string, fix: string, severity: Problem['severity'] = 'error'): Problem => ({ file, line: pos.line, column: pos.column, field, message, fix, severity });

/** A top folder named like a language code (`uk`, `pt-br`) holds translations; the collections' own folders never do. */
const LANGUAGE_FOLDER = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i;
const NOT_LANGUAGE_FOLDERS = new Set(['stories', 'sections', 'glossary', 'i18n']);

export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): Problem[] {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const root = (options.contentDir ?? 'content').replace(/\/$/, '');
  const registry = options.kinds ?? siteKinds;
  const glossaryEntrySchema = glossarySchema(plainRef, registry);
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  // Ids that exist even when their entry failed validation, so one broken
  // entry is reported once, not again at every reference to it.
  const present: Record<Collection, Set<string>> = { stories: new Set(), sections: new Set(), glossary: new Set(), sources: new Set(), events: new Set(), claims: new Set() };
  // List files that do not parse: their ids are unknown, so references into them are not checked.
  const unreadable = new Set<Collection>();
  // Some entry failed validation: the whole-content warnings (unused, unmentioned) would be guesses.
  let incomplete = false;
  const report = (file: string, pos: Position, field: string, message: string, fix: string, severity: Problem['severity'] = 'error') =>
    problems.push(problemAt(file, pos, field, message, fix, severity));
  const memo = options.memo;
  memo?.begin(root, registry, options.editorial);
  /** A file's own outcome, from the memo when its text is unchanged; then added to the whole check's. */
  const checkAlone = (file: ContentFile, check: (out: FileOutcome) => void) => {
    const compute = () => {
      const out: FileOutcome = { problems: [], present: [], entries: [], incomplete: false };
      check(out);
      return out;
    };
    const out = memo ? memo.file(file, compute) : compute();
    problems.push(...out.problems);
    for (const [collection, id] of out.present) present[collection].add(id);
    entries.push(...out.entries);
    if (out.incomplete) incomplete = true;
    if (out.unreadable) unreadable.add(out.unreadable);
  };

  // Built once per check: constructing a zod schema costs more than validating with it,
  // and a newsroom glossary has thousands of files.
  const schemas = {
    sources: sourceSchema,
    events: eventSchema(plainRef),
    claims: claimSchema(plainRef),
    stories: storySchema,
    glossary: glossaryEntrySchema,
    sections: sectionSchema(plainRef),
  };
  // The site's configuration (site.yaml) and the dictionary overrides (i18n/<language>.yaml).
  let siteCheck: SiteCheck | null = null;
  let siteFile = '';

  // Translations (`<lang>/…`, a language code as the top folder), checked against the originals once all are read.
  const translationFiles: TranslationFile[] = [];
  const originalFiles = new Map<string, ContentFile>();

  // 1. Parse and validate every file on its own.
  for (const file of files) {
    const rel = file.path.startsWith(`${root}/`) ? file.path.slice(root.length + 1) : file.path;
    const parts = rel.split('/');
    if (parts.length > 1 && LANGUAGE_FOLDER.test(parts[0]!) && !NOT_LANGUAGE_FOLDERS.has(parts[0]!)) {
      translationFiles.push({ path: file.path, text: file.text, lang: parts[0]!, rel: parts.slice(1).join('/') });
      continue;
    }
    originalFiles.set(rel, file);
    if (rel === 'site.yaml') {
      siteCheck = checkSiteFile(file);
      siteFile = file.path;
      problems.push(...siteCheck.problems);
    } else if (/^i18n\/[^/]+\.ya?ml$/.test(rel)) {
      problems.push(...checkMessagesFile(file).problems);
    } else if (/^(sources|events|claims)\.ya?ml$/.test(rel)) {
      const collection = rel.replace(/\.ya?ml$/, '') as 'sources' | 'events' | 'claims';
      checkAlone(file, (out) => validateList(out, file, collection, schemas[collection]));
    } else if (/\.mdx?$/.test(rel) && (parts[0] === 'stories' || parts[0] === 'glossary') && parts.length === 2) {
      const stem = parts[1]!.replace(/\.mdx?$/, '');
      checkAlone(file, (out) => validateMarkdown(out, file, parts[0] as 'stories' | 'glossary', stem, schemas[parts[0] as 'stories' | 'glossary']));
    } else if (/\.mdx?$/.test(rel) && parts[0] === 'sections' && parts.length === 3) {
      const id = `${parts[1]}/${parts[2]!.replace(/\.mdx?$/, '')}`;
      checkAlone(file, (out) => validateMarkdown(out, file, 'sections', id, schemas.sections));
    } else if (rel === 'site.yaml' || /^i18n\/[^/]+\.ya?ml$/.test(rel)) {
      // The site configuration and dictionary overrides: checked by their own rules (src/config/).
    } else if (!rel.split('/').some((p) => p.startsWith('.')) && !/(^|\/)README\.md$/i.test(rel)) {
      report(file.path, { line: 1, column: 1 }, 'file', 'this file is not part of any collection and will not be published', 'move it to stories/, sections/<story>/ or glossary/, or delete it', 'warning');
    }
  }

  // A list file that is gone must not leave the last build's items published: say so instead.
  for (const list of options.wholeTree ? (['sources', 'events', 'claims'] as const) : []) {
    if (!files.some((f) => f.path === `${root}/${list}.yaml` || f.path === `${root}/${list}.yml`)) {
      unreadable.add(list);
      incomplete = true;
      report(`${root}/${list}.yaml`, { line: 1, column: 1 }, 'file', `the list file ${root}/${list}.yaml is missing`, `create it; write [] in it if there are no ${list}`);
    }
  }

  function validateMarkdown(out: FileOutcome, file: ContentFile, collection: 'stories' | 'glossary' | 'sections', id: string, schema: z.ZodType) {
    out.present.push([collection, id]);
    // MDX runs code at build time (import, export, {expressions}): content is Markdown only. See EDITING.md.
    if (file.path.endsWith('.mdx')) {
      out.problems.push(problemAt(file.path, { line: 1, column: 1 }, 'file name', 'MDX files are not accepted: MDX can run code when the site is built', `rename it to ${file.path.split('/').at(-1)!.replace(/\.mdx$/, '.md')} and write plain Markdown (no import, export, {…} or components)`));
    }
    const split = splitFrontmatter(file.text);
    if (!split) {
      out.incomplete = true;
      out.problems.push(problemAt(file.path, { line: 1, column: 1 }, 'front matter', 'the file does not start with front matter', 'begin the file with a line "---", the fields, and another "---"'));
      return;
    }
    const yaml = parseYaml(split.yaml, split.yamlLine - 1);
    const stem = id.split('/').at(-1)!;
    if (collection !== 'sections' && !idSchema.safeParse(stem).success) {
      out.problems.push(problemAt(file.path, { line: 1, column: 1 }, 'file name', `"${stem}" is not a valid id`, 'rename the file in lower-case letters, digits and hyphens, e.g. "kn-23.md"'));
    }
    const data = validateData(out, file, yaml, schema, collection);
    if (!data) {
      out.incomplete = true;
      return;
    }
    reportPlaceholders(out, file.path, yaml.data, [], yaml.locate, (p) => p.join('.'));
    const todo = /\bTODO\b/.exec(split.body);
    if (todo) {
      const line = split.bodyLine + split.body.slice(0, todo.index).split('\n').length - 1;
      out.problems.push(problemAt(file.path, { line, column: 1 }, 'body', 'the text still contains a TODO placeholder', 'replace it with the finished text before publishing'));
    }
    out.entries.push({ collection, id, file: file.path, data, locate: yaml.locate, body: { text: split.body, line: split.bodyLine } });
  }

  function validateList(out: FileOutcome, file: ContentFile, collection: 'sources' | 'events' | 'claims', schema: z.ZodType) {
    const yaml = parseYaml(file.text);
    const parsed = reportYamlErrors(out, file, yaml);
    // An empty file, or one with only comments, is an empty list.
    const items = parsed ? listItems(yaml.data) : null;
    if (items === null) {
      out.unreadable = collection;
      out.incomplete = true;
      if (parsed) out.problems.push(problemAt(file.path, { line: 1, column: 1 }, collection, `expected a list of items, found ${describeNotAList(yaml.data)}`, notAListFix(collection)));
      return;
    }
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const locate = (path: ReadonlyArray<string | number>) => yaml.locate([i, ...path]);
      const rawId = (item as { id?: unknown } | null)?.id;
      if (typeof rawId === 'string') out.present.push([collection, rawId]);
      const result = schema.safeParse(item);
      if (!result.success) {
        out.incomplete = true;
        for (const issue of result.error.issues) {
          for (const f of friendlyIssue(issue, item, (p) => allowedKeys(schema, item, p))) {
            const pos = f.atKey ? yaml.locateKey([i, ...f.path.slice(0, -1)], String(f.path.at(-1))) : locate(f.path);
            out.problems.push(problemAt(file.path, pos, `${itemLabel(item, i)}.${f.path.join('.') || 'item'}`, f.message, f.fix));
          }
        }
        return;
      }
      const data = result.data as Record<string, unknown>;
      const id = String(data.id);
      reportPlaceholders(out, file.path, item, [], locate, (p) => `${id}.${p.join('.')}`);
      if (seen.has(id)) {
        out.problems.push(problemAt(file.path, locate(['id']), `${id}.id`, `the id "${id}" is used twice in this file (first at item ${seen.get(id)! + 1})`, 'give each item its own id'));
        return;
      }
      seen.set(id, i);
      out.entries.push({ collection, id, file: file.path, data, locate });
    });
  }

  /** Scaffolds and drafts mark unfinished text with TODO; it must never be published. */
  function reportPlaceholders(out: FileOutcome, file: string, value: unknown, path: Array<string | number>, locate: (path: ReadonlyArray<string | number>) => Position, label: (path: Array<string | number>) => string) {
    if (typeof value === 'string') {
      if (/\bTODO\b/.test(value)) out.problems.push(problemAt(file, locate(path), label(path), `"${path.join('.')}" still contains a TODO placeholder`, 'replace it with the finished text before publishing'));
    } else if (Array.isArray(value)) value.forEach((v, i) => reportPlaceholders(out, file, v, [...path, i], locate, label));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) reportPlaceholders(out, file, v, [...path, k], locate, label);
  }

  function reportYamlErrors(out: FileOutcome, file: ContentFile, yaml: ParsedYaml): boolean {
    for (const e of yaml.errors) {
      out.problems.push(problemAt(file.path, e, 'YAML', `the YAML does not parse: ${e.message}`, e.fix ?? 'check indentation, colons and quotes on this line; quote text that contains ": " or starts with a special character'));
    }
    return yaml.errors.length === 0;
  }

  function validateData(out: FileOutcome, file: ContentFile, yaml: ParsedYaml, schema: z.ZodType, label: string): Record<string, unknown> | null {
    if (!reportYamlErrors(out, file, yaml)) return null;
    const input = yaml.data ?? {};
    const result = schema.safeParse(input);
    if (result.success) return result.data as Record<string, unknown>;
    for (const issue of result.error.issues) {
      for (const f of friendlyIssue(issue, input, (p) => allowedKeys(schema, input, p))) {
        const pos = f.atKey ? yaml.locateKey(f.path.slice(0, -1), String(f.path.at(-1))) : yaml.locate(f.path);
        out.problems.push(problemAt(file.path, pos, f.path.join('.') || label, f.message, f.fix));
      }
    }
    return null;
  }

  problems.push(...checkTranslations({ translations: translationFiles, originals: originalFiles, languages: siteCheck?.data ? (siteCheck.data.languages?.map((l) => l.code) ?? [siteCheck.data.language]) : undefined, root, kinds: registry }));

  // 2. Checks across entries.
  // Once per collection: the entries are all known by now, and the checks below ask often.
  const collected = new Map<Collection, Entry[]>();
  const byCollection = (c: Collection) => {
    let list = collected.get(c);
    if (!list) collected.set(c, (list = entries.filter((e) => e.collection === c)));
    return list;
  };

  if (!siteCheck) {
    report(`${root}/site.yaml`, { line: 1, column: 1 }, 'file', 'there is no site.yaml: the site is built with the default name and colours', `create ${root}/site.yaml with at least "name:" and "url:" (see "Make it your own site" in EDITING.md)`, 'warning');
  } else if (siteCheck.data?.leadStory && !present.stories.has(siteCheck.data.leadStory)) {
    const lead = siteCheck.data.leadStory;
    const hint = closestId(lead, present.stories);
    report(siteFile, siteCheck.locate(['leadStory']), 'leadStory', `"${lead}" names no story in ${root}/stories/`, hint ? `did you mean "${hint}"?` : 'write the file name of a story without ".md", or remove the line to lead with the most recently updated story');
  }

  // Glossary ids come from file names; `kn-23.md` beside `kn-23.mdx` would be one id twice.
  const glossaryFiles = new Map<string, string>();
  for (const e of byCollection('glossary')) {
    const other = glossaryFiles.get(e.id);
    if (other) report(e.file, { line: 1, column: 1 }, 'file name', `the glossary id "${e.id}" is already used by ${other}`, 'rename one of the two files; ids must be unique');
    else glossaryFiles.set(e.id, e.file);
  }

  // References: every { id, collection } the schemas produced must name an existing entry.
  const citedSources = new Set<string>();
  const refsOf = (entry: Entry): Ref[] => {
    const compute = () => {
      const refs: Ref[] = [];
      walkRefs(entry.data, [], (ref, path) => refs.push({ ref, path }));
      return refs;
    };
    return memo ? memo.refs(entry, compute) : compute();
  };
  for (const entry of entries) {
    for (const { ref, path } of refsOf(entry)) {
      if (ref.collection === 'sources') citedSources.add(ref.id);
      const collection = ref.collection as Collection;
      if (present[collection]?.has(ref.id) || unreadable.has(collection)) continue;
      const hint = closestId(ref.id, present[collection] ?? []);
      const where = ref.collection === 'glossary' || ref.collection === 'stories' ? `${root}/${ref.collection}/` : `${root}/${ref.collection}.yaml`;
      const create = ref.collection === 'glossary' ? `create ${root}/glossary/${ref.id}.md (npm run new -- <kind> "<Name>" --id ${ref.id})` : ref.collection === 'stories' ? `create ${root}/stories/${ref.id}.md (npm run new -- story "<Title>" --id ${ref.id})` : `add it to ${where}`;
      report(entry.file, entry.locate(path), fieldName(entry, path), `"${ref.id}" names no entry in ${where}`, hint ? `did you mean "${hint}"?` : `${create}, or remove or correct the id here`);
    }
  }

  // Claimants: only kinds whose module sets `canClaim` (people, organisations) can make a claim.
  const glossaryKindOf = new Map(byCollection('glossary').map((g) => [g.id, String(g.data.kind)]));
  for (const claim of byCollection('claims')) {
    const id = (claim.data.claimant as { id?: string } | undefined)?.id;
    const kind = id === undefined ? undefined : glossaryKindOf.get(id);
    if (kind === undefined || registry.get(kind)?.canClaim) continue;
    const can = registry.claimantIds.join(', ') || 'none';
    report(claim.file, claim.locate(['claimant']), `${claim.id}.claimant`, `"${id}" is a ${kind} entry, and a ${kind} cannot make a claim`, `name the glossary entry of whoever made the claim; kinds that can: ${can} (a kind's module in src/kinds/ says so with canClaim)`);
  }

  // Sections: their folder must name a story; positions come from the file-name prefix and must be unique.
  const positions = new Map<string, Entry>();
  for (const section of byCollection('sections')) {
    const [story, stem] = section.id.split('/') as [string, string];
    const pos = /^(\d+)-[a-z0-9]/.exec(stem);
    if (!present.stories.has(story)) {
      const hint = closestId(story, present.stories);
      report(section.file, { line: 1, column: 1 }, 'folder', `the folder "sections/${story}/" names no story in ${root}/stories/`, hint ? `did you mean "${hint}"? Rename the folder to match ${root}/stories/${hint}.md` : `create ${root}/stories/${story}.md (npm run new -- story "<Title>" --id ${story}), move the section into an existing story's folder, or delete the folder`);
    }
    if (!pos) {
      report(section.file, { line: 1, column: 1 }, 'file name', `"${stem}" does not start with its position in the story`, 'rename it "NN-slug.md", e.g. "07-what-happens-next.md"');
      continue;
    }
    const key = `${story}/${Number(pos[1])}`;
    const first = positions.get(key);
    if (first) report(section.file, { line: 1, column: 1 }, 'file name', `position ${Number(pos[1])} is already taken by ${first.file}`, 'renumber the file so each section has its own position');
    else positions.set(key, section);
  }
  const storiesWithPresentSections = new Set([...present.sections].map((id) => id.split('/')[0]));
  for (const story of byCollection('stories')) {
    // `present`, not the validated entries: a section with errors is reported on its own, not as missing.
    if (!storiesWithPresentSections.has(story.id)) {
      report(story.file, { line: 1, column: 1 }, 'sections', `the story has no sections in ${root}/sections/${story.id}/`, `add one with npm run new -- section "<Heading>" --story ${story.id}`, 'warning');
    }
  }

  // Events are records of what happened: a date after today is a typo.
  for (const event of byCollection('events')) {
    const date = String(event.data.date);
    if (date.slice(0, today.length) > today) report(event.file, event.locate(['date']), `${event.id}.date`, `${date} is in the future`, 'check the year and month; events record what has happened');
  }
  for (const entry of entries) {
    for (const field of ['date', 'published', 'updated', 'asOf'] as const) {
      const value = entry.data[field];
      if (entry.collection !== 'events' && typeof value === 'string' && value > today) {
        report(entry.file, entry.locate([field]), fieldName(entry, [field]), `${value} is in the future`, 'check the year and month', 'error');
      }
    }
  }



  // Aliases: one alias, one entry.
  const glossary = byCollection('glossary');
  const sources: TermSource[] = glossary.map((g) => ({ id: g.id, name: String(g.data.name), aliases: (g.data.aliases as string[]) ?? [], file: g.file }));
  // What the linker's matches depend on; with a memo, bodies are searched again only when it changes.
  const terms = memo ? JSON.stringify(sources) : '';
  const buildMatcher = (): MatcherOutcome => {
    try {
      return { matcher: buildTermMatcher(sources) };
    } catch (error) {
      if (!(error instanceof AmbiguousAliasError)) throw error;
      return { matcher: null, error };
    }
  };
  const { matcher, error } = memo ? memo.matcher(terms, buildMatcher) : buildMatcher();
  if (error) {
    for (const claimant of error.claimants) {
      const entry = glossary.find((g) => g.file === claimant.file) ?? glossary.find((g) => g.id === claimant.id);
      if (!entry) continue;
      const aliases = (entry.data.aliases as string[]) ?? [];
      const index = aliases.findIndex((a) => a.toLowerCase() === error.alias.toLowerCase());
      const other = error.claimants.find((c) => c.id !== claimant.id);
      report(entry.file, entry.locate(index >= 0 ? ['aliases', index] : ['name']), index >= 0 ? `aliases.${index}` : 'name', `the alias "${error.alias}" is also claimed by ${other?.file ?? other?.id}`, 'keep it in one entry only, or make both more specific');
    }
  }

  // Markdown bodies: structure, safety, forced links, and which entries are mentioned.
  // Per page: the entries its text mentions (for "is it reached from a story?"), the entries it
  // links and the sources it cites inline (story scoping reads them).
  const mentionsOf = new Map<Entry, Set<string>>();
  const linkedIn = new Map<Entry, Set<string>>();
  const autolinked = new Set(glossary.filter((g) => g.data.autolink !== false).map((g) => g.id));
  const citedIn = new Map<Entry, Set<string>>();
  const processor = remark();
  /** What one body says on its own (see BodyFacts): its text and the entry's place are all it reads. */
  const bodyFacts = (entry: Entry & { body: NonNullable<Entry['body']> }): BodyFacts => {
    const steps: BodyFacts['steps'] = [];
    const linkable: number[] = [];
    /** Each text node's number among the text steps. */
    const textIndex = new Map<Node, number>();
    const say = (pos: Position, message: string, fix: string, severity: Problem['severity'] = 'error') => steps.push({ kind: 'problem', problem: problemAt(entry.file, pos, 'body', message, fix, severity) });
    const { text, line } = entry.body;
    const at = (node: Node): Position => ({ line: (node.position?.start.line ?? 1) + line - 1, column: node.position?.start.column ?? 1 });
    if (text.trim() === '') {
      const fix = entry.collection === 'glossary' ? 'write the background text below the front matter' : 'write the text below the front matter';
      say({ line, column: 1 }, 'the body is empty', fix, entry.collection === 'stories' ? 'warning' : 'error');
      return { steps, linkable };
    }
    const limit = markdownLimitProblem(text);
    if (limit) {
      say({ line: line + limit.line - 1, column: 1 }, limit.message, limit.fix);
      return { steps, linkable };
    }
    const tree = processor.parse(text) as Root;
    if (entry.collection === 'sections') {
      for (const f of uncitedFigures(tree, options.editorial)) {
        say({ line: f.line + line - 1, column: f.column }, `"${f.figure}" states a figure or date, but its paragraph cites no source`, 'add [source](source:<id>) to the paragraph for the source the figure comes from', 'warning');
      }
    }
    // The page already provides the h1 (and, for a section, its h2 title).
    let previous = entry.collection === 'sections' ? 2 : 1;
    let deep = false;
    visitAll(tree, (node) => {
      if (node.type === 'heading') {
        const depth = (node as Heading).depth;
        const top = entry.collection === 'sections' ? 2 : 1;
        if (depth <= top) {
          const owner = entry.collection === 'sections' ? 'the section title is the level-2 heading' : 'the page title is the level-1 heading';
          say(at(node), `a level-${depth} heading (${'#'.repeat(depth)}) in the text: ${owner}`, `start headings in the text at ${'#'.repeat(top + 1)}`);
        } else if (depth > previous + 1) {
          say(at(node), `a level-${depth} heading (${'#'.repeat(depth)}) follows level ${previous}`, `use ${'#'.repeat(previous + 1)} so heading levels do not skip`);
        }
        previous = depth;
      } else if (node.type === 'html') {
        const html = node as Html;
        const start = html.position?.start ?? { line: 1, column: 1 };
        for (const v of rawHtmlViolations(html.value)) {
          // Positions inside the fragment, moved to the file: the first line starts at the node's column.
          const pos = { line: start.line + v.line - 1 + line - 1, column: v.line === 1 ? start.column + v.column - 1 : v.column };
          const [message, fix] = htmlViolationText(v);
          say(pos, message, fix);
        }
      } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        const url = (node as Link | Image | Definition).url;
        const verdict = urlVerdict(url, node.type === 'image' ? 'image' : 'markdown-link');
        if (!verdict.ok) {
          const shown = JSON.stringify(clip(normalizeUrl(url))).slice(1, -1);
          if (verdict.runsCode) say(at(node), `the address "${shown}" can run code`, node.type === 'image' ? 'use an https:// image address' : 'link to an https:// page instead');
          else say(at(node), `the address "${shown}" uses the scheme "${verdict.scheme}:", which is not allowed`, `use an address starting with ${(node.type === 'image' ? IMAGE_SCHEMES : LINK_SCHEMES).map((s) => `${s}:`).join(', ')} or a path on this site`);
        }
        const cited = citedSourceId(url);
        if (cited !== null) steps.push({ kind: 'cite', id: cited, at: at(node) });
        const id = forcedLinkId(url);
        if (id !== null && id !== NO_LINK_ID) steps.push({ kind: 'link', id, at: at(node) });
      } else if (node.type === 'text') {
        textIndex.set(node, textIndex.size);
        steps.push({ kind: 'text', value: (node as Text).value });
      }
    }, (node) => {
      if (deep) return;
      deep = true;
      say(at(node), `the text nests more than ${MAX_MARKDOWN_DEPTH} levels deep (quotes, lists or emphasis inside each other)`, 'flatten it: no page needs that much nesting');
    });
    // What the linker will link here, as the pages record it: not in headings, code or links.
    if (!deep) for (const node of linkableTextNodes(tree)) linkable.push(textIndex.get(node as Node)!);
    return { steps, linkable };
  };
  /** The other entries the glossary's names find in a body's text (none when the names clash). */
  const bodyMatches = (entry: Entry, facts: BodyFacts): BodyMatches => {
    const found: string[][] = [];
    for (const step of facts.steps) if (step.kind === 'text') found.push(matcher ? matcher.find(step.value).flatMap((m) => (m.id === entry.id ? [] : [m.id])) : []);
    return { found, linkable: facts.linkable.flatMap((i) => found[i]!) };
  };
  for (const entry of entries) {
    if (!entry.body) continue;
    const mentioned = new Set<string>();
    const linked = new Set<string>();
    const citedHere = new Set<string>();
    mentionsOf.set(entry, mentioned);
    linkedIn.set(entry, linked);
    citedIn.set(entry, citedHere);
    const withBody = entry as Entry & { body: NonNullable<Entry['body']> };
    const facts = memo ? memo.body(entry, () => bodyFacts(withBody)) : bodyFacts(withBody);
    const matches = memo ? memo.matches(entry, () => bodyMatches(entry, facts)) : bodyMatches(entry, facts);
    // Settled against the whole folder, in the body's order.
    let text = 0;
    for (const step of facts.steps) {
      if (step.kind === 'problem') problems.push(step.problem);
      else if (step.kind === 'text') for (const id of matches.found[text++]!) mentioned.add(id);
      else if (step.kind === 'cite') {
        if (!present.sources.has(step.id)) {
          const hint = closestId(step.id, present.sources);
          report(entry.file, step.at, 'body', `the citation "source:${step.id}" names no source in ${root}/sources.yaml`, hint ? `did you mean "source:${hint}"?` : `use the id of a source in ${root}/sources.yaml, or add it there (npm run new -- source "<Headline>")`);
        } else {
          citedSources.add(step.id);
          citedHere.add(step.id);
        }
      } else if (!present.glossary.has(step.id)) {
        const hint = closestId(step.id, present.glossary);
        report(entry.file, step.at, 'body', `the link "glossary:${step.id}" names no glossary entry`, hint ? `did you mean "glossary:${hint}"?` : `use the file name of an entry in ${root}/glossary/ without ".md", or create it (npm run new -- <kind> "<Name>")`);
      } else {
        mentioned.add(step.id);
        linked.add(step.id);
      }
    }
    // Entries with autolink off are never linked by name.
    for (const id of matches.linkable) if (autolinked.has(id)) linked.add(id);
  }
  // Sources: addresses that look cut short, and publishers that are encyclopedias or aggregators.
  for (const source of byCollection('sources')) {
    const reason = weakUrlReason(String(source.data.url), String(source.data.kind));
    if (reason) report(source.file, source.locate(['url']), `${source.id}.url`, `the address ${reason}`, 'copy the full address of the page you read, or cite the article itself', 'warning');
    const secondary = secondaryPublisher(String(source.data.publisher), options.editorial);
    if (secondary) report(source.file, source.locate(['publisher']), `${source.id}.publisher`, `"${secondary}" is an encyclopedia or aggregator, not where the fact was first published`, 'cite the primary source (the official record, the original report, or the wire story under its own name)', 'warning');
  }

  // Entries nobody mentions. Only when every entry validated and the linker could be built:
  // otherwise the mentions in invalid files, or by alias, are unknown.
  // Sources nobody cites. Only when every entry validated: an invalid entry's citations are unknown.
  for (const source of incomplete ? [] : byCollection('sources')) {
    if (!citedSources.has(source.id)) report(source.file, source.locate(['id']), `${source.id}.id`, `the source "${source.id}" is not cited anywhere`, 'cite it from the content that relies on it, or remove it', 'warning');
  }
  const unreachedEntries = incomplete || !matcher ? [] : unreached(glossary);
  // Which entries mention each id, looked up once rather than scanning the glossary for each unreached entry.
  const mentionedBy = new Map<string, Entry[]>();
  if (unreachedEntries.length > 0) {
    for (const other of glossary) {
      for (const id of mentionsOf.get(other) ?? []) {
        const list = mentionedBy.get(id);
        if (list) list.push(other);
        else mentionedBy.set(id, [other]);
      }
    }
  }
  const storyCount = byCollection('stories').length;
  for (const g of unreachedEntries) {
    const mentionedElsewhere = (mentionedBy.get(g.id) ?? []).some((other) => other !== g);
    const message =
      storyCount === 0 ? `"${g.data.name}" is not mentioned in any story: there are no stories yet`
      : mentionedElsewhere ? `"${g.data.name}" is not reached from any story: only entries that no story leads to mention it`
      : `"${g.data.name}" is not mentioned in any story, section or other entry`;
    const fix = storyCount === 0
      ? `keep it for a story you are writing (npm run new -- story "<Title>"), or delete ${g.file}`
      : 'mention it in the text of a story, a section or an entry they mention, or remove the entry if it is not needed';
    report(g.file, g.locate(['name']), 'name', message, fix, 'warning');
  }

  /**
   * Entries a reader cannot get to from any story: not mentioned in a story or
   * section, nor in (or listed as related by, or referred to in the facts of)
   * an entry that is. Without this, entries left over after their story was
   * deleted would keep each other "mentioned".
   */
  function unreached(all: readonly Entry[]): Entry[] {
    const byId = new Map(all.map((g) => [g.id, g]));
    const reached = new Set<string>();
    const queue: string[] = [];
    const visit = (id: string) => {
      if (!reached.has(id) && byId.has(id)) {
        reached.add(id);
        queue.push(id);
      }
    };
    for (const e of entries) if (e.collection === 'stories' || e.collection === 'sections') for (const id of mentionsOf.get(e) ?? []) visit(id);
    while (queue.length) {
      const g = byId.get(queue.shift()!)!;
      for (const id of mentionsOf.get(g) ?? []) visit(id);
      for (const { ref } of refsOf(g)) if (ref.collection === 'glossary') visit(ref.id);
    }
    return all.filter((g) => !reached.has(g.id));
  }

  // Story scoping (src/lib/story/scope.ts), only when everything validated: the evidence is otherwise unknown.
  if (!incomplete && matcher) checkScoping();

  memo?.end();
  return problems;

  function checkScoping() {
    const stories = byCollection('stories');
    if (stories.length === 0) return;
    const ids = (value: unknown) => (Array.isArray(value) ? value : []).map((r) => (r as { id: string }).id);
    const scopes = new Map<string, StoryScope>();
    // A section's id is `<story>/<file stem>`.
    const sectionsOf = new Map<string, Entry[]>();
    for (const section of byCollection('sections')) {
      const story = section.id.slice(0, section.id.indexOf('/'));
      const list = sectionsOf.get(story);
      if (list) list.push(section);
      else sectionsOf.set(story, [section]);
    }
    for (const story of stories) {
      const sections = sectionsOf.get(story.id) ?? [];
      const pages = [story, ...sections];
      scopes.set(story.id, {
        linked: new Set(pages.flatMap((p) => [...(linkedIn.get(p) ?? [])])),
        cited: new Set([...pages.flatMap((p) => [...(citedIn.get(p) ?? [])]), ...sections.flatMap((s) => ids(s.data.sources))]),
      });
    }
    const listed = (collection: 'events' | 'claims') =>
      byCollection(collection).map((entry) => ({
        entry,
        item: {
          id: entry.id,
          stories: entry.data.stories === undefined ? undefined : ids(entry.data.stories),
          sources: ids(entry.data.sources),
          entries: collection === 'events' ? ids(entry.data.entries) : ids([entry.data.claimant]),
        } satisfies Scopable,
      }));
    const events = listed('events');
    const claims = listed('claims');
    // Separately: an event and a claim may share an id.
    const membership = { events: membershipOfAll(events.map((x) => x.item), scopes), claims: membershipOfAll(claims.map((x) => x.item), scopes) };
    const storiesOf = (list: 'events' | 'claims', id: string) => membership[list].get(id)!.stories;
    for (const [list, items] of [['events', events], ['claims', claims]] as const) {
      for (const { entry, item } of items) {
        if (item.stories !== undefined || storiesOf(list, item.id).length > 0) continue;
        report(
          entry.file,
          entry.locate(['id']),
          `${entry.id}.stories`,
          `"${entry.id}" appears in no story: no story cites one of its sources or links an entry of its own (an entry several stories link is not enough)`,
          'add "stories: [<story id>]", cite one of its sources in the story, or write "stories: []" to keep it out of every story on purpose',
          'warning',
        );
      }
    }
    const glossaryById = new Map(glossary.map((g) => [g.id, g]));
    const inStory = (list: 'events' | 'claims', story: string) => (list === 'events' ? events : claims).filter(({ item }) => storiesOf(list, item.id).includes(story)).length;
    for (const story of stories) {
      const linked = [...scopes.get(story.id)!.linked].flatMap((id) => {
        const g = glossaryById.get(id);
        return g ? [{ kind: String(g.data.kind), facts: (g.data.facts ?? {}) as Record<string, unknown> }] : [];
      });
      const counts = blockCounts({ claims: inStory('claims', story.id), events: inStory('events', story.id) }, linked, registry);
      for (const block of emptyForcedBlocks(story.data.blocks as BlockSettings, counts)) {
        const drawn = blockKinds(block, registry);
        const fix = drawn.length
          ? `link ${drawn.map((k) => `a ${k}`).join(' or ')} entry${block === 'rangeChart' ? ' with range figures' : ''} in the story's text, or set it to auto (shown only when there is something) or false`
          : `attach ${block === 'claims' ? 'claims' : 'events'} to the story with "stories: [${story.id}]" in ${root}/${block === 'claims' ? 'claims' : 'events'}.yaml, or set it to auto or false`;
        report(story.file, story.locate(['blocks', block]), `blocks.${block}`, `the ${block} block is switched on, but nothing in this story belongs in it, so the page leaves it out`, fix, 'warning');
      }
    }
  }
}

/** A tag short enough to quote in a message. */
function clip(tag: string): string {
  return tag.length > 40 ? `${tag.slice(0, 39)}…` : tag;
}

function itemLabel(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `item ${index + 1}`;
}

function fieldName(entry: Entry, path: ReadonlyArray<string | number>): string {
  const inner = path.join('.');
  return entry.collection === 'sources' || entry.collection === 'events' || entry.collection === 'claims' ? `${entry.id}.${inner}` : inner;
}

/** Calls `visit` for every `{ id, collection }` value the schemas produced, with its path. */
function walkRefs(value: unknown, path: Array<string | number>, visit: (ref: { id: string; collection: string }, path: Array<string | number>) => void) {
  if (Array.isArray(value)) value.forEach((v, i) => walkRefs(v, [...path, i], visit));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && typeof record.collection === 'string' && Object.keys(record).length === 2) {
      visit(record as { id: string; collection: string }, path);
      return;
    }
    for (const [key, v] of Object.entries(record)) walkRefs(v, [...path, key], visit);
  }
}

/** Deeper Markdown than this is refused: the renderer recurses per level and would overflow its stack. */
export const MAX_MARKDOWN_DEPTH = 64;

/** Calls `visit` in document order without recursion; nodes below `MAX_MARKDOWN_DEPTH` go to `tooDeep` instead (once per subtree). */
function visitAll(root: Node, visit: (node: Node) => void, tooDeep: (node: Node) => void = () => {}) {
  const stack: Array<[Node, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_MARKDOWN_DEPTH) {
      tooDeep(node);
      continue;
    }
    visit(node);
    const children = (node as Parent).children;
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
}
