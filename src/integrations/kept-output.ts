/**
 * Astro integration: a build leaves the previous build's unchanged pages
 * where they are in the output folder, instead of Astro emptying the folder
 * and copying every skipped page back from its incremental cache. At
 * 2,000 sections and 10,000 entries that emptying and copying is most of a
 * warm build (BENCHMARKS.md, "Warm builds that leave unchanged pages in
 * place"): about 5 s deleting 20,000 files and 15 s restoring them one after
 * another.
 *
 * Only files a successful build stamped (src/lib/build/kept-output.ts) stay,
 * and only for the manifest that build wrote; everything else is deleted
 * before Astro starts, as Astro would. Once the pages are generated, a kept
 * page that this build no longer has (its entry was deleted) is deleted too,
 * before any other integration reads the folder; the new stamp is written
 * last: a build that fails at any point leaves no stamp, so the next one
 * starts from an empty folder and renders every page (Astro's own cache is
 * not trusted either). Must be the last integration, so its
 * `astro:build:done` runs after every other.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesToKeep, manifestOutputs, parseStamp, stampFor, trustsManifest, type FileFacts } from '../lib/build/kept-output.ts';

/** Astro's incremental manifest, in its cache folder (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
const STAMP = 'explainer-kept-output.json';

const readText = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** A file's size and modification time, or undefined when it is not a file there. */
function factsAt(path: string): FileFacts | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/** Removes `dir` and its parents up to `root` while they are empty. */
function removeEmptyParents(dir: string, root: string) {
  while (dir.length > root.length && dir.startsWith(root)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
    dir = dirname(dir);
  }
}

export default function keptOutput(): AstroIntegration {
  let outDir: URL;
  let cacheDir: URL;
  let enabled = false;
  /** Absolute paths of the files left in place at the start of this build, with their facts then. */
  let kept = new Map<string, FileFacts>();
  /** Facts of an output file named as Astro's manifest names it (relative to the output folder, URL-encoded). */
  const factsOf = (file: string) => factsAt(fileURLToPath(new URL(file, outDir)));
  return {
    name: 'explainer:kept-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        enabled = command === 'build' && config.experimental.incrementalBuild === true;
        // This integration empties the folder itself, keeping what it can trust.
        if (enabled) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        cacheDir = config.cacheDir;
      },
      'astro:build:start': ({ logger }) => {
        if (!enabled) return;
        const stampPath = fileURLToPath(new URL(STAMP, cacheDir));
        const stamp = parseStamp(readText(stampPath));
        // Gone before the folder is touched: only a build that finishes writes one again.
        rmSync(stampPath, { force: true });
        const manifestPath = fileURLToPath(new URL(MANIFEST, cacheDir));
        const manifest = readText(manifestPath);
        const manifestDigest = manifest === undefined ? undefined : digest(manifest);
        if (manifest !== undefined && !trustsManifest(stamp, manifestDigest)) {
          // Astro's page copies may be newer than its keys (src/lib/build/kept-output.ts): it renders every page again.
          rmSync(manifestPath, { force: true });
          logger.info('The previous build did not finish: every page is rendered again.');
        }
        const root = resolve(fileURLToPath(outDir));
        const keep = filesToKeep(stamp, root, manifestDigest, factsOf);
        kept = new Map([...keep].map(([file, facts]) => [fileURLToPath(new URL(file, outDir)), facts]));
        if (!existsSync(root)) return;
        // Folders with something kept below them are walked; every other folder goes in one call.
        const keptFolders = new Set<string>();
        for (const path of kept.keys()) for (let dir = dirname(path); dir.length > root.length && !keptFolders.has(dir); dir = dirname(dir)) keptFolders.add(dir);
        let removed = 0;
        const clean = (dir: string) => {
          for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name);
            if (dir === root && entry.name === '.git') continue;
            if (entry.isDirectory() && keptFolders.has(path)) {
              clean(path);
              removeEmptyParents(path, root);
            } else if (!kept.has(path)) {
              rmSync(path, { recursive: true, force: true, maxRetries: 3 });
              removed += 1;
            }
          }
        };
        clean(root);
        if (kept.size) logger.info(`Kept ${kept.size} unchanged pages of the previous build in place; removed ${removed} other files and folders.`);
      },
      // Before the other integrations read the output (the search index must not list a deleted page).
      'astro:build:generated': ({ logger }) => {
        if (!enabled) return;
        const root = resolve(fileURLToPath(outDir));
        const manifest = readText(fileURLToPath(new URL(MANIFEST, cacheDir)));
        const current = new Set(manifest === undefined ? [] : manifestOutputs(manifest).map((file) => fileURLToPath(new URL(file, outDir))));
        let stale = 0;
        for (const [path, before] of kept) {
          if (current.has(path)) continue;
          const now = factsAt(path);
          // Gone already, or written again by this build under a route without a key: nothing to remove.
          if (!now || now.size !== before.size || now.mtimeMs !== before.mtimeMs) continue;
          unlinkSync(path);
          removeEmptyParents(dirname(path), root);
          stale += 1;
        }
        if (stale) logger.info(`Removed ${stale} pages of the previous build that this build no longer has.`);
      },
      'astro:build:done': () => {
        if (!enabled) return;
        const root = resolve(fileURLToPath(outDir));
        const manifest = readText(fileURLToPath(new URL(MANIFEST, cacheDir)));
        if (manifest === undefined) return;
        const stamp = stampFor(root, digest(manifest), manifestOutputs(manifest), factsOf);
        mkdirSync(fileURLToPath(cacheDir), { recursive: true });
        writeFileSync(fileURLToPath(new URL(STAMP, cacheDir)), JSON.stringify(stamp));
      },
    },
  };
}
