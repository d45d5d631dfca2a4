/**
 * Publishes each prefixed edition's not-found page as `<code>/404.html`.
 *
 * Astro writes only the root route `/404` as a `404.html` file; the route
 * src/pages/[lang]/404.astro comes out as `<code>/404/index.html`, which no
 * host looks for. Hosts that serve the nearest not-found page up the path
 * (Cloudflare Pages; Netlify with a rewrite rule, see README's Deploy section)
 * look for `<folder>/404.html`, so the file is moved there once the build has
 * written it. Incremental builds are unaffected: Astro keeps its own copy of
 * each page and restores it into dist/ when the file there is missing.
 */
import { existsSync } from 'node:fs';
import { rename, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface NotFoundPagesOptions {
  /** Codes of the editions published under `/<code>/` (every language but the default, unless the default is prefixed too). */
  prefixed: readonly string[];
}

export class NotFoundPageError extends Error {
  override name = 'NotFoundPageError';
}

export default function notFoundPages(options: NotFoundPagesOptions): AstroIntegration {
  return {
    name: 'explainer:not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const code of options.prefixed) {
          const written = join(out, code, '404', 'index.html');
          if (!existsSync(written)) throw new NotFoundPageError(`the not-found page of the "${code}" edition was not built at ${written} (src/pages/[lang]/404.astro)`);
          await rename(written, join(out, code, '404.html'));
          // Nothing else lives under <code>/404/; a non-empty folder would mean a page at /<code>/404/… and stays.
          await rmdir(join(out, code, '404')).catch(() => undefined);
        }
        if (options.prefixed.length > 0) logger.info(`Not-found pages: ${options.prefixed.map((code) => `${code}/404.html`).join(', ')}`);
      },
    },
  };
}
