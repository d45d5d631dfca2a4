/**
 * What each glossary file said to the linker, kept on disk from one build to
 * the next (node_modules/.cache/explainer-glossary/, which CI keeps), so a
 * build parses only the glossary files whose text changed. Keyed on each
 * file's name and text digest (never its modification time: a checkout
 * resets those), the folder, and the parsing code with everything it
 * imports and the lockfile. A cache file that is missing, damaged or from
 * other code is ignored; one that cannot be written is skipped.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LinkableEntry } from '../lib/linking/glossary-index.ts';
import { jsonExact } from '../lib/text/json-exact.ts';
import { checkedPayload, withChecksum } from '../lib/text/checksummed.ts';
import { writeCacheFile } from '../tooling/write-cache-file.ts';
import { sourceDigest } from '../tooling/source-digest.ts';

/** One file as last read: its size and modification time (cheap to compare within a process), its text's digest, what it says (null: no linkable entry). */
export interface KeptGlossaryFile {
  stamp: string;
  digest: string;
  entry: LinkableEntry | null;
}

/** Bump when the saved form changes. */
const FORMAT = 1;

export const textDigest = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const PARSER = fileURLToPath(new URL('./glossary-source.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
let codeDigest: string | undefined;
const parserKey = () => (codeDigest ??= sourceDigest([PARSER], REPO_ROOT));

/** The cache file of one glossary folder read for one project root. */
export function glossaryCacheFile(dir: string, root: string): string {
  const tag = textDigest(`${dir}\u0000${root}`).slice(0, 16);
  return join(root, 'node_modules', '.cache', 'explainer-glossary', `${tag}.json`);
}

/** File name → digest and entry, as saved for this folder and root by this code; undefined when there is no such cache. */
export function loadGlossaryCache(dir: string, root: string): Map<string, { digest: string; entry: LinkableEntry | null }> | undefined {
  let text: string;
  try {
    text = readFileSync(glossaryCacheFile(dir, root), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const payload = checkedPayload(text);
    if (payload === undefined) return undefined;
    const saved = JSON.parse(payload) as { format?: unknown; key?: unknown; dir?: unknown; root?: unknown; files?: unknown };
    if (saved.format !== FORMAT || saved.key !== parserKey() || saved.dir !== dir || saved.root !== root || !Array.isArray(saved.files)) return undefined;
    const files = new Map<string, { digest: string; entry: LinkableEntry | null }>();
    for (const item of saved.files as unknown[]) {
      if (!Array.isArray(item) || item.length !== 3 || typeof item[0] !== 'string' || typeof item[1] !== 'string' || !(item[2] === null || isLinkableEntry(item[2]))) return undefined;
      files.set(item[0], { digest: item[1], entry: item[2] });
    }
    return files;
  } catch {
    return undefined;
  }
}

function isLinkableEntry(v: unknown): v is LinkableEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.file === 'string' && typeof e.name === 'string' && Array.isArray(e.aliases) && e.aliases.every((a) => typeof a === 'string') && typeof e.kind === 'string' && typeof e.autolink === 'boolean';
}

/** Saves the folder's files as now read; an entry that would not come back from JSON as it is is left out (parsed again next time). */
export function saveGlossaryCache(dir: string, root: string, files: ReadonlyMap<string, KeptGlossaryFile>): void {
  const saved = [...files].filter(([, f]) => jsonExact(f.entry)).map(([name, f]) => [name, f.digest, f.entry]);
  writeCacheFile(glossaryCacheFile(dir, root), withChecksum(JSON.stringify({ format: FORMAT, key: parserKey(), dir, root, files: saved })));
}
