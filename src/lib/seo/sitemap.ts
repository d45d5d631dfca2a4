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

export interface SitemapScope {
  /** The codes of the editions under `/<code>/`. */
  prefixed: readonly string[];
  /** Is the default language under its prefix too (site.yaml `prefixDefaultLanguage`)? Then a page outside every prefix only redirects into one. */
  everyEditionPrefixed: boolean;
}

/**
 * Whether a page (its path without the base path) belongs in the sitemap:
 * not a not-found page, and not one of the root pages that, with every
 * edition prefixed, only redirect to the default edition's copy.
 */
export function listedInSitemap(path: string, scope: SitemapScope): boolean {
  const notFound = (prefix: string) => path === `${prefix}/404` || path === `${prefix}/404/`;
  if (notFound('') || scope.prefixed.some((code) => notFound(`/${code}`))) return false;
  if (!scope.everyEditionPrefixed) return true;
  return scope.prefixed.some((code) => path.startsWith(`/${code}/`));
}
