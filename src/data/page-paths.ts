/**
 * The pages of each edition, for the routes' getStaticPaths: the default
 * language's routes in src/pages/ and the other languages' in
 * src/pages/[lang]/ both call these, so a route file stays a few lines.
 *
 * getStaticPaths runs outside any page, so each edition's data is computed
 * here inside that language (src/config/page-language.ts) and travels to
 * the page as props.
 */
import { defaultLanguage, pathInDefaultLanguage, site, sitePathIn } from '../config/site.ts';
import { inPageLanguage } from '../config/page-language.ts';
import { getEntryPaths } from './entry-pages.ts';
import { getStoryPaths, getStoryPreviewPaths } from './story-pages.ts';
import { propsKey } from './page-keys.ts';
import { ogImageKey, prepareOgImages } from '../tooling/og-render.ts';
import { getStoryBlocks } from './story-blocks.ts';
import { getOgCards } from './og-cards.ts';
import { getMapPlaces, mapTopologies } from './map-places.ts';
import { locatorMap } from '../lib/visuals/locator-map.ts';
import { mapScope, panelSvg } from '../lib/visuals/locator-map-svg.ts';
import { locale, t } from '../i18n/index.ts';

/** The languages under `/<code>/` (src/pages/[lang]/): all but the default, unless the default is prefixed too. */
export function prefixedLanguages(): string[] {
  return site.languages.map((l) => l.code).filter((code) => code !== defaultLanguage.code || site.prefixDefaultLanguage);
}

/** The languages at the root routes (src/pages/): the default, unless it is prefixed. */
function rootLanguages(): string[] {
  return site.prefixDefaultLanguage ? [] : [defaultLanguage.code];
}

interface Path<P> {
  params: Record<string, string>;
  props: P;
  /** Incremental-build key (src/data/page-keys.ts), computed inside the edition's language; none in dev. */
  cacheKey?: string;
}

/** One edition's paths, computed in its language, with `lang` in the params under src/pages/[lang]/. */
async function inEditions<P>(codes: string[], prefixed: boolean, paths: () => Promise<Path<P>[]>): Promise<Path<P>[]> {
  const all: Path<P>[] = [];
  for (const code of codes) {
    const edition = await inPageLanguage(code, paths);
    all.push(...edition.map((p) => ({ ...p, params: prefixed ? { ...p.params, lang: code } : p.params })));
  }
  return all;
}

/** Paths of a route under src/pages/ (`prefixed: false`) or src/pages/[lang]/ (`prefixed: true`). */
export function editionPaths<P>(prefixed: boolean, paths: () => Promise<Path<P>[]>): Promise<Path<P>[]> {
  return inEditions(prefixed ? prefixedLanguages() : rootLanguages(), prefixed, paths);
}

/** Pages without their own parameters (home, glossary index, search, sources): one per prefixed language. */
export function languagePaths(): Array<{ params: { lang: string } }> {
  return prefixedLanguages().map((lang) => ({ params: { lang } }));
}

/**
 * Entries and stories with their whole page data as props and its hash as the
 * cache key (src/data/entry-pages.ts, story-pages.ts); called inside the
 * edition's language, so the data and the key are that language's.
 */
export const entryPaths = () => getEntryPaths(new URL(import.meta.env.SITE));
export const storyPaths = () => getStoryPaths(new URL(import.meta.env.SITE));
/** Each story's preview cards, a JSON file beside its page (src/data/story-pages.ts). */
export const storyPreviewPaths = getStoryPreviewPaths;

/** The locator-map panels as SVG: one map per story (its own places), one per place (every place, that one highlighted); labels in the edition's language. */
export async function mapPaths() {
  const places = await getMapPlaces();
  const draw = (subset: typeof places, highlight?: string) => locatorMap(subset, mapTopologies.overview, { highlight, detailTopology: mapTopologies.detail, t, locale: locale() });
  const maps = [
    ...[...(await getStoryBlocks())].filter(([, blocks]) => blocks.shown.map).map(([story, blocks]) => ({ scope: mapScope({ story }), map: draw(blocks.places) })),
    ...places.map((p) => ({ scope: mapScope({ highlight: p.id }), map: draw(places, p.id) })),
  ];
  return maps.flatMap(({ scope, map }) =>
    map.panels.map((panel) => {
      const svg = panelSvg(panel, site.theme);
      // The file is the SVG itself, so its hash is a complete key.
      return { params: { scope, panel: panel.key }, props: { svg }, cacheKey: propsKey(svg) };
    }),
  );
}

export async function ogPaths() {
  const cards = await getOgCards();
  // In a build, start drawing every uncached image on the worker threads now.
  if (import.meta.env.PROD) prepareOgImages(cards, site.name, site.theme.light);
  // The image's cache key covers its whole layout (text, sizes, the theme's colours, the site name) and the renderer.
  return cards.map((card) => ({ params: { slug: card.slug }, props: { card }, cacheKey: ogImageKey(card, site.name, site.theme.light) }));
}

/**
 * With `prefixDefaultLanguage`, a root page without parameters (home, search,
 * sources) exists only to send readers to the default edition's copy; the
 * address to redirect to, or undefined when the root is the default edition.
 */
export function rootRedirect(pathname: string): string | undefined {
  return site.prefixDefaultLanguage ? sitePathIn(defaultLanguage.code, pathInDefaultLanguage(pathname)) : undefined;
}
