/**
 * A `glob()` loader whose cache follows the glossary as well as the file.
 *
 * Astro keeps each entry's rendered HTML until the entry's own digest
 * changes. Links depend on the whole glossary, so this loader mixes the
 * glossary's link digest into every entry digest: add, rename or remove a
 * glossary entry and every page re-renders on the next build. In dev it also
 * watches the glossary folder and re-syncs when the link digest changes.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { freshGlossaryIndex, glossaryIndex } from './glossary-source.ts';
import { versionedContext } from '../tooling/content-version.ts';
import { sourceDigest } from '../tooling/source-digest.ts';
import { settledWatcher } from '../tooling/settled-watcher.ts';

export interface RelinkingGlobOptions {
  /** Glob pattern of the collection's files, relative to `base`. */
  pattern: string;
  /** Folder of the collection, relative to the project root. */
  base: string;
  /** Folder of the glossary, relative to the project root. */
  glossaryBase: string;
  /** More of what links depend on, mixed into every entry's digest (translations: the digests of the translated glossaries). */
  extraDigest?: () => string;
  /** Folders `extraDigest` reads (the translated glossaries, `<content>/<lang>/glossary`): in dev, a change there re-links like a glossary change. */
  extraDirs?: readonly string[];
}

/**
 * The Markdown pipeline's own code is part of what a rendered page depends
 * on: a fix to the matcher or the sanitiser must re-render cached pages too,
 * not only a glossary change. Every module the pipeline imports is hashed.
 */
const PIPELINE = fileURLToPath(new URL('./pipeline.ts', import.meta.url));
let pipelineDigest: { root: string; digest: string } | undefined;
function pipelineCodeDigest(root: string): string {
  if (pipelineDigest?.root !== root) pipelineDigest = { root, digest: sourceDigest([PIPELINE], root) };
  return pipelineDigest.digest;
}

export function relinkingGlob(options: RelinkingGlobOptions): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  return {
    name: 'relinking-glob',
    load: async (loaderContext: LoaderContext) => {
      // Writes move the content version, which ends dev-time memos (src/data/per-build.ts).
      // Files are read once a save is finished, not when an in-place save has just emptied them (src/tooling/settled-watcher.ts).
      const context = versionedContext(loaderContext.watcher ? { ...loaderContext, watcher: settledWatcher(loaderContext.watcher) } : loaderContext);
      // fileURLToPath, never URL.pathname: a space or a non-ASCII letter in the path is percent-encoded there.
      const root = fileURLToPath(new URL('.', context.config.root));
      const glossaryDir = resolve(root, options.glossaryBase);
      const code = pipelineCodeDigest(root);
      const extra = () => (options.extraDigest ? `:${options.extraDigest()}` : '');
      const linkedContext = (ctx: LoaderContext): LoaderContext => ({
        ...ctx,
        generateDigest: (data) =>
          ctx.generateDigest(typeof data === 'string' ? `${data}\u0000glossary:${glossaryIndex(glossaryDir).digest}:${code}${extra()}` : data),
      });

      await inner.load(linkedContext(context));
      // The glossaries this collection was last rendered against.
      let renderedWith = `${glossaryIndex(glossaryDir).digest}${extra()}`;

      const { watcher } = context;
      if (!watcher) return;
      const linkDirs = [glossaryDir, ...(options.extraDirs ?? []).map((dir) => resolve(root, dir))];
      for (const dir of linkDirs) watcher.add(dir);
      const onGlossaryChange = async (path: string) => {
        if (!linkDirs.some((dir) => path.startsWith(dir + sep)) || !/\.mdx?$/.test(path)) return;
        let current: string;
        try {
          current = `${freshGlossaryIndex(glossaryDir).digest}${extra()}`;
        } catch (error) {
          context.logger.error((error as Error).message);
          return;
        }
        if (current === renderedWith) return;
        renderedWith = current;
        // Re-run without the watcher: glob() would otherwise add its listeners a second time.
        await inner.load({ ...linkedContext(context), watcher: undefined });
        context.logger.info(`Glossary changed: re-linked ${context.collection}`);
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onGlossaryChange);
    },
  };
}
