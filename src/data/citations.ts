/** Which pages cite each source: sections, glossary entries, events and claims. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { sectionPlace } from '../lib/story/section-order.ts';
import { sourcesInFacts } from '../lib/story/facts.ts';
import { perBuild } from './per-build.ts';
import { localizedCollection } from './localized.ts';
import { sitePath } from '../config/site.ts';

export interface Citation {
  /** The citing section's or entry's title in the page's language, or the original's where it is not translated. */
  title: string;
  /** The language of `title`. */
  lang: string;
  href: string;
}

export const getCitations = perBuild(async (): Promise<Map<string, Citation[]>> => {
  const bySource = new Map<string, Citation[]>();
  const add = (refs: ReadonlyArray<{ id: string }>, citation: Citation) => {
    for (const { id } of refs) {
      const list = bySource.get(id) ?? [];
      if (!list.some((c) => c.href === citation.href)) list.push(citation);
      bySource.set(id, list);
    }
  };
  // Inline citations count too: a section may cite a source its front matter does not list.
  const inline = async (entry: CollectionEntry<'sections'> | CollectionEntry<'glossary'>) =>
    (((await render(entry)).remarkPluginFrontmatter.citations ?? []) as string[]).map((id) => ({ id }));
  // Which pages cite a source is the originals' business; how they are named is the edition's.
  const sectionTitles = new Map((await localizedCollection('sections')).map((s) => [s.id, { title: s.data.title, lang: s.language.lang }]));
  const entryNames = new Map((await localizedCollection('glossary')).map((g) => [g.id, { title: g.data.name, lang: g.language.lang }]));
  for (const s of await getCollection('sections')) {
    const place = sectionPlace(s.id);
    add([...s.data.sources, ...(await inline(s))], { ...sectionTitles.get(s.id)!, href: sitePath(`/stories/${place.story}/#${place.slug}`) });
  }
  for (const g of await getCollection('glossary')) {
    const refs = [...g.data.sources, ...(await inline(g)), ...sourcesInFacts(g.data.facts)];
    add(refs, { ...entryNames.get(g.id)!, href: sitePath(`/glossary/${g.id}/`) });
  }
  return bySource;
});
