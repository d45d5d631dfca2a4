// @ts-check
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { glossaryIndex, localizedGlossaryIndex } from './src/markdown/glossary-source.ts';
import { markdownPlugins } from './src/markdown/pipeline.ts';
import contentGuard from './src/integrations/content-guard.ts';
import colorScheme from './src/integrations/color-scheme.ts';
import noPreloadHelper from './src/integrations/no-preload-helper.ts';
import searchIndex from './src/integrations/search-index.ts';
import siteTheme from './src/integrations/site-theme.ts';
import notFoundPages from './src/integrations/not-found-pages.ts';
import keptOutput from './src/integrations/kept-output.ts';
import { cacheDirFor, contentDir as contentDirOf } from './src/config/content-dir.ts';
import { loadSite } from './src/config/load.ts';
import { withBase, withoutBase } from './src/lib/linking/site-path.ts';
import { listedInSitemap, withDefaultAlternate } from './src/lib/seo/sitemap.ts';
import { createTranslator } from './src/i18n/translate.ts';
import { dictionaries } from './src/i18n/dictionaries.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// content/ by default; EXPLAINER_CONTENT points the engine at another site's content (fixture sites in tests).
const contentDir = contentDirOf(root);
const glossaryDir = join(contentDir, 'glossary');
// The build benchmark measures the linker's cost by building once with EXPLAINER_LINKING=off.
const linking = process.env.EXPLAINER_LINKING !== 'off';
// site.yaml: the public address and base path (SITE_URL overrides the address). A bad file
// is reported by the content guard below, with file, line and field, before anything is built.
const { site, overrides, overridesByLanguage } = loadSite(contentDir, root);
// The site's words for what the Markdown plugins write into pages (citation markers' accessible names), per language.
const t = createTranslator({ locale: site.locale, messages: dictionaries[site.language], overrides });
const translators = new Map(site.languages.map((l) => [l.code, createTranslator({ locale: l.locale, messages: dictionaries[l.code], overrides: overridesByLanguage[l.code] ?? {} })]));
// Editions: site.yaml `languages` (default first). The default at the root, the others under /<code>/
// (src/pages/[lang]/); `prefixDefaultLanguage: true` puts the default under its prefix too.
const codes = site.languages.map((l) => l.code);
const multilingual = codes.length > 1;
// The editions under /<code>/: each gets its own <code>/404.html (src/pages/[lang]/404.astro).
const prefixed = codes.filter((code) => code !== site.language || site.prefixDefaultLanguage);
const i18n = multilingual ? { locales: codes, defaultLocale: site.language, routing: { prefixDefaultLocale: site.prefixDefaultLanguage, redirectToDefaultLocale: site.prefixDefaultLanguage } } : undefined;
// Translations in content/<code>/ are linked with that language's matcher and glossary names.
const languageOfFile = (/** @type {import('vfile').VFile} */ file) => {
  const first = file.path ? relative(contentDir, file.path).split(sep)[0] : undefined;
  return first && codes.includes(first) && first !== site.language ? first : site.language;
};

export default defineConfig({
  // The canonical address of the published site (site.yaml `url`, or SITE_URL per deployment) and its base path.
  site: site.url,
  base: site.base,
  cacheDir: cacheDirFor(contentDir, root),
  // Scoped styles as a class (same specificity as the default attribute): shorter markup on every scoped element.
  scopedStyleStrategy: 'class',
  trailingSlash: 'always',
  // One page at a time. Astro 7.3 keeps incremental builds at a higher concurrency (each render collects its own
  // metadata), and 4 at once took a cold build at 2,000 sections / 10,000 entries from about 94 s to 81 s, but its peak
  // memory past 2 GiB (BENCHMARKS.md). Social images get their own thread (src/tooling/og-render.ts).
  build: { format: 'directory', concurrency: 1 },
  // Restores unchanged pages from the previous build (node_modules/.astro/incremental-build.json);
  // every skippable route keys its paths on all the data it renders (src/data/page-keys.ts).
  experimental: { incrementalBuild: true },
  markdown: {
    processor: unified(
      markdownPlugins({
        contentDir,
        glossaryDir,
        linking,
        t,
        tFor: (file) => translators.get(languageOfFile(file)) ?? t,
        locale: site.locale,
        // Each edition links with its own glossary names and to its own pages.
        glossaryLinks: {
          index: (lang) => (lang === site.language ? glossaryIndex(glossaryDir) : localizedGlossaryIndex(contentDir, lang)),
          lang: languageOfFile,
          base: (lang) => withBase(`/${lang === site.language && !site.prefixDefaultLanguage ? '' : `${lang}/`}`, site.base),
        },
      }),
    ),
    // Shiki writes inline styles, which a strict CSP forbids.
    syntaxHighlight: 'prism',
  },
  // keptOutput last: its build:done hook stamps the output once every other integration has written its part.
  integrations: [contentGuard({ contentDir }), mdx(), notFoundPages({ prefixed }), colorScheme(), noPreloadHelper(), siteTheme({ contentDir }), searchIndex({ language: multilingual ? undefined : site.language }), sitemap({ filter: (page) => listedInSitemap(withoutBase(new URL(page).pathname, site.base), { prefixed, everyEditionPrefixed: site.prefixDefaultLanguage }), ...(multilingual ? { i18n: { defaultLocale: site.language, locales: Object.fromEntries(codes.map((code) => [code, code])) }, serialize: (item) => withDefaultAlternate(item, site.language) } : {}) }), keptOutput()],
  // A per-page CSP meta tag with hashes of Astro's own scripts and styles (public/_headers adds the rest).
  security: { csp: true },
  ...(i18n ? { i18n } : {}),
});
