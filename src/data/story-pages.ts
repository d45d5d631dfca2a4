/**
 * Everything one story's page renders, computed once per build for all
 * stories, so a hash of it is a complete incremental-build key
 * (src/data/page-keys.ts): the story and its sections (rendered HTML,
 * mentions, citations, sources), where its preview cards are (the cards
 * themselves are a file of their own: storyPreviewPaths), its scoped blocks (claims, events, weapons, places, which blocks are on:
 * src/data/story-blocks.ts), and its structured data.
 */
import { render } from 'astro:content';
import { getSections, getStories } from './stories.ts';
import { claimReviewsJsonLd, storyJsonLd } from './structured-data.ts';
import { resolveSources } from './sources.ts';
import { getPreviews, previewMessages, storyPreviewsPath } from './previews.ts';
import { previewJson } from '../lib/client/preview-data.ts';
import { numberedSources } from '../lib/linking/citations.ts';
import { storyLastUpdated } from '../lib/story/updates.ts';
import { t } from '../i18n/index.ts';
import { getStoryBlocks } from './story-blocks.ts';
import { storyCard } from '../lib/seo/og-image.ts';
import { asRendered, propsKey } from './page-keys.ts';

type Story = Awaited<ReturnType<typeof getStories>>[number];

/** The preview cards of every entry linked in a story's lede and sections. */
async function storyPreviews(story: Story, lede?: Awaited<ReturnType<typeof render>>) {
  const sections = await getSections(story.id);
  return getPreviews(lede ?? (await render(story)), ...sections.map((s) => s.mentions));
}

/** One story's page data (in dev, the page asks for its own on each request). */
export async function storyPage(story: Story, site: URL) {
  const lede = await render(story);
  const sections = await Promise.all(
    (await getSections(story.id)).map(async (s) => {
      const numbered = numberedSources(s.citations, s.data.sources.map((r) => r.id));
      const sources = await resolveSources(numbered);
      return {
        ...s,
        numbered,
        sources: sources.map((source, i) => ({ id: source.id, publisher: source.publisher, number: numbered[i]!.number })),
      };
    }),
  );
  // The page only says where its cards are; none at all, and it loads no previews.
  const previews = (await storyPreviews(story, lede)).length ? storyPreviewsPath(story.id) : undefined;
  // Everything the story cites: its lede's inline citations too (their markers link into this list).
  const allSources = await resolveSources([...((lede.remarkPluginFrontmatter.citations ?? []) as string[]).map((id) => ({ id })), ...sections.flatMap((s) => s.numbered)]);
  // One "Last updated": the story's own latest update or correction, from content, never a git date.
  const updated = storyLastUpdated(story.data);
  // The story's scoped claims, events, weapons and places, and which blocks are on (src/data/story-blocks.ts).
  const blocks = (await getStoryBlocks()).get(story.id)!;
  const { shown } = blocks;
  const claims = shown.claims ? blocks.claims : [];
  const more = [
    ...(shown.claims ? [{ slug: 'claims', title: t('claims.heading') }] : []),
    ...(shown.rangeChart ? [{ slug: 'reported-ranges', title: t('range.heading') }] : []),
    ...(shown.map ? [{ slug: 'where-it-happened', title: t('map.heading') }] : []),
    ...(shown.timeline ? [{ slug: 'timeline', title: t('timeline.heading') }] : []),
    { slug: 'all-sources', title: t('story.allSources') },
    ...(story.data.updates.length ? [{ slug: 'updates', title: t('updates.heading') }] : []),
  ];
  // "All sources" lists what the blocks cite too, so their source links can point into it (see src/locals.d.ts).
  const blockSources = [
    ...claims.flatMap((c) => [...c.sources, ...c.history.flatMap((step) => step.sources)]),
    ...(shown.rangeChart ? blocks.weapons.flatMap((w) => w.figures.flatMap((f) => f.sources)) : []),
    ...(shown.map ? blocks.places.flatMap((p) => (p.coordinatesSource ? [p.coordinatesSource] : [])) : []),
    ...(shown.timeline ? blocks.events.flatMap((e) => e.sources) : []),
  ];
  const listedSources = [...allSources, ...blockSources.filter((s, i) => !allSources.some((a) => a.id === s.id) && blockSources.findIndex((b) => b.id === s.id) === i)];
  return {
    story,
    sections,
    previews,
    listedSources,
    updated,
    blocks,
    claims,
    more,
    card: storyCard(story.id, story.data, t),
    jsonLd: [...storyJsonLd(story, site), ...(await claimReviewsJsonLd(claims, story.id, site))],
  };
}

export type StoryPage = Awaited<ReturnType<typeof storyPage>>;

/**
 * One path per story, with its page data as props and their hash as the
 * cache key. In dev there are no cache keys and content changes between
 * requests, so each page computes only its own data when it is requested.
 */
export async function getStoryPaths(site: URL) {
  if (import.meta.env.DEV) return (await getStories()).map((story) => ({ params: { story: story.id }, props: { story } }));
  const paths = [];
  for (const story of await getStories()) {
    const page = await storyPage(story, site);
    paths.push({ params: { story: story.id }, props: { page }, cacheKey: propsKey({ ...page, story: asRendered(page.story) }) });
  }
  return paths;
}

/**
 * One preview file per story (src/pages/stories/[story]/previews.json.ts):
 * the cards of every entry the story links, and the words the script shows,
 * in the edition's language. Its body is the whole output, so its hash is a
 * complete cache key. A story that links nothing gets no file.
 */
export async function getStoryPreviewPaths() {
  const paths = [];
  for (const story of await getStories()) {
    const records = await storyPreviews(story);
    if (!records.length) continue;
    const body = previewJson(records, previewMessages());
    paths.push({ params: { story: story.id }, props: { body }, ...(import.meta.env.DEV ? {} : { cacheKey: propsKey(body) }) });
  }
  return paths;
}
