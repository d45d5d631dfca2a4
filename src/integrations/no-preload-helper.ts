/**
 * Astro integration that keeps Vite's module-preload helper out of the
 * browser's scripts when it would preload nothing.
 *
 * Vite wraps every dynamic `import()` in the browser's code in
 * `__vitePreload(() => import(…), deps)`, imported from a shared helper chunk
 * (about 900 bytes gzip), so that the imported chunk's own dependencies and
 * CSS start loading at the same time. This project's lazy modules (term
 * previews, the search session) import nothing the page has not already
 * loaded and have no CSS, so with `modulePreload: false` the dependency
 * lists are empty and the helper is pure weight on every page's first view.
 *
 * The plugin swaps the helper's import for a one-line stand-in that calls
 * the import directly. It runs only on chunks whose dynamic imports bring no
 * CSS (otherwise the helper is what loads that CSS, and it stays), and if a
 * Vite release renames the helper nothing matches and the output is as
 * before (tests/site/budgets.test.ts then fails on the helper in the first view).
 */
import type { AstroIntegration } from 'astro';

/** `import { t as __vitePreload } from "./preload-helper.….js";` as Vite writes it before minifying. */
const HELPER_IMPORT = /^import\s*\{\s*\w+\s+as\s+(__vitePreload)\s*\}\s*from\s*["'][^"']*preload-helper[^"']*["'];?$/m;

interface ChunkLike {
  dynamicImports?: readonly string[];
}
interface BundleLike {
  [file: string]: { viteMetadata?: { importedCss?: Set<string> } } | undefined;
}

/** The chunk's code with the helper's import replaced, or null when it keeps the helper. */
export function withoutPreloadHelper(code: string, lazyChunksHaveCss: boolean): string | null {
  if (lazyChunksHaveCss) return null;
  const match = HELPER_IMPORT.exec(code);
  if (!match) return null;
  // Same name, same call shape: `__vitePreload(() => import(x), deps)` becomes `import(x)`.
  return code.replace(HELPER_IMPORT, `const ${match[1]} = (load) => load();`);
}

export default function noPreloadHelper(): AstroIntegration {
  return {
    name: 'explainer:no-preload-helper',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'explainer:no-preload-helper',
                // Astro builds the browser's scripts in Vite's `client` environment and sets its options
                // itself, so the switch goes in through that environment's hook.
                configEnvironment: (name: string) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
                renderChunk: {
                  order: 'post',
                  handler(this: { environment?: { name: string } }, code: string, chunk: ChunkLike, _options: unknown, meta?: { chunks?: BundleLike }) {
                    if (this.environment?.name !== 'client') return null;
                    const lazy = chunk.dynamicImports ?? [];
                    const chunks = meta?.chunks ?? {};
                    const lazyChunksHaveCss = lazy.some((file) => (chunks[file]?.viteMetadata?.importedCss?.size ?? 0) > 0);
                    const next = withoutPreloadHelper(code, lazyChunksHaveCss);
                    return next === null ? null : { code: next, map: null };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
