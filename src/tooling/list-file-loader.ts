/**
 * Astro's `file()` loader for the YAML lists (sources, events, claims), with
 * one difference: when the file is missing, the collection is emptied.
 *
 * `file()` logs "File not found" and returns, leaving whatever the data
 * store held from the previous build; a deleted claims.yaml then still
 * showed every claim on a warm build, while a cold build showed none. Here a
 * missing file means an empty collection on every build, warm or cold, and
 * in dev when the file is deleted or restored.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { file, type Loader, type LoaderContext } from 'astro/loaders';
import { versionedContext } from './content-version.ts';

type FileOptions = Parameters<typeof file>[1];

export function listFile(fileName: string, options?: FileOptions): Loader {
  const inner = file(fileName, options);
  return {
    name: 'list-file',
    load: async (loaderContext: LoaderContext) => {
      // Writes move the content version, which ends dev-time memos (src/data/per-build.ts).
      const context = versionedContext(loaderContext);
      const path = fileURLToPath(new URL(fileName, context.config.root));
      if (existsSync(path)) await inner.load(context);
      else {
        context.store.clear();
        context.logger.warn(`${fileName} does not exist: the ${context.collection} collection is empty`);
      }
      const { watcher } = context;
      if (!watcher) return;
      watcher.add(path);
      watcher.on('unlink', (changed) => {
        if (changed === path) context.store.clear();
      });
      // file() watches only a file that existed when it started; pick up one created later.
      watcher.on('add', async (changed) => {
        if (changed === path) await inner.load({ ...context, watcher: undefined });
      });
    },
  };
}
