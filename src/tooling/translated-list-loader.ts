/**
 * A content loader for the translated list files, `<content>/<lang>/events.yaml`,
 * `claims.yaml` and `sources.yaml`, one collection per list holding the items
 * of every language keyed `<lang>/<original id>`. A language may leave a
 * list out (nothing translated yet). In `astro dev` it watches each
 * language's file, so a translation edited, added or deleted while the
 * server runs shows on the next request, as the originals do
 * (src/tooling/yaml-list-loader.ts). The checker validates the items first
 * (src/lib/check/check-translations.ts), naming the line.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ListCollection } from '../lib/text/yaml-list.ts';
import { settledWatcher } from './settled-watcher.ts';
import { versionedContext } from './content-version.ts';
import { ContentListError, readListItems } from './yaml-list-loader.ts';

/** `contentDir` is absolute, or relative to the project root; `languages` are the codes with a folder of translations. */
export function translatedListLoader(contentDir: string, languages: readonly string[], collection: ListCollection): Loader {
  return {
    name: 'translated-yaml-list',
    load: async (loaderContext: LoaderContext) => {
      // Writes move the content version, which ends dev-time memos (src/data/per-build.ts).
      const context = versionedContext(loaderContext);
      const root = fileURLToPath(new URL('.', context.config.root));
      const files = languages.map((lang) => ({ lang, file: join(resolve(root, contentDir), lang, `${collection}.yaml`) }));
      const shown = (file: string) => relative(root, file).split('\\').join('/');
      const fail = (message: string) => {
        if (!context.watcher) throw new ContentListError(message);
        context.logger.error(message);
      };
      const sync = async () => {
        context.store.clear();
        for (const { lang, file } of files) {
          if (!existsSync(file)) continue;
          let items: Array<Record<string, unknown>>;
          try {
            items = readListItems(file, shown(file), collection);
          } catch (error) {
            fail((error as Error).message);
            continue;
          }
          for (const [i, item] of items.entries()) {
            const id = (item as { id?: unknown } | null)?.id;
            if (typeof id !== 'string' || id === '') {
              fail(`${shown(file)}: item ${i + 1} has no id  (give it the original item's "id: ...")`);
              continue;
            }
            const key = `${lang}/${id}`;
            const data = await context.parseData({ id: key, data: { ...item, id: key }, filePath: file });
            context.store.set({ id: key, data, filePath: shown(file), digest: context.generateDigest(item) });
          }
        }
      };
      await sync();
      if (!context.watcher) return;
      // Read a file once it is written, not when an in-place save has just emptied it (as the originals' loader).
      const watcher = settledWatcher(context.watcher);
      const watched = new Set(files.map((f) => f.file));
      // Watching a path that does not exist yet still reports its creation.
      for (const file of watched) watcher.add(file);
      for (const event of ['add', 'change', 'unlink'] as const) {
        watcher.on(event, async (changed: string) => {
          if (!watched.has(changed)) return;
          context.logger.info(`Reloading ${shown(changed)}`);
          await sync();
        });
      }
    },
  };
}
