/**
 * Astro integration that builds the Pagefind search index into
 * `<outDir>/pagefind/` at the end of every `astro build`, so the index can
 * never be missing or older than the pages (tests and CI run `astro build`
 * alone, not an npm script). Pagefind's Node API drives its bundled binary;
 * nothing is fetched. Only elements marked `data-pagefind-body` are indexed
 * (see the pages), so home, search and 404 stay out of the results.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Pagefind's ready-made search UIs. The site has its own (src/scripts/search.ts), so these are never
 * requested; they are removed rather than published (about 400 KB).
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

export interface SearchIndexOptions {
  /** The language of a one-language site: Pagefind stems and splits words by it. Leave it out on a multilingual site: Pagefind then makes one index per `<html lang>`, and the search box loads its page's. */
  language?: string;
}

export default function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  return {
    name: 'explainer:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Imported here so `astro dev` never starts Pagefind's binary.
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex(options.language ? { forceLanguage: options.language } : {});
          if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new SearchIndexError(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new SearchIndexError(`Pagefind found no HTML in ${site}; search would be empty.`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await Promise.all(UNUSED_UI_FILES.map((file) => rm(join(site, 'pagefind', file), { force: true })));
          // Pagefind reads every HTML file but indexes only those with data-pagefind-body; its entry file has the real count.
          const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          logger.info(`Indexed ${indexed} of ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
