/**
 * The sitemap's language alternates. @astrojs/sitemap's `i18n` option lists
 * each URL's counterparts (`xhtml:link hreflang="en"`, `"uk"`) but not
 * `x-default`, which every page head lists (src/components/PageMeta.astro):
 * the default language's page, for readers whose language has no edition.
 * Crawlers should read the same alternates in both places.
 */

/** One alternate of a sitemap URL, as @astrojs/sitemap passes it to `serialize`. */
export interface SitemapLink {
  url: string;
  lang: string;
}

/** A sitemap item with `x-default` added after its language links (a new object: the plugin shares `links` between an URL's editions). */
export function withDefaultAlternate<T extends { links?: SitemapLink[] | undefined }>(item: T, defaultLanguage: string): T {
  const links = item.links ?? [];
  const fallback = links.find((link) => link.lang === defaultLanguage);
  if (!fallback || links.some((link) => link.lang === 'x-default')) return item;
  return { ...item, links: [...links, { url: fallback.url, lang: 'x-default' }] };
}
