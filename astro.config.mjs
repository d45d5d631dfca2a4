// @ts-check
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { markdownPlugins } from './src/markdown/pipeline.ts';
import contentGuard from './src/integrations/content-guard.ts';
import colorScheme from './src/integrations/color-scheme.ts';
import searchIndex from './src/integrations/search-index.ts';
import { cacheDirFor, contentDir as contentDirOf } from './src/config/content-dir.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// content/ by default; EXPLAINER_CONTENT points the engine at another site's content (fixture sites in tests).
const contentDir = contentDirOf(root);
const glossaryDir = join(contentDir, 'glossary');
// The build benchmark measures the linker's cost by building once with EXPLAINER_LINKING=off.
const linking = process.env.EXPLAINER_LINKING !== 'off';

export default defineConfig({
  // The canonical address of the published site; override per deployment.
  site: process.env.SITE_URL ?? 'https://explainer.example.org',
  cacheDir: cacheDirFor(contentDir, root),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified(markdownPlugins({ contentDir, glossaryDir, linking })),
    // Shiki writes inline styles, which a strict CSP forbids.
    syntaxHighlight: 'prism',
  },
  integrations: [contentGuard({ contentDir }), mdx(), colorScheme(), searchIndex(), sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) })],
  // A per-page CSP meta tag with hashes of Astro's own scripts and styles (public/_headers adds the rest).
  security: { csp: true },
});
