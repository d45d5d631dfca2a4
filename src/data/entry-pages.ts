/**
 * Everything one glossary entry's page renders, computed once per build for
 * all entries. The page reads nothing else, so a hash of this object is a
 * complete incremental-build key for it (src/data/page-keys.ts): it holds the
 * entry with its rendered body, the mentions of it in every section and
 * entry (sentence and link), related entries both ways, its claims and
 * events, and the names, kinds and definitions of every entry it links to.
 */
import { render } from 'astro:content';
import { getBacklinks, getGlossary, getGlossaryById, getRelated, type GlossaryEntry } from './glossary.ts';
import { getSourcesById, resolveSources } from './sources.ts';
import { getPreviews } from './previews.ts';
import { entryJsonLd } from './structured-data.ts';
import { factRows } from '../lib/story/facts.ts';
import { numberedSources } from '../lib/linking/citations.ts';
import { getClaimsBy } from './claims.ts';
import { getEventsInvolving } from './events.ts';
import { getRanges, providesRanges } from './ranges.ts';
import { getMapPlaces, providesCoordinates } from './map-places.ts';
import { getStoryLinks } from './story-scope.ts';
import { glossaryCard } from '../lib/seo/og-image.ts';
import { sitePath } from '../config/site.ts';
import { locale, t } from '../i18n/index.ts';
import { asRendered, propsKey } from './page-keys.ts';
import { fallbackLanguage } from './localized.ts';

/** A translated entry's facts texts its translation left in the default language, to mark with that language. */
function untranslatedFactsOf(entry: GlossaryEntry) {
  const lang = fallbackLanguage();
  return entry.untranslatedFacts && lang ? { untranslated: { lang, texts: entry.untranslatedFacts } } : {};
}

/** One entry's page data (in dev, the page asks for its own on each request). */
export async function entryPage(entry: GlossaryEntry, site: URL) {
  const body = await render(entry);
  const byId = await getGlossaryById();
  const sourcesById = await getSourcesById();
  const rows = factRows(entry.data, {
    entry: (id) => ({ name: byId.get(id)?.data.name ?? id, href: sitePath(`/glossary/${id}/`) }),
    source: (id) => {
      const s = sourcesById.get(id);
      return { label: s ? s.publisher : id, href: s ? s.url : sitePath('/sources/') };
    },
  }, { t, locale: locale(), ...untranslatedFactsOf(entry) });
  const related = (await getRelated()).get(entry.id) ?? { lists: [], listedBy: [] };
  // The checker refuses a dangling id before any build; in dev, for the moment between an edit and the reload, skip it instead of crashing.
  const toItems = (ids: string[]) =>
    ids.flatMap((id) => {
      const e = byId.get(id);
      return e ? [{ id, name: e.data.name, kind: e.data.kind, short: e.data.short }] : [];
    });
  const { kind } = entry.data;
  const [claimsMade, events] = await Promise.all([getClaimsBy(entry.id), getEventsInvolving(entry.id)]);
  return {
    entry,
    rows,
    previews: await getPreviews(body),
    mentions: (await getBacklinks()).get(entry.id) ?? [],
    related: toItems([...related.lists, ...related.listedBy]),
    // Sources cited inline in the body come first, so their markers match the list.
    sources: await resolveSources(numberedSources((body.remarkPluginFrontmatter.citations ?? []) as string[], entry.data.sources.map((r) => r.id))),
    claimsMade,
    events,
    // Blocks a kind feeds through its capabilities (src/kinds/): the range chart, the locator map.
    ranges: providesRanges(kind) ? await getRanges() : [],
    places: providesCoordinates(kind) ? await getMapPlaces() : [],
    // With one story, naming it under every claim and event says nothing.
    showStories: (await getStoryLinks()).size > 1,
    card: glossaryCard(entry.id, entry.data, t),
    jsonLd: await entryJsonLd(entry, site),
  };
}

export type EntryPage = Awaited<ReturnType<typeof entryPage>>;

/**
 * One path per entry, with its page data as props and their hash as the
 * cache key. In dev there are no cache keys and content changes between
 * requests, so each page computes only its own data when it is requested.
 */
export async function getEntryPaths(site: URL) {
  if (import.meta.env.DEV) return (await getGlossary()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
  const paths = [];
  for (const entry of await getGlossary()) {
    const page = await entryPage(entry, site);
    paths.push({ params: { id: entry.id }, props: { page }, cacheKey: propsKey({ ...page, entry: asRendered(page.entry) }) });
  }
  return paths;
}
