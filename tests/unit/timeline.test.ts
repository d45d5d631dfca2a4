import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/story/dates.ts';
import { eventsInvolving, groupByYear, sortEvents } from '../../src/lib/story/timeline.ts';

const event = (id: string, date: string, entries: string[] = []) => ({ id, date, entries });

describe('sortEvents', () => {
  it('sorts oldest first across day, month and year precision; a month comes before its days', () => {
    const sorted = sortEvents([
      event('panel-mandate-ends', '2024-04-30'),
      event('panel-report', '2024-04'),
      event('kn-23', '2019'),
      event('kharkiv', '2024-01-02'),
      event('embargo', '2006-10-14'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['embargo', 'kn-23', 'kharkiv', 'panel-report', 'panel-mandate-ends']);
  });

  it('orders same-date events by id, whatever order they arrive in', () => {
    const sorted = sortEvents([event('b', '2024-01-05'), event('a', '2024-01-05'), event('c', '2024-01-04')]);
    expect(sorted.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('groupByYear', () => {
  it('groups sorted events into runs by year', () => {
    const groups = groupByYear([event('x', '2024-01-02'), event('y', '2019-05-04'), event('z', '2024-04'), event('w', '2019')]);
    expect(groups.map((g) => [g.year, g.events.map((e) => e.id)])).toEqual([
      ['2019', ['w', 'y']],
      ['2024', ['x', 'z']],
    ]);
  });

  it('returns nothing for no events', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('events for an entry and a story', () => {
  it('finds the events that involve an entry, in date order', () => {
    const events = [event('late', '2024-03-28', ['russia']), event('early', '2006-10-14', ['russia', 'north-korea']), event('other', '2019', ['kn-23'])];
    expect(eventsInvolving(events, 'russia').map((e) => e.id)).toEqual(['early', 'late']);
    expect(eventsInvolving(events, 'kyiv')).toEqual([]);
  });
});

describe('formatDate keeps the precision of the source', () => {
  it('writes a month as "November 2023" and a day as "2 January 2024"', () => {
    expect(formatDate('2023-11', 'en-GB')).toBe('November 2023');
    expect(formatDate('2024-01-02', 'en-GB')).toBe('2 January 2024');
    expect(formatDate('2019', 'en-GB')).toBe('2019');
  });
});
