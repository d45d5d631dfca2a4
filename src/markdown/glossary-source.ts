/**
 * Reads the glossary straight from `content/glossary/*.md` for the remark
 * plugin, which runs outside Astro's runtime and cannot query collections.
 *
 * The index lives on `globalThis` because Astro loads the Markdown config and
 * the content loaders as separate module instances in one process; both must
 * see the same index, and the loader refreshes it when the glossary changes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import YAML from 'yaml';
import { splitFrontmatter } from '../lib/text/frontmatter.ts';
import { buildGlossaryIndex, type GlossaryIndex, type LinkableEntry } from '../lib/linking/glossary-index.ts';
import { type KeptGlossaryFile, loadGlossaryCache, saveGlossaryCache, textDigest } from './glossary-cache.ts';

const GLOBAL_KEY = Symbol.for('explainer.glossary-index');

interface GlobalSlot {
  [GLOBAL_KEY]?: { dir: string; stamp: string; index: GlossaryIndex };
}

/** A glossary folder or file that cannot be read: never treated as an empty glossary, which would silently unlink every page. */
export class GlossaryReadError extends Error {
  override name = 'GlossaryReadError';
}

function unreadable(path: string, error: unknown): GlossaryReadError {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new GlossaryReadError(`cannot read the glossary at ${path} (${code}); the glossary folder must exist and be readable (it may be empty)`);
}

function glossaryNames(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => /\.mdx?$/.test(name)).sort();
  } catch (error) {
    throw unreadable(dir, error);
  }
}

/** Each glossary file's name with its size and modification time: cheap to read, changes with any edit. */
function fileStamps(dir: string): Array<{ name: string; stamp: string }> {
  return glossaryNames(dir).map((name) => {
    try {
      const stat = statSync(join(dir, name));
      return { name, stamp: `${stat.size}:${stat.mtimeMs}` };
    } catch (error) {
      throw unreadable(join(dir, name), error);
    }
  });
}

function folderStamp(dir: string): string {
  return fileStamps(dir)
    .map(({ name, stamp }) => `${name}:${stamp}`)
    .join('|');
}

const FILES_KEY = Symbol.for('explainer.glossary-files');
interface FilesSlot {
  /** Per folder and root: file name → what the file said at that size and modification time, and text digest. */
  [FILES_KEY]?: Map<string, Map<string, KeptGlossaryFile>>;
}

/** One file's text; throws when it cannot be read. */
function readGlossaryFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** One file's link-relevant front matter, or null when it does not parse (the checker reports it). */
function linkableEntry(text: string, name: string, file: string): LinkableEntry | null {
  const split = splitFrontmatter(text);
  if (!split) return null;
  let data: Record<string, unknown>;
  try {
    data = (YAML.parse(split.yaml) ?? {}) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof data.name !== 'string') return null;
  return {
    id: name.replace(/\.mdx?$/, ''),
    file,
    name: data.name,
    aliases: Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [],
    kind: typeof data.kind === 'string' ? data.kind : '', // a missing kind is the checker's to report
    autolink: data.autolink !== false,
    ...(data.forms !== undefined ? { forms: data.forms as LinkableEntry['forms'] } : {}),
  };
}

/**
 * Reads every glossary file's link-relevant front matter. Files that do not
 * parse are skipped (the checker reports them); files that cannot be read
 * throw. A file whose size and modification time are those it was last read
 * at is not parsed again: after one edit in `astro dev`, one file is. A new
 * process (the next build) starts from what the last one saved on disk
 * (./glossary-cache.ts), keyed on each file's text, not its modification
 * time, which a fresh checkout resets.
 */
