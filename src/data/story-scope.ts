/**
 * What each story cites and links, and which stories each event and claim
 * belongs to (the rule is in src/lib/story/scope.ts). Computed once per build
 * for all stories together: membership weighs one story's evidence against
 * the others', and every story page and entry page asks.
 */
import { getCollection, render } from 'astro:content';
import type { Mention } from '../lib/linking/mention.ts';
import { membershipOfAll, type Membership, type StoryScope } from '../lib/story/scope.ts';
import { perBuild } from './per-build.ts';
import { getSections, getStories } from './stories.ts';
import { sitePath } from '../config/site.ts';

export type { StoryScope };

/** A story as other pages name it. */
export interface StoryLink {
  id: string;
  title: string;
  href: string;
}

export const getStoryLinks = perBuild(async (): Promise<Map<string, StoryLink>> =>
  new Map((await getStories()).map((s) => [s.id, { id: s.id, title: s.data.title, href: sitePath(`/stories/${s.id}/`) }])),
);

/** Story id → what its lede and sections cite and link, in the stories' home-page order. */
export const getStoryScopes = perBuild(async (): Promise<Map<string, StoryScope>> => {
  const scopes = new Map<string, StoryScope>();
  for (const story of await getStories()) {
    const lede = (await render(story)).remarkPluginFrontmatter;
    const sections = await getSections(story.id);
    scopes.set(story.id, {
      linked: new Set([...((lede.mentions ?? []) as Mention[]), ...sections.flatMap((s) => s.mentions)].map((m) => m.entry)),
      cited: new Set([...((lede.citations ?? []) as string[]), ...sections.flatMap((s) => [...s.citations, ...s.data.sources.map((r) => r.id)])]),
    });
  }
  return scopes;
});

/** Event id and claim id → the stories it belongs to. */
export const getMembership = perBuild(async (): Promise<{ events: Map<string, Membership>; claims: Map<string, Membership> }> => {
  const scopes = await getStoryScopes();
  const ids = (refs: ReadonlyArray<{ id: string }> | undefined) => refs?.map((r) => r.id);
  const events = (await getCollection('events')).map(({ data }) => ({ id: data.id, stories: ids(data.stories), sources: ids(data.sources)!, entries: ids(data.entries)! }));
  const claims = (await getCollection('claims')).map(({ data }) => ({ id: data.id, stories: ids(data.stories), sources: ids(data.sources)!, entries: [data.claimant.id] }));
  return { events: membershipOfAll(events, scopes), claims: membershipOfAll(claims, scopes) };
});

/** A lookup from event or claim id to the stories it belongs to, as links (read the membership once, then ask per item). */
export async function getStoriesOf(): Promise<(list: 'events' | 'claims', id: string) => StoryLink[]> {
  const [membership, links] = await Promise.all([getMembership(), getStoryLinks()]);
  return (list, id) => (membership[list].get(id)?.stories ?? []).flatMap((s) => links.get(s) ?? []);
}
