/**
 * Which stories an event or claim belongs to (src/lib/story/scope.ts), and
 * which story blocks are shown (src/lib/story/blocks.ts). Pure: made-up ids.
 */
import { describe, expect, it } from 'vitest';
import { membershipOf, membershipOfAll, type Scopable, type StoryScope } from '../../src/lib/story/scope.ts';
import { blockCounts, blockKinds, emptyForcedBlocks, shownBlocks, STORY_BLOCK_KEYS } from '../../src/lib/story/blocks.ts';
import { storyBlocksSchema, storySchema } from '../../src/schemas/story.ts';
import { groupByStory } from '../../src/lib/linking/backlinks.ts';
import { linkableTexts } from '../../src/lib/linking/linkable.ts';

const scope = (linked: string[], cited: string[]): StoryScope => ({ linked: new Set(linked), cited: new Set(cited) });

/** Two overlapping stories: both link the country and the council, both cite the communique. */
const TWO = new Map([
  ['test', scope(['country', 'council', 'missile', 'spokesperson'], ['gazette', 'communique'])],
  ['talks', scope(['country', 'council', 'city', 'negotiator'], ['minutes', 'communique', 'radio'])],
]);
const item = (id: string, sources: string[], entries: string[], stories?: string[]): Scopable => ({ id, sources, entries, ...(stories ? { stories } : {}) });
const storiesOf = (i: Scopable, scopes = TWO) => membershipOf(i, scopes).stories;

describe('an explicit stories list', () => {
  it('is the whole answer, whatever the stories cite or link', () => {
    expect(storiesOf(item('a', ['gazette'], ['missile'], ['talks']))).toEqual(['talks']);
    expect(storiesOf(item('b', ['nothing-cited'], [], ['talks', 'test']))).toEqual(['test', 'talks']);
  });

  it('may be empty, keeping the item out of every story', () => {
    expect(storiesOf(item('c', ['gazette'], ['missile'], []))).toEqual([]);
  });

  it('places nothing for an unknown story id (the checker names it)', () => {
    expect(storiesOf(item('d', ['gazette'], [], ['no-such-story']))).toEqual([]);
  });

  it('records why', () => {
    expect(membershipOf(item('e', [], [], ['test']), TWO).reasons.get('test')).toBe('explicit');
  });
});

describe('the default rule', () => {
  it('places an item in the story that cites a source no other story cites', () => {
    const m = membershipOf(item('a', ['gazette'], []), TWO);
    expect(m.stories).toEqual(['test']);
    expect(m.reasons.get('test')).toBe('own-source');
  });

  it('counts a source cited only inline like one in a section list (the scope holds both)', () => {
    expect(storiesOf(item('radio-event', ['radio'], []))).toEqual(['talks']);
  });

  it('places an item in the story that links an entry no other story links', () => {
    const m = membershipOf(item('b', ['uncited'], ['country', 'negotiator']), TWO);
    expect(m.stories).toEqual(['talks']);
    expect(m.reasons.get('talks')).toBe('own-entry');
  });

  it('never places an item only because both stories link a shared entry such as a country', () => {
    expect(storiesOf(item('c', ['uncited'], ['country', 'council']))).toEqual([]);
  });

  it('does not follow a shared source alone into a story that does not link the item’s entries', () => {
    // Only "test" links the spokesperson: own evidence for "test"; "talks" cites the communique but links nobody involved.
    expect(storiesOf(item('d', ['communique'], ['spokesperson']))).toEqual(['test']);
  });

  it('takes a shared source together with a shared entry as evidence, in each story that has both', () => {
    const m = membershipOf(item('e', ['communique'], ['country']), TWO);
    expect(m.stories).toEqual(['test', 'talks']);
    expect([...m.reasons.values()]).toEqual(['source-and-entry', 'source-and-entry']);
  });

  it('adds a story with own evidence to one with a shared source and entry', () => {
    expect(storiesOf(item('f', ['communique'], ['council', 'missile']))).toEqual(['test', 'talks']);
  });

  it('falls back to every citing story when no story has own evidence or a source and an entry', () => {
    const m = membershipOf(item('g', ['communique'], ['nobody-links-this']), TWO);
    expect(m.stories).toEqual(['test', 'talks']);
    expect(m.reasons.get('talks')).toBe('shared-source');
  });

  it('reduces to "cites one of its sources or links one of its entries" on a one-story site', () => {
    const one = new Map([['only', scope(['country'], ['communique'])]]);
    expect(storiesOf(item('h', ['communique'], []), one)).toEqual(['only']);
    expect(storiesOf(item('i', ['uncited'], ['country']), one)).toEqual(['only']);
    expect(storiesOf(item('j', ['uncited'], ['elsewhere']), one)).toEqual([]);
  });

  it('lists stories in the order the scopes give, not the order the evidence was found', () => {
    expect(storiesOf(item('k', ['minutes', 'gazette'], []))).toEqual(['test', 'talks']);
  });
});

