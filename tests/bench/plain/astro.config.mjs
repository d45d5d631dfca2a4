// A plain Astro site: the same Markdown, the same unified processor, no plugins, one page per file.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  markdown: { processor: unified() },
});
