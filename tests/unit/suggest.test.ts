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
    ['river-bridge-closure', ['river-bridge-closure-plans', 'other-story'], 'river-bridge-closure-plans'],
    ['aliasses', ['aliases', 'autolink'], 'aliases'],
  ])('suggests %s → %s', (wanted, candidates, expected) => {
    expect(closestId(wanted, candidates)).toBe(expected);
  });

  it.each([
    // A deleted bylaw is not another bylaw with other numbers.
    ['council-bylaw-1718', ['council-bylaw-1874', 'council-chamber']],
    // A deleted one-word place is not a longer name that starts with it, nor a short one nearby.
    ['lakeport', ['lakeport-district', 'lanark', 'larch-district']],
    ['tc', ['tc-planning-board', 'tc-harbour-office']],
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
