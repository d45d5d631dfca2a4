/**
 * Properties of the default membership rule (src/lib/story/scope.ts) over
 * random sites: up to four stories citing and linking from small pools of
 * ids, and items drawing their sources and entries from the same pools.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { membershipOf, type Scopable, type StoryScope } from '../../src/lib/story/scope.ts';

const SOURCES = ['s1', 's2', 's3', 's4', 's5'];
const ENTRIES = ['e1', 'e2', 'e3', 'e4', 'e5'];
const subset = (pool: string[]) => fc.uniqueArray(fc.constantFrom(...pool), { maxLength: pool.length });

const scopes = fc
  .array(fc.record({ linked: subset(ENTRIES), cited: subset(SOURCES) }), { minLength: 1, maxLength: 4 })
  .map((list) => new Map(list.map((s, i): [string, StoryScope] => [`story-${i}`, { linked: new Set(s.linked), cited: new Set(s.cited) }])));
const item = fc.record({ sources: subset(SOURCES).filter((s) => s.length > 0), entries: subset(ENTRIES) }).map((i): Scopable => ({ id: 'x', ...i }));

const cites = (scope: StoryScope, i: Scopable) => i.sources.some((s) => scope.cited.has(s));
const links = (scope: StoryScope, i: Scopable) => i.entries.some((e) => scope.linked.has(e));

describe('the default membership rule, on random sites', () => {
  it('only places an item in a story that cites one of its sources or links one of its entries', () => {
    fc.assert(
      fc.property(scopes, item, (all, i) => {
        for (const story of membershipOf(i, all).stories) expect(cites(all.get(story)!, i) || links(all.get(story)!, i)).toBe(true);
      }),
    );
  });

  it('never places an item through entries that other stories link too, without a citation', () => {
    fc.assert(
      fc.property(scopes, item, (all, i) => {
        for (const story of membershipOf(i, all).stories) {
          const scope = all.get(story)!;
          if (cites(scope, i)) continue;
          // Linked only: one of the linked entries must be this story's alone.
          const own = i.entries.filter((e) => scope.linked.has(e) && [...all].every(([other, s]) => other === story || !s.linked.has(e)));
          expect(own.length, story).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('always places an item that some story cites in at least one story', () => {
    fc.assert(
      fc.property(scopes, item, (all, i) => {
        if ([...all.values()].some((s) => cites(s, i))) expect(membershipOf(i, all).stories.length).toBeGreaterThan(0);
      }),
    );
  });

  it('on a one-story site, is exactly "cites one of its sources or links one of its entries"', () => {
    fc.assert(
      fc.property(scopes, item, (all, i) => {
        const [first] = all;
        const one = new Map([first!]);
        expect(membershipOf(i, one).stories.length === 1).toBe(cites(first![1], i) || links(first![1], i));
      }),
    );
  });

  it('gives an explicit list precedence over every piece of evidence', () => {
    fc.assert(
      fc.property(scopes, item, fc.integer({ min: 0, max: 3 }), (all, i, pick) => {
        const chosen = [...all.keys()].filter((_, n) => n === pick % all.size);
        expect(membershipOf({ ...i, stories: chosen }, all).stories).toEqual(chosen);
      }),
    );
  });
});
