/**
 * A `glob()` loader whose cache follows the glossary as well as the file.
 *
 * Astro keeps each entry's rendered HTML until the entry's own digest
 * changes. Links depend on the whole glossary, so this loader mixes the
 * glossary's link digest into every entry digest: add, rename or remove a
 * glossary entry and every page re-renders on the next build. In dev it also
 * watches the glossary folder and re-syncs when the link digest changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { freshGlossaryIndex, glossaryIndex } from './glossary-source.ts';

export interface RelinkingGlobOptions {
  /** Glob pattern of the collection's files, relative to `base`. */
  pattern: string;
  /** Folder of the collection, relative to the project root. */
  base: string;
  /** Folder of the glossary, relative to the project root. */
  glossaryBase: string;
  /** More of what links depend on, mixed into every entry's digest (translations: the digests of the translated glossaries). */
  extraDigest?: () => string;
}

/**
 * The linker's own code is part of what a rendered page depends on: a fix to
 * the matcher must re-render cached pages too, not only a glossary change.
 */
const LINKER_SOURCES = [
  './remark-glossary-links.ts',
  './remark-citations.ts',
  '../lib/linking/citations.ts',
  '../lib/linking/term-matcher.ts',
  '../lib/linking/glossary-index.ts',
  '../lib/linking/glossary-url.ts',
  '../lib/linking/sentences.ts',
];
let linkerDigest: string | undefined;
function linkerCodeDigest(): string {
  if (linkerDigest === undefined) {
    const hash = createHash('sha256');
    for (const path of LINKER_SOURCES) {
      try {
        hash.update(readFileSync(new URL(path, import.meta.url)));
      } catch {
        // Bundled builds may not ship the sources; the glossary digest still applies.
      }
    }
    linkerDigest = hash.digest('hex').slice(0, 12);
  }
  return linkerDigest;
}

export function relinkingGlob(options: RelinkingGlobOptions): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  return {
    name: 'relinking-glob',
    load: async (context: LoaderContext) => {
      const root = new URL('.', context.config.root);
      const glossaryDir = resolve(root.pathname, options.glossaryBase);
      const linkedContext = (ctx: LoaderContext): LoaderContext => ({
        ...ctx,
        generateDigest: (data) =>
          ctx.generateDigest(typeof data === 'string' ? `${data}\u0000glossary:${glossaryIndex(glossaryDir).digest}:${linkerCodeDigest()}${options.extraDigest ? `:${options.extraDigest()}` : ''}` : data),
      });

      await inner.load(linkedContext(context));
      // The glossary this collection was last rendered against.
      let renderedWith = glossaryIndex(glossaryDir).digest;

      const { watcher } = context;
      if (!watcher) return;
      watcher.add(glossaryDir);
      const onGlossaryChange = async (path: string) => {
        if (!path.startsWith(glossaryDir + sep) || !/\.mdx?$/.test(path)) return;
        let current: string;
        try {
          current = freshGlossaryIndex(glossaryDir).digest;
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
