/** What one story touches: the glossary entries it mentions and the sources its sections cite. */
import { getEntry, render } from 'astro:content';
import type { StoryScope } from '../lib/story/claims.ts';
import type { Mention } from '../lib/linking/mention.ts';
import { getSections } from './stories.ts';

const cache = new Map<string, Promise<StoryScope>>();

/** Computed once per story per build (the claims and the timeline both ask). */
export function getStoryScope(storyId: string): Promise<StoryScope> {
  let scope = cache.get(storyId);
  if (!scope) {
    scope = computeScope(storyId);
    cache.set(storyId, scope);
  }
  return scope;
}

async function computeScope(storyId: string): Promise<StoryScope> {
  const story = await getEntry('stories', storyId);
  const lede = story ? await render(story) : undefined;
  const sections = await getSections(storyId);
  const ledeMentions = (lede?.remarkPluginFrontmatter.mentions ?? []) as Mention[];
  return {
    mentioned: new Set([...ledeMentions, ...sections.flatMap((s) => s.mentions)].map((m) => m.entry)),
    cited: new Set(sections.flatMap((s) => s.data.sources.map((r) => r.id))),
  };
}
