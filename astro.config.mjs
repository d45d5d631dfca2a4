// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGlossaryLinks from './src/markdown/remark-glossary-links.ts';
import { glossaryIndex } from './src/markdown/glossary-source.ts';
import contentGuard from './src/integrations/content-guard.ts';

const contentDir = fileURLToPath(new URL('./content/', import.meta.url));
const glossaryDir = fileURLToPath(new URL('./content/glossary', import.meta.url));

export default defineConfig({
  // The canonical address of the published site; override per deployment.
  site: process.env.SITE_URL ?? 'https://explainer.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: [[remarkGlossaryLinks, { index: () => glossaryIndex(glossaryDir), contentDir }]],
    }),
    // Shiki writes inline styles, which a strict CSP forbids.
    syntaxHighlight: 'prism',
  },
  integrations: [contentGuard({ contentDir }), mdx()],
});
