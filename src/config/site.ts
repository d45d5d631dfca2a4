/**
 * The site's configuration, validated once per process: the ONE place code
 * reads the site's name, address, languages, links and colours from. It comes
 * from `site.yaml` at the top of the content folder (src/config/schema.ts
 * documents every field); nothing in src/ hard-codes any of it.
 *
 * A bad site.yaml stops the build in the content guard, which runs first and
 * prints every problem; pages importing this module then never render.
 *
 * Languages: the first of `languages` is the default, at the root (or under
 * its prefix with `prefixDefaultLanguage`); every other is under `/<code>/`.
 * `sitePath` links within the language of the page being rendered
 * (src/config/page-language.ts), so a Ukrainian page links to Ukrainian pages
 * without any component knowing; `sitePathIn` names a language explicitly
 * (the language switcher, hreflang alternates), `assetPath` is for files that
 * exist once for every language (favicon, sitemap, Pagefind).
 */
import { createHash } from 'node:crypto';
import { loadSite } from './load.ts';
import { withBase, withoutBase } from '../lib/linking/site-path.ts';
import { editionTexts, type SiteConfig, type SiteLanguage } from './schema.ts';
import { pageLanguageCode } from './page-language.ts';

const loaded = loadSite();

const textsByLanguage = new Map<string, ReturnType<typeof editionTexts>>();
/** The name, tagline and links in a language, worked out once per language. */
function textsIn(code: string | undefined) {
  const lang = code ?? loaded.site.language;
  let texts = textsByLanguage.get(lang);
  if (!texts) textsByLanguage.set(lang, (texts = editionTexts(loaded.site, lang)));
  return texts;
}

/**
 * The configuration. Its reader-facing texts (name, tagline, navigation,
 * footer) are in the language of the page being rendered, like `sitePath`'s
 * links, since site.yaml may give them per language; `texts` has them as written.
 */
export const site: SiteConfig = Object.defineProperties({ ...loaded.site }, {
  name: { get: () => textsIn(pageLanguageCode()).name, enumerable: true },
  tagline: { get: () => textsIn(pageLanguageCode()).tagline, enumerable: true },
  navigation: { get: () => textsIn(pageLanguageCode()).navigation, enumerable: true },
  footer: { get: () => textsIn(pageLanguageCode()).footer, enumerable: true },
});

/** The newsroom's dictionary overrides (content/i18n/<language>.yaml) of the default language, for src/i18n/. */
export const messageOverrides = loaded.overrides;
/** The same, by language code. */
export const messageOverridesByLanguage = loaded.overridesByLanguage;

/**
 * A digest of everything site.yaml and the dictionary overrides decide. Every
 * page depends on them, but Astro's incremental build only tracks code, so a
 * route's `cacheKey` must include this (a new colour or wording re-renders all).
 */
export const siteDigest: string = createHash('sha256').update(JSON.stringify({ site, messageOverrides: loaded.overridesByLanguage })).digest('hex').slice(0, 16);

const digestsByLanguage = new Map<string, string>();
/**
 * `siteDigest` for the pages of one edition: site.yaml and the overrides of
 * that language and of the default language (whose dictionary stands in for
 * a key a language lacks), so rewording one edition re-renders only its
 * pages. Without a code (outside a page), the default language's.
 */
export function siteDigestFor(code: string | undefined): string {
  const lang = code ?? loaded.site.languages[0]!.code;
  let digest = digestsByLanguage.get(lang);
  if (!digest) {
    const first = loaded.site.languages[0]!.code;
    const overrides = { [first]: loaded.overridesByLanguage[first] ?? {}, [lang]: loaded.overridesByLanguage[lang] ?? {} };
    digest = createHash('sha256').update(JSON.stringify({ site, messageOverrides: overrides })).digest('hex').slice(0, 16);
    digestsByLanguage.set(lang, digest);
  }
  return digest;
}

/** The default language (the first of `languages`). */
export const defaultLanguage: SiteLanguage = site.languages[0]!;
/** Is this site published in more than one language? */
export const multilingual = site.languages.length > 1;

/** The language a code names, or the default for an unknown code. */
export function languageOf(code: string | undefined): SiteLanguage {
  return site.languages.find((l) => l.code === code) ?? defaultLanguage;
}

/** The language of the page being rendered (the default outside a page). */
export function pageLanguage(): SiteLanguage {
  return languageOf(pageLanguageCode());
}

/** The path prefix of a language's edition: `''` for the default at the root, `/uk` otherwise. */
export function languagePrefix(code: string): string {
  return code === defaultLanguage.code && !site.prefixDefaultLanguage ? '' : `/${code}`;
}

/** Which language a request path (with the base path) belongs to, from its first segment. */
export function languageOfPath(pathname: string): SiteLanguage {
  const first = withoutBase(pathname, site.base).split('/')[1];
  const prefixed = site.languages.find((l) => l.code === first && languagePrefix(l.code) !== '');
  return prefixed ?? defaultLanguage;
}

/** A path as it is in the default language (`/uk/glossary/x/` → `/glossary/x/`), base path removed. */
export function pathInDefaultLanguage(pathname: string): string {
  const path = withoutBase(pathname, site.base);
  const prefix = languagePrefix(languageOfPath(pathname).code);
  return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/** A page path in a given language, with the base path: `sitePathIn('uk', '/glossary/')` → `/uk/glossary/`. */
export function sitePathIn(code: string, path: string): string {
  if (!path.startsWith('/')) return path;
  return withBase(`${languagePrefix(code)}${path}`, site.base);
}

/** A page path in the language of the page being rendered, with the base path: `sitePath('/glossary/')` → `/explainers/glossary/` under base `/explainers/`. */
export function sitePath(path: string): string {
  return sitePathIn(pageLanguage().code, path);
}

/** A file served once for all languages (favicon, sitemap, search index), with the base path. */
export function assetPath(path: string): string {
  return withBase(path, site.base);
}

/** The public address of a page path in the language of the page being rendered. */
export function siteUrl(path: string): string {
  return new URL(sitePath(path), site.url).href;
}

/** A configured link's address: site paths get the base (and the page's language), full addresses stay as written. */
export function linkHref(href: string): string {
  return href.startsWith('/') ? sitePath(href) : href;
}
