/**
 * The optional blocks of a story page and when each is shown. Pure.
 *
 * Each block declares what it draws: a list (claims, events) or the story's
 * linked entries whose kind has a capability (src/kinds/): the range chart
 * draws entries whose kind provides `ranges` (and that have at least one
 * figure), the map those whose kind provides `coordinates`. No block names a
 * kind, so a new kind with a capability feeds its block without code here.
 *
 * A story's `blocks` front matter sets each block to `auto` (the default:
 * shown when the story has something in scope for it), `true` (always shown;
 * the checker warns when there is nothing to show, and the page then leaves it
 * out rather than print an empty heading) or `false` (never shown).
 */

import { kinds, type KindRegistry } from '../../kinds/registry.ts';

/** A capability a kind module may provide (see src/kinds/kind.ts). */
export type Capability = 'ranges' | 'coordinates';

/** What a block draws from: the story's claims or events, or the linked entries whose kind has a capability. */
export type BlockSource = { list: 'claims' | 'events' } | { capability: Capability };

/** The blocks, in the order the story page shows them. */
export const STORY_BLOCKS = {
  claims: { draws: { list: 'claims' } },
  rangeChart: { draws: { capability: 'ranges' } },
  map: { draws: { capability: 'coordinates' } },
  timeline: { draws: { list: 'events' } },
} as const satisfies Record<string, { draws: BlockSource }>;

export type StoryBlock = keyof typeof STORY_BLOCKS;
export const STORY_BLOCK_KEYS = Object.keys(STORY_BLOCKS) as StoryBlock[];

export type BlockSetting = 'auto' | boolean;
export type BlockSettings = Partial<Record<StoryBlock, BlockSetting>>;

/** How many items each block would show for one story. */
export type BlockCounts = Record<StoryBlock, number>;

/** Whether each block is on the page. */
export function shownBlocks(settings: BlockSettings | undefined, counts: BlockCounts): Record<StoryBlock, boolean> {
  const shown = {} as Record<StoryBlock, boolean>;
  for (const key of STORY_BLOCK_KEYS) shown[key] = (settings?.[key] ?? 'auto') !== false && counts[key] > 0;
  return shown;
}

/** Blocks a story switches on (`true`) that have nothing to show: the checker warns about each. */
export function emptyForcedBlocks(settings: BlockSettings | undefined, counts: BlockCounts): StoryBlock[] {
  return STORY_BLOCK_KEYS.filter((key) => settings?.[key] === true && counts[key] === 0);
}

/** The kinds whose entries a block draws (none for the list blocks): those that provide the block's capability. */
export function blockKinds(block: StoryBlock, registry: KindRegistry = kinds): string[] {
  const draws: BlockSource = STORY_BLOCKS[block].draws;
  if (!('capability' in draws)) return [];
  return (draws.capability === 'ranges' ? registry.withRanges : registry.withCoordinates).map((k) => k.id);
}

/** Whether a linked entry gives a block something to draw: its kind has the capability, and a range figure when it is the range chart. */
export function drawsEntry(block: StoryBlock, entry: LinkedEntry, registry: KindRegistry = kinds): boolean {
  const draws: BlockSource = STORY_BLOCKS[block].draws;
  if (!('capability' in draws)) return false;
  const kind = registry.get(entry.kind);
  if (draws.capability === 'ranges') return typeof kind?.ranges === 'function' && kind.ranges(entry.facts).length > 0;
  return typeof kind?.coordinates === 'function';
}

/** An entry a story links, as block counting sees it. */
export interface LinkedEntry {
  kind: string;
  facts: Record<string, unknown>;
}

/**
 * How many items each block would show, from the story's claims and events
 * and the entries it links. The page counts its resolved data the same way;
 * the checker uses this to warn about blocks switched on with nothing to show.
 */
export function blockCounts(lists: { claims: number; events: number }, linked: readonly LinkedEntry[], registry: KindRegistry = kinds): BlockCounts {
  const counts = {} as BlockCounts;
  for (const key of STORY_BLOCK_KEYS) {
    const draws: BlockSource = STORY_BLOCKS[key].draws;
    counts[key] = 'list' in draws ? lists[draws.list] : linked.filter((e) => drawsEntry(key, e, registry)).length;
  }
  return counts;
}
