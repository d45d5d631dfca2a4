/**
 * The items of the updates feed: each story when it was first published and
 * each entry of its "Updates and corrections" log, newest first. Pure.
 */
import { updatesNewestFirst, updateTypeLabel, type StoryUpdate } from '../story/updates.ts';
import { englishT, type Translate } from '../../i18n/translate.ts';

export interface FeedStory {
  id: string;
  title: string;
  dek: string;
  published: string;
  updates: readonly StoryUpdate[];
}

export interface FeedItem {
  title: string;
  description: string;
  /** Site path with a fragment for updates; feed readers use it as the item's id, so each is unique. */
  path: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

/**
 * The anchor of one update on the story page: `update-2024-01-08`, then
 * `update-2024-01-08-2` for a second update on the same day (in log order).
 */
export function updateAnchor(date: string, sameDayIndex = 0): string {
  return sameDayIndex === 0 ? `update-${date}` : `update-${date}-${sameDayIndex + 1}`;
}

/** Each update with its anchor, in the log's newest-first order. */
export function anchoredUpdates<T extends { date: string }>(updates: readonly T[]): Array<T & { anchor: string }> {
  const perDay = new Map<string, number>();
  return updatesNewestFirst(updates).map((update) => {
    const n = perDay.get(update.date) ?? 0;
    perDay.set(update.date, n + 1);
    return { ...update, anchor: updateAnchor(update.date, n) };
  });
}

export function feedItems(stories: readonly FeedStory[], t: Translate = englishT): FeedItem[] {
  const items: Array<FeedItem & { rank: number }> = [];
  for (const story of stories) {
    const path = `/stories/${story.id}/`;
    items.push({ title: story.title, description: story.dek, path, date: story.published, rank: 1 });
    for (const update of anchoredUpdates(story.updates)) {
      items.push({
        title: t('feed.updateTitle', { type: updateTypeLabel(update.type, t), title: story.title }),
        description: update.text,
        path: `${path}#${update.anchor}`,
        date: update.date,
        // On the day a story is published, its updates came after it.
        rank: 0,
      });
    }
  }
  // Stable sort: same-day updates keep the log's order.
  return items.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.rank - b.rank)).map(({ rank: _rank, ...item }) => item);
}
