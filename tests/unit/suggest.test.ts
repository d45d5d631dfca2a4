/**
 * "Did you mean …?" suggests only likely typos: an id left behind after its
 * entry was deleted must not be pointed at an unrelated one.
 */
import { describe, expect, it } from 'vitest';
import { closestId, editDistance } from '../../src/lib/text/suggest.ts';

describe('closestId', () => {
  it.each([
    ['persn', ['person', 'place', 'story'], 'person'],
    ['arch-brige', ['arch-bridge', 'millbrook'], 'arch-bridge'],
    ['town-counsel', ['town-council', 'town-hall'], 'town-council'],
    ['council-minutes-2002', ['council-minutes-2020', 'atlas-millbrook'], 'council-minutes-2020'],
    ['council-minutes-2021', ['council-minutes-2020'], 'council-minutes-2020'],
    ['north-korean-missiles', ['north-korean-missiles-ukraine', 'other-story'], 'north-korean-missiles-ukraine'],
    ['aliasses', ['aliases', 'autolink'], 'aliases'],
  ])('suggests %s → %s', (wanted, candidates, expected) => {
    expect(closestId(wanted, candidates)).toBe(expected);
  });

  it.each([
    // A deleted resolution is not another resolution with other numbers.
    ['un-resolution-1718', ['un-resolution-1874', 'un-security-council']],
    // A deleted one-word place is not a longer name that starts with it, nor a short one nearby.
    ['kharkiv', ['kharkiv-oblast', 'kyiv', 'kursk-oblast']],
    ['un', ['un-panel-of-experts', 'un-security-council']],
    // Nothing of the kind exists.
    ['recipe', ['term', 'weapon', 'person', 'organization', 'place', 'law', 'event', 'story', 'section', 'source', 'site']],
    ['my-first-story', ['river-bridge']],
  ])('suggests nothing for %s', (wanted, candidates) => {
    expect(closestId(wanted, candidates)).toBeNull();
  });

  it('suggests nothing from no candidates', () => {
    expect(closestId('anything', [])).toBeNull();
  });

  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
