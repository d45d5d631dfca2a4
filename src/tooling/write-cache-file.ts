/**
 * Writes a cache file whole or not at all: into a file beside it, then
 * renamed over it, so a build killed mid-write leaves the old file or none.
 * A cache that cannot be written is skipped: a cache must never fail a build.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeCacheFile(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch {
    rmSync(temp, { force: true });
  }
}
