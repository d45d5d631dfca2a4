/**
 * Everything a story page's optional blocks show, scoped to that story:
 * its claims and events (src/lib/story/scope.ts), the entries with ranges and
 * with coordinates it links (a kind's capabilities, src/kinds/), and which blocks are on (src/lib/story/blocks.ts). Computed once per
 * build for every story (fresh in dev); pages receive their story's value as
 * a prop, so a page's output is a function of its props.
 */
import { blockCounts, blockKinds, shownBlocks, type BlockCounts, type StoryBlock } from '../lib/story/blocks.ts';
import { getClaims, type Claim } from './claims.ts';
import { getEvents, type TimelineEvent } from './events.ts';
import { getGlossary } from './glossary.ts';
import { getMapPlaces, type PlaceData } from './map-places.ts';
import { perBuild } from './per-build.ts';
import { getStoryScopes } from './story-scope.ts';
import { getStories } from './stories.ts';
import { getRanges, type EntryRanges } from './ranges.ts';

export interface StoryBlocks {
  claims: Claim[];
  events: TimelineEvent[];
  /** The entries with ranges the story links (the range chart draws those with figures). */
  weapons: EntryRanges[];
  /** The entries with coordinates the story links. */
  places: PlaceData[];
  /** How many items each block would show. */
  counts: BlockCounts;
  /** Which blocks the page shows. */
  shown: Record<StoryBlock, boolean>;
}

/** Story id → its blocks. */
export const getStoryBlocks = perBuild(async (): Promise<Map<string, StoryBlocks>> => {
  const [stories, scopes, claims, events, glossary, weapons, places] = await Promise.all([
    getStories(),
    getStoryScopes(),
    getClaims(),
    getEvents(),
    getGlossary(),
    getRanges(),
    getMapPlaces(),
  ]);
  const out = new Map<string, StoryBlocks>();
  // By id, so each story looks up what it links instead of filtering the whole glossary (what is read below does not depend on the order).
  const byId = new Map(glossary.map((e) => [e.id, e]));
  for (const story of stories) {
    const scope = scopes.get(story.id)!;
    const linked = [...scope.linked].flatMap((id) => byId.get(id) ?? []);
    // The entries this story links whose kind feeds the block.
    const linkedOfKind = (block: StoryBlock) => new Set(linked.filter((e) => blockKinds(block).includes(e.data.kind)).map((e) => e.id));
    const rangeChart = linkedOfKind('rangeChart');
    const map = linkedOfKind('map');
    const mine = {
      claims: claims.filter((c) => c.stories.some((s) => s.id === story.id)),
      events: events.filter((e) => e.stories.some((s) => s.id === story.id)),
      weapons: weapons.filter((w) => rangeChart.has(w.id)),
      places: places.filter((p) => map.has(p.id)),
    };
    const counts = blockCounts({ claims: mine.claims.length, events: mine.events.length }, linked.map((e) => ({ kind: e.data.kind, facts: e.data.facts })));
    out.set(story.id, { ...mine, counts, shown: shownBlocks(story.data.blocks, counts) });
  }
  return out;
});
