/** Glossary entries with everything their pages show: backlinks, related entries both ways. */
import { render } from 'astro:content';
import { localizedCollection } from './localized.ts';
import { collectBacklinks, relatedBothWays, type Backlink } from '../lib/linking/backlinks.ts';
import type { Mention } from '../lib/linking/mention.ts';
import { sectionPlace } from '../lib/story/section-order.ts';
import { kinds } from '../kinds/registry.ts';
import { perBuild } from './per-build.ts';
import { getSections, getStories } from './stories.ts';
import { pageLanguage, sitePath } from '../config/site.ts';
import { compareIn } from '../lib/text/collate.ts';

/** Every entry, sorted by name. */
export const getGlossary = perBuild(async () => {
  const entries = await localizedCollection('glossary');
  const compare = compareIn(pageLanguage().locale, { sensitivity: 'base' });
  return entries.sort((a, b) => compare(a.data.name, b.data.name));
});

export type GlossaryEntry = Awaited<ReturnType<typeof getGlossary>>[number];

/** Every entry by id. */
export const getGlossaryById = perBuild(async () => new Map((await getGlossary()).map((e) => [e.id, e])));

/** Where a mention was found: a story section or another entry's page. */
export interface MentionPlace {
  kind: 'section' | 'story' | 'entry';
  /** Page title (section title, story title or entry name). */
  title: string;
  /** For a story's lede and its sections: the story's id, title and address. */
  story?: string;
  storyTitle?: string;
  storyHref?: string;
  /** URL of the page, without the anchor. */
  href: string;
  /** The language of the quoted text when it is not the page's (an untranslated original). */
  lang?: string;
}

/** Every mention on the site, inverted by entry. Computed once per build. */
export const getBacklinks = perBuild(async (): Promise<Map<string, Backlink<MentionPlace>[]>> => {
    const pages: Array<{ page: MentionPlace; mentions: Mention[] }> = [];
    for (const story of await getStories()) {
      const href = sitePath(`/stories/${story.id}/`);
      const lede = await render(story);
      const inStory = { story: story.id, storyTitle: story.data.title, storyHref: href };
      const fallbackLang = (l: { fallback: boolean; lang: string }) => (l.fallback ? { lang: l.lang } : {});
      pages.push({ page: { kind: 'story', title: story.data.title, href, ...inStory, ...fallbackLang(story.language) }, mentions: (lede.remarkPluginFrontmatter.mentions ?? []) as Mention[] });
      for (const section of await getSections(story.id)) {
        pages.push({ page: { kind: 'section', title: section.data.title, href, ...inStory, ...fallbackLang(section.language) }, mentions: section.mentions });
      }
    }
    for (const entry of await getGlossary()) {
      const body = await render(entry);
      pages.push({ page: { kind: 'entry', title: entry.data.name, href: sitePath(`/glossary/${entry.id}/`), ...(entry.language.fallback ? { lang: entry.language.lang } : {}) }, mentions: (body.remarkPluginFrontmatter.mentions ?? []) as Mention[] });
    }
    return collectBacklinks(pages);
});

/** Related entries both ways, for every entry. */
export const getRelated = perBuild(async () => {
  const entries = await getGlossary();
  return relatedBothWays(new Map(entries.map((e) => [e.id, e.data.related.map((r) => r.id)])));
});

/** Entries grouped by kind, in the glossary's kind order. */
export function groupByKind(entries: readonly GlossaryEntry[]) {
  return kinds.ids
    .map((kind) => ({ kind, entries: entries.filter((e) => e.data.kind === kind) }))
    .filter((group) => group.entries.length > 0);
}

export { sectionPlace };
