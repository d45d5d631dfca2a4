/**
 * The checker's per-file work kept on disk from one `astro build` to the
 * next (CheckMemo.save/load), so a build after a one-file edit checks that
 * file's share again, not all of them. The checks across files still run
 * over the whole folder every time.
 *
 * The key is a digest of the checker's code and everything it imports (the
 * schemas, the kinds, the default word lists) and the lockfile: a change to
 * any of them checks every file again. A cache file that is missing,
 * damaged or from other code is ignored; one that cannot be written is
 * skipped, as a cache must never fail a build.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CheckMemo } from '../lib/check/check-content.ts';
import { kinds as siteKinds } from '../kinds/registry.ts';
import { sourceDigest } from './source-digest.ts';
import { writeCacheFile } from './write-cache-file.ts';

/** The checker and the kinds' registry: their folders and everything they import. */
const CHECKER_CODE = [fileURLToPath(new URL('../lib/check/check-content.ts', import.meta.url)), fileURLToPath(new URL('../kinds/registry.ts', import.meta.url))];
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

let codeDigest: string | undefined;
/** What every saved outcome was computed with besides the files: the checker's code (read once per process). */
export function checkerKey(): string {
  return (codeDigest ??= sourceDigest(CHECKER_CODE, REPO_ROOT));
}

/** The memo saved at `path` for the content folder `root` (as the checker names it, e.g. `content`), or a new one. */
export function loadCheckMemo(path: string, root: string): CheckMemo {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return new CheckMemo();
  }
  // The site's own kinds and word lists: the ones the build checks with, and the ones the key's code digest covers.
  return CheckMemo.load(text, checkerKey(), { root, kinds: siteKinds }) ?? new CheckMemo();
}

/** Writes the memo after a check, whole or not at all (a half-written file would only be ignored, but costs a full check). */
export function saveCheckMemo(path: string, memo: CheckMemo): void {
  writeCacheFile(path, memo.save(checkerKey()));
}