export function readLinkableEntries(dir: string, root = process.cwd()): LinkableEntry[] {
  const folders = ((globalThis as FilesSlot)[FILES_KEY] ??= new Map());
  const key = `${dir}\u0000${root}`;
  const before = folders.get(key);
  const disk = before ? undefined : loadGlossaryCache(dir, root);
  let changed = !before && !disk;
  // Only the files there now: a deleted file is forgotten.
  const now = new Map<string, KeptGlossaryFile>();
  for (const { name, stamp } of fileStamps(dir)) {
    const kept = before?.get(name);
    if (kept?.stamp === stamp) {
      now.set(name, kept);
      continue;
    }
    const path = join(dir, name);
    const text = readGlossaryFile(path);
    const digest = textDigest(text);
    const saved = (disk ?? before)?.get(name);
    if (saved?.digest === digest) now.set(name, { stamp, digest, entry: saved.entry });
    else {
      now.set(name, { stamp, digest, entry: linkableEntry(text, name, relative(root, path)) });
      changed = true;
    }
  }
  if (disk && disk.size !== now.size) changed = true;
  if (before && before.size !== now.size) changed = true;
  folders.set(key, now);
  if (changed) saveGlossaryCache(dir, root, now);
  return [...now.values()].flatMap((f) => (f.entry ? [f.entry] : []));
}

/** Re-reads the glossary and replaces the shared index. Returns the new index. */
export function reloadGlossaryIndex(dir: string): GlossaryIndex {
  const stamp = folderStamp(dir);
  const index = buildGlossaryIndex(readLinkableEntries(dir));
  (globalThis as GlobalSlot)[GLOBAL_KEY] = { dir, stamp, index };
  return index;
}

/** The shared index, re-read only if a glossary file changed since it was built (several loaders ask after one edit). */
export function freshGlossaryIndex(dir: string): GlossaryIndex {
  const slot = (globalThis as GlobalSlot)[GLOBAL_KEY];
  if (slot && slot.dir === dir && slot.stamp === folderStamp(dir)) return slot.index;
  return reloadGlossaryIndex(dir);
}

/** The shared index, read on first use. */
export function glossaryIndex(dir: string): GlossaryIndex {
  const slot = (globalThis as GlobalSlot)[GLOBAL_KEY];
  if (slot && slot.dir === dir) return slot.index;
  return reloadGlossaryIndex(dir);
}

const LOCALIZED_KEY = Symbol.for('explainer.localized-glossary-index');
interface LocalizedSlot {
  [LOCALIZED_KEY]?: Map<string, { stamp: string; index: GlossaryIndex }>;
}

/**
 * The linker's index for a translated edition: the names, aliases and declared
 * `forms` of the entries translated in `<content>/<lang>/glossary/`, with the
 * kind and autolink setting of their originals. Untranslated entries are left
 * out: their English names do not occur in the edition's text. Re-read when
 * either folder changes.
 */
export function localizedGlossaryIndex(contentDir: string, lang: string, root = process.cwd()): GlossaryIndex {
  const originalDir = join(contentDir, 'glossary');
  const translatedDir = join(contentDir, lang, 'glossary');
  // No folder yet: no entry is translated (unlike the originals' folder, which must exist).
  const hasTranslations = existsSync(translatedDir);
  const stamp = `${folderStamp(originalDir)}#${hasTranslations ? folderStamp(translatedDir) : ''}`;
  const slots = ((globalThis as LocalizedSlot)[LOCALIZED_KEY] ??= new Map());
  const key = `${contentDir}#${lang}`;
  const cached = slots.get(key);
  if (cached && cached.stamp === stamp) return cached.index;
  const originals = new Map(readLinkableEntries(originalDir, root).map((e) => [e.id, e]));
  const entries: LinkableEntry[] = [];
  for (const translated of hasTranslations ? readLinkableEntries(translatedDir, root) : []) {
    const original = originals.get(translated.id);
    if (!original) continue; // an orphan translation: the checker reports it
    entries.push({ ...translated, kind: original.kind, autolink: original.autolink });
  }
  const index = buildGlossaryIndex(entries, { lang });
  slots.set(key, { stamp, index });
  return index;
}