describe('membership of many items', () => {
  it('matches one-by-one membership, by item id', () => {
    const items = [item('x', ['gazette'], []), item('y', ['minutes'], []), item('z', ['communique'], ['country'])];
    const all = membershipOfAll(items, TWO);
    expect([...all.keys()]).toEqual(['x', 'y', 'z']);
    for (const i of items) expect(all.get(i.id)!.stories).toEqual(storiesOf(i));
    expect(items.filter((i) => all.get(i.id)!.stories.includes('talks')).map((i) => i.id)).toEqual(['y', 'z']);
  });
});

describe('story blocks', () => {
  const counts = { claims: 2, rangeChart: 0, map: 3, timeline: 0 };

  it('shows a block by default only when it has something to show', () => {
    expect(shownBlocks(undefined, counts)).toEqual({ claims: true, rangeChart: false, map: true, timeline: false });
    expect(shownBlocks({ claims: 'auto' }, counts).claims).toBe(true);
  });

  it('hides a block set to false even when it has something', () => {
    expect(shownBlocks({ claims: false, map: false }, counts)).toEqual({ claims: false, rangeChart: false, map: false, timeline: false });
  });

  it('leaves out a block set to true that has nothing, and reports it for the checker', () => {
    expect(shownBlocks({ rangeChart: true, map: true }, counts)).toMatchObject({ rangeChart: false, map: true });
    expect(emptyForcedBlocks({ rangeChart: true, map: true, timeline: false }, counts)).toEqual(['rangeChart']);
    expect(emptyForcedBlocks(undefined, counts)).toEqual([]);
  });

  it('ties the range chart and the map to the kinds that provide ranges and coordinates (src/kinds/)', () => {
    expect(blockKinds('rangeChart')).toEqual(['weapon']);
    expect(blockKinds('map')).toEqual(['place']);
    expect(blockKinds('claims')).toEqual([]);
    const linked = [
      { kind: 'weapon', facts: { ranges: [{ km: 450 }] } },
      { kind: 'weapon', facts: { ranges: [] } },
      { kind: 'place', facts: {} },
      { kind: 'person', facts: {} },
    ];
    expect(blockCounts({ claims: 1, events: 4 }, linked)).toEqual({ claims: 1, rangeChart: 1, map: 1, timeline: 4 });
  });

  it('has a documented schema field for every block, defaulting to auto', () => {
    expect(Object.keys(storyBlocksSchema.shape).sort()).toEqual([...STORY_BLOCK_KEYS].sort());
    expect(storyBlocksSchema.parse({})).toEqual({ claims: 'auto', rangeChart: 'auto', map: 'auto', timeline: 'auto' });
    expect(storyBlocksSchema.safeParse({ map: 'yes' }).success).toBe(false);
    expect(storyBlocksSchema.safeParse({ sidebar: true }).success).toBe(false);
    const story = {
      title: 'A headline long enough',
      dek: 'A standfirst long enough to pass.',
      published: '2024-01-01',
      updated: '2024-01-02',
      status: 'settled',
      keyPoints: ['One point here.', 'Two point here.', 'Three point here.'],
      summary: 'A summary that is long enough to pass the schema check.',
    };
    expect(storySchema.parse(story).blocks).toEqual({ claims: 'auto', rangeChart: 'auto', map: 'auto', timeline: 'auto' });
    expect(storySchema.parse({ ...story, blocks: { map: false } }).blocks.map).toBe(false);
  });
});

describe('"Mentioned in" by story', () => {
  const link = (story: string | undefined, anchor: string) => ({ page: { story, title: anchor }, anchor, sentence: `Sentence ${anchor}.` });

  it('groups backlinks under their story in first-seen order, keeping each story’s order, and puts pages outside stories last', () => {
    const grouped = groupByStory([link('b', 'b1'), link(undefined, 'e1'), link('a', 'a1'), link('b', 'b2'), link(undefined, 'e2')]);
    expect(grouped.stories.map((g) => [g.story, g.links.map((l) => l.anchor)])).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1']],
    ]);
    expect(grouped.elsewhere.map((l) => l.anchor)).toEqual(['e1', 'e2']);
  });

  it('gives no groups for no backlinks', () => {
    expect(groupByStory([])).toEqual({ stories: [], elsewhere: [] });
  });
});

describe('where the linker may link', () => {
  it('skips headings, links and code, as the linker does', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'heading', children: [{ type: 'text', value: 'in a heading' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'plain' }, { type: 'link', children: [{ type: 'text', value: 'in a link' }] }, { type: 'inlineCode', value: 'code' }, { type: 'emphasis', children: [{ type: 'text', value: 'emphasised' }] }] },
      ],
    };
    expect(linkableTexts(tree)).toEqual(['plain', 'emphasised']);
  });
});
