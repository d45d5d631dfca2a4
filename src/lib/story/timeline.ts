/**
 * Ordering and grouping of dated events for timelines. Pure.
 *
 * Dates keep the precision the sources give (`2024-01-02`, `2024-04`, `2019`).
 * A date known only to the month sorts before the days of that month
 * ("April 2024" before "30 April 2024"): the reader meets the vaguer,
 * containing period first, and the order is the same on every build.
 */
import { compareDates } from './dates.ts';

export interface Dated {
  id: string;
  date: string;
}

/**
 * Oldest first; events on the same date by id. Astro's collections do not keep
 * the order of items in events.yaml, so file order cannot be the tie-break;
 * the id is stable whatever the loader does.
 */
export function sortEvents<T extends Dated>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface YearGroup<T> {
  year: string;
  events: T[];
}

/** Sorted events in runs by year, oldest year first. */
export function groupByYear<T extends Dated>(events: readonly T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const event of sortEvents(events)) {
    const year = event.date.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

/** The events that involve one glossary entry, oldest first. */
export function eventsInvolving<T extends Dated & { entries: readonly string[] }>(events: readonly T[], entryId: string): T[] {
  return sortEvents(events.filter((e) => e.entries.includes(entryId)));
}
