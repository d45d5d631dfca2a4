/** What one story touches: the glossary entries it mentions and the sources its sections cite. */
import { getEntry, render } from 'astro:content';
import type { StoryScope } from '../lib/claims.ts';
import type { Mention } from '../lib/mention.ts';
import { getSections } from './stories.ts';
import { perBuildKeyed } from './per-build.ts';

/** Computed once per story per build (the claims and the timeline both ask); fresh on every call in dev. */
export const getStoryScope: (storyId: string) => Promise<StoryScope> = perBuildKeyed((storyId: string) => computeScope(storyId));

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
