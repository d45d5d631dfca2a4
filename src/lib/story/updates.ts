/**
 * A story's "Updates and corrections" log. Pure.
 *
 * "Recent" is measured from the story's own `updated` date, not from the day
 * the site is built: a build of the same commit next year must produce the
 * same page (reproducible builds, stable tests), and an editor who sets
 * `updated` is saying when the story last changed. An update counts as recent
 * when it is dated no more than RECENT_DAYS before `updated` (or after it).
 */
import { compareDates } from './dates.ts';
import { englishT, type Translate } from '../../i18n/translate.ts';

export const RECENT_DAYS = 30;

export interface StoryUpdate {
  date: string;
  text: string;
  type: 'update' | 'correction';
}

/** Newest first; same-day entries keep their order in the front matter. */
export function updatesNewestFirst<T extends { date: string }>(updates: readonly T[]): T[] {
  return updates
    .map((update, i) => ({ update, i }))
    .sort((a, b) => compareDates(b.update.date, a.update.date) || a.i - b.i)
    .map(({ update }) => update);
}

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** The newest update when it is within `days` of the story's `updated` date; otherwise none. */
export function recentUpdate<T extends { date: string }>(updates: readonly T[], updated: string, days = RECENT_DAYS): T | undefined {
  const latest = updatesNewestFirst(updates)[0];
  if (!latest) return undefined;
  // An update dated after `updated` is an editing slip, but still news: show it.
  return daysBetween(latest.date, updated) <= days ? latest : undefined;
}

export function updateTypeLabel(type: StoryUpdate['type'], t: Translate = englishT): string {
  return t(type === 'correction' ? 'updates.type.correction' : 'updates.type.update');
}

/**
 * The date a story page shows as "Last updated": the latest of the story's
 * own `updated` field and the dates in its log, all from content. A
 * repository commit date is never news: fixing a typo must not make a story
 * from 2024 look current.
 */
export function storyLastUpdated(story: { updated: string; updates: ReadonlyArray<{ date: string }> }): string {
  return story.updates.reduce((latest, u) => (u.date > latest ? u.date : latest), story.updated);
}
