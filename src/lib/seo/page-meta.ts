/**
 * The metadata every page carries in its <head>: canonical address, Open
 * Graph and Twitter card tags. Pure: the layout hands in absolute URLs and
 * renders the tags this returns, so the tag set is tested without a build.
 */
import { englishT, type Translate } from '../../i18n/translate.ts';

/** An image for link previews, with the size crawlers need to lay it out before fetching it. */
export interface SocialImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  /** What the image shows, for readers who cannot see it. */
  alt: string;
}

export interface PageMetaInput {
  /** The full `<title>`, site name included. */
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  siteName: string;
  /** `article` for a story (dated journalism), `website` for everything else. */
  type: 'website' | 'article';
  image: SocialImage;
  /** Article dates, `YYYY-MM-DD`; only read when `type` is `article`. */
  published?: string;
  modified?: string;
}

/** One `<meta>` tag: Open Graph uses `property`, Twitter and plain metadata use `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** The Open Graph and Twitter card tags for a page, each exactly once. */
export function socialMetaTags(page: PageMetaInput): MetaTag[] {
  const og = (property: string, content: string): MetaTag => ({ property, content });
  const tw = (name: string, content: string): MetaTag => ({ name, content });
  const tags: MetaTag[] = [
    og('og:type', page.type),
    og('og:title', page.title),
    og('og:description', page.description),
    og('og:url', page.url),
    og('og:site_name', page.siteName),
    og('og:image', page.image.url),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(page.image.width)),
    og('og:image:height', String(page.image.height)),
    og('og:image:alt', page.image.alt),
  ];
  if (page.type === 'article') {
    if (page.published) tags.push(og('article:published_time', page.published));
    if (page.modified) tags.push(og('article:modified_time', page.modified));
  }
  tags.push(
    tw('twitter:card', 'summary_large_image'),
    tw('twitter:title', page.title),
    tw('twitter:description', page.description),
    tw('twitter:image', page.image.url),
    tw('twitter:image:alt', page.image.alt),
  );
  return tags;
}

/** "Page · Site", or just the site name on the home page. */
/** Longer titles get cut off in search results (and html-validate flags them), so the site name yields first. */
export const TITLE_MAX = 70;

export function fullTitle(title: string, siteName: string, t: Translate = englishT): string {
  const withSite = t('site.titleWithName', { title, site: siteName });
  return title === siteName || withSite.length > TITLE_MAX ? title : withSite;
}

/**
 * The path a page is published at. Astro reports a not-found page as `/404`
 * (or `/404/` with trailing slashes on), but the file hosts serve is
 * `/404.html`; each prefixed edition's is `<prefix>/404.html`. `prefixes`
 * are the editions' root paths without the trailing slash (`/uk`, or
 * `/explainers/uk` under a base path; `''` for the root edition).
 */
export function publishedPath(pathname: string, prefixes: readonly string[] = ['']): string {
  for (const prefix of prefixes) if (pathname === `${prefix}/404` || pathname === `${prefix}/404/`) return `${prefix}/404.html`;
  return pathname;
}
