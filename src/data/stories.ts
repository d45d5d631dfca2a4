/** Stories and their sections, rendered and in reading order. */
import { render } from 'astro:content';
import { localizedCollection, localizedEntry, type Localized } from './localized.ts';
import { perBuild } from './per-build.ts';
import type { Mention } from '../lib/linking/mention.ts';
import { byPosition, sectionPlace } from '../lib/story/section-order.ts';

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
 * Every story's sections in reading order, grouped once per build: each
 * story's page, scope and backlinks ask for their own, and filtering all
 * sections for each story cost stories × sections.
 */
const sectionsByStory = perBuild(async () => {
  const byStory = new Map<string, Localized<'sections'>[]>();
  for (const section of await localizedCollection('sections')) {
    const story = sectionPlace(section.id).story;
    const list = byStory.get(story);
    if (list) list.push(section);
    else byStory.set(story, [section]);
  }
  for (const [story, list] of byStory) byStory.set(story, byPosition(list));
  return byStory;
});

/** A story's sections in order, each with its rendered body and recorded mentions. */
export async function getSections(storyId: string) {
  // In dev, read afresh: the page must show the data store the dev server has loaded now (see src/tooling/content-version.ts).
  const sections = import.meta.env.PROD
    ? ((await sectionsByStory()).get(storyId) ?? [])
    : byPosition((await localizedCollection('sections')).filter((s) => sectionPlace(s.id).story === storyId));
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
