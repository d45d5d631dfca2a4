import { describe, expect, it } from 'vitest';
import { daysBetween, RECENT_DAYS, recentUpdate, updatesNewestFirst, updateTypeLabel } from '../../src/lib/story/updates.ts';

const update = (date: string, text = `Changed on ${date}.`, type: 'update' | 'correction' = 'update') => ({ date, text, type });

describe('updatesNewestFirst', () => {
  it('sorts newest first whatever the order in the front matter', () => {
    expect(updatesNewestFirst([update('2024-01-08'), update('2024-11-04'), update('2024-03-28')]).map((u) => u.date)).toEqual(['2024-11-04', '2024-03-28', '2024-01-08']);
  });
});

describe('recentUpdate', () => {
  it('counts whole days across month ends', () => {
    expect(daysBetween('2024-01-31', '2024-03-01')).toBe(30);
  });

  it('shows the newest update when it is within 30 days of the story’s updated date', () => {
    expect(RECENT_DAYS).toBe(30);
    expect(recentUpdate([update('2024-04-30'), update('2024-11-04')], '2024-11-04')?.date).toBe('2024-11-04');
    expect(recentUpdate([update('2024-10-05')], '2024-11-04')?.date).toBe('2024-10-05');
  });

  it('shows nothing when the newest update is older than that', () => {
    expect(recentUpdate([update('2024-10-04')], '2024-11-04')).toBeUndefined();
    expect(recentUpdate([], '2024-11-04')).toBeUndefined();
  });

  it('depends on the story’s date, not the day of the build', () => {
    // A story updated long ago still shows its last update: the same commit builds the same page in any year.
    expect(recentUpdate([update('2019-06-01')], '2019-06-15')?.date).toBe('2019-06-01');
  });

  it('labels corrections as corrections', () => {
    expect(updateTypeLabel('correction')).toBe('Correction');
    expect(updateTypeLabel('update')).toBe('Update');
  });
});
