/**
 * A content loader for the YAML list files (sources, events, claims) that
 * never publishes stale data. Astro's `file()` loader, on a missing or
 * unreadable file, logs "[ERROR] [file-loader] File not found", keeps the
 * previous build's entries in its cache and exits 0. This one:
 * - replaces the collection's entries on every load (nothing survives a deletion);
 * - on a missing, unreadable or malformed file empties the collection and
 *   fails the build with a clear message (in dev it reports and waits for a fix);
 * - in dev, also reloads when the file is deleted or created again.
 * The content checker normally refuses such a file first, naming the line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseYamlList, type ListCollection } from '../lib/text/yaml-list.ts';
import { settledWatcher } from './settled-watcher.ts';
import { versionedContext } from './content-version.ts';

export class ContentListError extends Error {
  override name = 'ContentListError';
}

/**
 * A list file's items as the checker reads them (YAML 1.2; an empty or
 * comments-only file is an empty list), or a ContentListError naming the file.
 * Shared with the translated lists' loader (src/tooling/translated-list-loader.ts).
 */
export function readListItems(file: string, shown: string, collection: ListCollection): Array<Record<string, unknown>> {
  try {
    return parseYamlList(readFileSync(file, 'utf8'), shown, collection) as Array<Record<string, unknown>>;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    throw new ContentListError(message.startsWith(`${shown}:`) ? message : `${shown} cannot be read: ${message}  (run npm run check for the line)`);
  }
}

/** `path` is absolute, or relative to the project root (`content/claims.yaml`). */
export function yamlListLoader(path: string, collection: ListCollection): Loader {
  return {
    name: 'yaml-list',
    load: async (loaderContext: LoaderContext) => {
      // Writes move the content version, which ends dev-time memos (src/data/per-build.ts).
      const context = versionedContext(loaderContext);
      const root = fileURLToPath(new URL('.', context.config.root));
      const file = isAbsolute(path) ? path : fileURLToPath(new URL(path, context.config.root));
      const shown = relative(root, file).split('\\').join('/');
      const sync = async () => {
        context.store.clear();
        let items: unknown[];
        try {
          if (!existsSync(file)) throw new ContentListError(`${shown} is missing: create it (write [] if the list is empty)`);
          items = readListItems(file, shown, collection);
        } catch (error) {
          if (!context.watcher) throw error;
          context.logger.error((error as Error).message);
          return;
        }
        for (const [i, item] of items.entries()) {
          const id = (item as { id?: unknown } | null)?.id;
          if (typeof id !== 'string' || id === '') {
            const message = `${shown}: item ${i + 1} has no id  (give it "id: ...")`;
            if (!context.watcher) throw new ContentListError(message);
            context.logger.error(message);
            continue;
          }
          const data = await context.parseData({ id, data: item as Record<string, unknown>, filePath: file });
          context.store.set({ id, data, filePath: shown, digest: context.generateDigest(item as Record<string, unknown>) });
        }
      };
      await sync();
      if (!context.watcher) return;
      // Read the file once it is written, not when an in-place save has just emptied it.
      const watcher = settledWatcher(context.watcher);
      watcher.add(file);
      for (const event of ['add', 'change', 'unlink'] as const) {
        watcher.on(event, async (changed: string) => {
          if (changed !== file) return;
          context.logger.info(`Reloading ${shown}`);
          await sync();
        });
      }
    },
  };
}
