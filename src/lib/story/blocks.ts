/**
 * The optional blocks of a story page and when each is shown. Pure.
 *
 * Each block declares what it draws: a list (claims, events) or the story's
 * linked entries of one kind (the range chart draws weapons, the map draws
 * places). That tie lives here and nowhere else, so a kind module can take
 * it over without the pages changing.
 *
 * A story's `blocks` front matter sets each block to `auto` (the default:
 * shown when the story has something in scope for it), `true` (always shown;
 * the checker warns when there is nothing to show, and the page then leaves it
 * out rather than print an empty heading) or `false` (never shown).
 */

/**
 * What a block draws from: the story's claims or events, or the entries of
 * one kind that the story links, counting only those whose facts give the
 * block something to draw (`drawable`; default: every such entry).
 */
export type BlockSource = { list: 'claims' | 'events' } | { kind: string; drawable?: (facts: Record<string, unknown>) => boolean };

/** The blocks, in the order the story page shows them. */
export const STORY_BLOCKS = {
  claims: { draws: { list: 'claims' } },
  rangeChart: { draws: { kind: 'weapon', drawable: (facts) => Array.isArray(facts.ranges) && facts.ranges.length > 0 } },
  map: { draws: { kind: 'place' } },
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

/** The kind of entry a block draws, if it draws entries. */
export function blockKind(block: StoryBlock): string | undefined {
  const draws: BlockSource = STORY_BLOCKS[block].draws;
  return 'kind' in draws ? draws.kind : undefined;
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
export function blockCounts(lists: { claims: number; events: number }, linked: readonly LinkedEntry[]): BlockCounts {
  const counts = {} as BlockCounts;
  for (const key of STORY_BLOCK_KEYS) {
    const draws: BlockSource = STORY_BLOCKS[key].draws;
    counts[key] = 'list' in draws ? lists[draws.list] : linked.filter((e) => e.kind === draws.kind && (draws.drawable?.(e.facts) ?? true)).length;
  }
  return counts;
}
