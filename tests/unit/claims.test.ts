import { describe, expect, it } from 'vitest';
import { CLAIM_GROUPS, claimsBy, groupClaims, groupOf, historyInOrder, sharedAsOf, statusLabel, type ClaimLike } from '../../src/lib/story/claims.ts';
import { claimStatuses } from '../../src/schemas/claim.ts';
import { englishT } from '../../src/i18n/translate.ts';

const claim = (id: string, status: ClaimLike['status'], date: string, claimant = 'someone') => ({ id, status, date, claimant });

describe('claim groups', () => {
  it('puts every status in exactly one group, with a text label', () => {
    for (const status of claimStatuses) {
      expect(CLAIM_GROUPS.filter((g) => g.statuses.includes(status)), status).toHaveLength(1);
      expect(statusLabel(status).length, status).toBeGreaterThan(3);
    }
  });

  it('maps confirmed and corroborated to what we know, alleged and unverified to claimed, disputed to disputed', () => {
    expect(englishT(groupOf('confirmed').heading)).toBe('What we know');
    expect(englishT(groupOf('corroborated').heading)).toBe('What we know');
    expect(englishT(groupOf('alleged').heading)).toBe('What is claimed');
    expect(englishT(groupOf('unverified').heading)).toBe('What is claimed');
    expect(englishT(groupOf('disputed').heading)).toBe('What is disputed or unconfirmed');
  });

  it('returns the three groups in page order, strongest status first, then oldest claim, then id', () => {
    const groups = groupClaims([
      claim('b-corroborated', 'corroborated', '2024-01-01'),
      claim('late-confirmed', 'confirmed', '2024-03-01'),
      claim('early-confirmed', 'confirmed', '2023-11-02'),
      claim('range', 'disputed', '2024-01-04'),
      claim('shells', 'unverified', '2023-11-01'),
      claim('said', 'alleged', '2024-02-01'),
      claim('a-corroborated', 'corroborated', '2024-01-01'),
    ]);
    expect(groups.map((g) => g.key)).toEqual(['known', 'claimed', 'disputed']);
    expect(groups[0]!.claims.map((c) => c.id)).toEqual(['early-confirmed', 'late-confirmed', 'a-corroborated', 'b-corroborated']);
    expect(groups[1]!.claims.map((c) => c.id)).toEqual(['said', 'shells']);
    expect(groups[2]!.claims.map((c) => c.id)).toEqual(['range']);
  });

  it('keeps empty groups so the caller decides, and does not mutate its input', () => {
    const input = [claim('x', 'confirmed', '2024-01-01')];
    const groups = groupClaims(input);
    expect(groups[1]!.claims).toEqual([]);
    expect(input).toHaveLength(1);
  });
});

describe('history and claimants', () => {
  it('orders history oldest first, keeping same-day steps in file order', () => {
    const steps = [
      { date: '2024-04-30', status: 'confirmed', note: 'c' },
      { date: '2024-01-05', status: 'unverified', note: 'a' },
      { date: '2024-01-05', status: 'alleged', note: 'b' },
    ];
    expect(historyInOrder(steps).map((s) => s.note)).toEqual(['a', 'b', 'c']);
  });

  it('lists the claims one entry made, oldest first, and nobody else’s', () => {
    const claims = [claim('two', 'confirmed', '2024-02-01', 'kirby'), claim('other', 'alleged', '2023-01-01', 'podolyak'), claim('one', 'disputed', '2024-01-04', 'kirby')];
    expect(claimsBy(claims, 'kirby').map((c) => c.id)).toEqual(['one', 'two']);
    expect(claimsBy(claims, 'nobody')).toEqual([]);
  });
});

describe('sharedAsOf', () => {
  it('is the date when every claim of a list was checked on it, so the list says it once', () => {
    expect(sharedAsOf([{ asOf: '2024-03-08' }, { asOf: '2024-03-08' }])).toBe('2024-03-08');
  });
  it('is undefined for dates that differ, one claim or none: each claim says its own', () => {
    expect(sharedAsOf([{ asOf: '2024-03-08' }, { asOf: '2024-03-09' }])).toBeUndefined();
    expect(sharedAsOf([{ asOf: '2024-03-08' }])).toBeUndefined();
    expect(sharedAsOf([])).toBeUndefined();
  });
});
