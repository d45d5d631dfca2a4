/** Stories and their sections, rendered and in reading order. */
import { render } from 'astro:content';
import { localizedCollection, localizedEntry } from './localized.ts';
import type { Mention } from '../lib/linking/mention.ts';
import { byPosition, sectionPlace } from '../lib/story/section-order.ts';
import { perBuild } from './per-build.ts';

export async function getStories() {
  const stories = await localizedCollection('stories');
  return stories.sort((a, b) => (a.data.published < b.data.published ? 1 : -1));
}

export async function getStory(id: string) {
  const story = await localizedEntry('stories', id);
  if (!story) throw new Error(`No story "${id}" in content/stories/`);
  return story;
}

/**
 * Every story's sections in reading order, grouped once per build: filtering
 * all sections for each story was stories × sections (100 × 2,000), and
 * getSections runs for every story from several whole-site tables.
 */
const sectionsByStory = perBuild(async () => {
  const byStory = new Map<string, Awaited<ReturnType<typeof localizedCollection<'sections'>>>>();
  for (const section of await localizedCollection('sections')) {
    const { story } = sectionPlace(section.id);
    let list = byStory.get(story);
    if (!list) byStory.set(story, (list = []));
    list.push(section);
  }
  for (const [story, list] of byStory) byStory.set(story, byPosition(list));
  return byStory;
});

/** A story's sections in order, each with its rendered body and recorded mentions. */
export async function getSections(storyId: string) {
  const sections = (await sectionsByStory()).get(storyId) ?? [];
  return Promise.all(
    sections.map(async (section) => {
      const rendered = await render(section);
      return {
        id: section.id,
        slug: sectionPlace(section.id).slug,
        data: section.data,
        language: section.language,
        Content: rendered.Content,
        /** What Content shows, as data (Markdown's HTML; undefined for MDX, whose module Astro tracks): for cache keys. */
        html: section.rendered?.html,
        mentions: (rendered.remarkPluginFrontmatter.mentions ?? []) as Mention[],
        /** Source ids cited inline, in order of first citation (marker [n] is item n). */
        citations: (rendered.remarkPluginFrontmatter.citations ?? []) as string[],
        /** The section's file from the project root, for its "last updated" date. */
        filePath: section.filePath,
      };
    }),
  );
}

export type RenderedSection = Awaited<ReturnType<typeof getSections>>[number];
