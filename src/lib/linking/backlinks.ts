/**
 * Inverts recorded mentions into "Mentioned in" lists: one pass over all
 * mentions, O(total mentions), never page against page.
 */
import type { Mention } from './mention.ts';
export type { Mention };

/** A page whose rendered Markdown recorded mentions. */
export interface MentioningPage<P> {
  /** What the backlink points at (a section, an entry page); passed through untouched. */
  page: P;
  mentions: readonly Mention[];
}

export interface Backlink<P> {
  page: P;
  /** Paragraph id on the page, for the deep link. */
  anchor: string;
  /** The sentence that mentions the entry. */
  sentence: string;
}

/** Map from glossary id to every place that mentions it, in page order. */
export function collectBacklinks<P>(pages: Iterable<MentioningPage<P>>): Map<string, Backlink<P>[]> {
  const byEntry = new Map<string, Backlink<P>[]>();
  for (const { page, mentions } of pages) {
    for (const { entry, anchor, sentence } of mentions) {
      let list = byEntry.get(entry);
      if (!list) byEntry.set(entry, (list = []));
      list.push({ page, anchor, sentence });
    }
  }
  return byEntry;
}

/** Both directions of "related": ids an entry lists, then ids that list it, without repeats. */
export function relatedBothWays(related: ReadonlyMap<string, readonly string[]>): Map<string, { lists: string[]; listedBy: string[] }> {
  const out = new Map<string, { lists: string[]; listedBy: string[] }>();
  for (const id of related.keys()) out.set(id, { lists: [...new Set(related.get(id))].filter((r) => r !== id), listedBy: [] });
  for (const [id, targets] of related) {
    for (const target of new Set(targets)) {
      const slot = out.get(target);
      if (slot && target !== id && !slot.lists.includes(id) && !slot.listedBy.includes(id)) slot.listedBy.push(id);
    }
  }
  return out;
}

/** A page's backlinks under the story they were found in. */
export interface StoryBacklinks<P> {
  story: string;
  links: Backlink<P>[];
}

/**
 * "Mentioned in", grouped: one group per story (in the order the backlinks
 * first name it: callers list stories in their page order), then the
 * mentions on pages outside any story, such as other entries' pages.
 */
export function groupByStory<P extends { story?: string | undefined }>(links: readonly Backlink<P>[]): { stories: StoryBacklinks<P>[]; elsewhere: Backlink<P>[] } {
  const stories = new Map<string, Backlink<P>[]>();
  const elsewhere: Backlink<P>[] = [];
  for (const link of links) {
    const story = link.page.story;
    if (story === undefined) elsewhere.push(link);
    else if (stories.has(story)) stories.get(story)!.push(link);
    else stories.set(story, [link]);
  }
  return { stories: [...stories].map(([story, group]) => ({ story, links: group })), elsewhere };
}
