/**
 * A digest of the code a rendered page depends on, for cache keys: the
 * transitive closure of relative imports from the given entry modules,
 * every module in their folders, and the lockfile (package versions).
 * Found by reading the imports, not from a hand-kept list, so a new helper
 * module is covered the day it is imported. A file that cannot be read
 * fails loudly: a digest of nothing would keep stale pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export class SourceDigestError extends Error {
  override name = 'SourceDigestError';
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*\(?\s*['"]([^'"]+)['"]/g;

/** Relative specifiers imported by a module's source text. */
export function relativeImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (spec && (spec.startsWith('./') || spec.startsWith('../'))) out.push(spec);
  }
  return out;
}

function read(path: string, why: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new SourceDigestError(`cannot read ${path} (${why}): ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. The link cache key needs every source of the Markdown pipeline.`);
  }
}

/** Every module reachable from `entries` (absolute paths), plus the other `.ts` files in the entries' folders. */
export function sourceClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  for (const entry of entries) {
    const folder = dirname(entry);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch (error) {
      throw new SourceDigestError(`cannot read the folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    for (const name of names) if (/\.(ts|mjs|js)$/.test(name)) queue.push(join(folder, name));
  }
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const spec of relativeImports(read(path, 'imported by the Markdown pipeline'))) queue.push(resolve(dirname(path), spec));
  }
  return [...seen].sort();
}

/** A short hex digest of the closure's file contents (paths relative to `root`) and of `root`'s lockfile. */
export function sourceDigest(entries: readonly string[], root: string): string {
  const hash = createHash('sha256');
  for (const path of sourceClosure(entries)) {
    hash.update(path.startsWith(root) ? path.slice(root.length) : path);
    hash.update('\u0000');
    hash.update(read(path, 'part of the Markdown pipeline'));
  }
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(read(lock, 'package versions'));
  return hash.digest('hex').slice(0, 12);
}
