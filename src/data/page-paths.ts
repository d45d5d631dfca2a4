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
import { getGlossary } from './glossary.ts';
import { getStories } from './stories.ts';
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
}

/** One edition's paths, computed in its language, with `lang` in the params under src/pages/[lang]/. */
async function inEditions<P>(codes: string[], prefixed: boolean, paths: () => Promise<Path<P>[]>): Promise<Path<P>[]> {
  const all: Path<P>[] = [];
  for (const code of codes) {
    const edition = await inPageLanguage(code, paths);
    all.push(...edition.map((p) => ({ params: prefixed ? { ...p.params, lang: code } : p.params, props: p.props })));
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

export const entryPaths = async () => (await getGlossary()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));

export async function storyPaths() {
  // Each story's scoped blocks travel as props: the page renders nothing scoped that it did not receive.
  const blocks = await getStoryBlocks();
  return (await getStories()).map((story) => ({ params: { story: story.id }, props: { story, blocks: blocks.get(story.id)! } }));
}

/** The locator-map panels as SVG: one map per story (its own places), one per place (every place, that one highlighted); labels in the edition's language. */
export async function mapPaths() {
  const places = await getMapPlaces();
  const draw = (subset: typeof places, highlight?: string) => locatorMap(subset, mapTopologies.overview, { highlight, detailTopology: mapTopologies.detail, t, locale: locale() });
  const maps = [
    ...[...(await getStoryBlocks())].filter(([, blocks]) => blocks.shown.map).map(([story, blocks]) => ({ scope: mapScope({ story }), map: draw(blocks.places) })),
    ...places.map((p) => ({ scope: mapScope({ highlight: p.id }), map: draw(places, p.id) })),
  ];
  return maps.flatMap(({ scope, map }) => map.panels.map((panel) => ({ params: { scope, panel: panel.key }, props: { svg: panelSvg(panel, site.theme) } })));
}

export const ogPaths = async () => (await getOgCards()).map((card) => ({ params: { slug: card.slug }, props: { card } }));

/**
 * With `prefixDefaultLanguage`, a root page without parameters (home, search,
 * sources) exists only to send readers to the default edition's copy; the
 * address to redirect to, or undefined when the root is the default edition.
 */
export function rootRedirect(pathname: string): string | undefined {
  return site.prefixDefaultLanguage ? sitePathIn(defaultLanguage.code, pathInDefaultLanguage(pathname)) : undefined;
}
