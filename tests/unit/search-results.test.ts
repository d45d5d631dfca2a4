/** Pagefind results become search items: kind labels, story sections as their own results, excerpts that can only highlight. */
import { describe, expect, it } from 'vitest';
import { excerptParts, resultSummary, toSearchItems, type PagefindResultData } from '../../src/lib/client/search-results.ts';
import { bakedTranslator } from '../../src/lib/client/messages.ts';
import { en } from '../../src/i18n/en.ts';

describe('excerptParts', () => {
  it('keeps Pagefind highlights as marked runs', () => {
    expect(excerptParts('the <mark>KN-23</mark> missile')).toEqual([
      { text: 'the ', mark: false },
      { text: 'KN-23', mark: true },
      { text: ' missile', mark: false },
    ]);
  });

  it('never turns page text into markup', () => {
    // Pagefind escapes < and > in page text; anything that still looks like a tag is text to us.
    const parts = excerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; <b>bold</b> <mark>x</mark> <img src=x onerror=alert(1)>');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['x']);
    expect(parts.map((p) => p.text).join('')).toBe('a <script>alert(1)</script> <b>bold</b> x <img src=x onerror=alert(1)>');
  });

  it('treats an unclosed mark as running to the end, and an empty excerpt as nothing', () => {
    expect(excerptParts('<mark>open')).toEqual([{ text: 'open', mark: true }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('toSearchItems', () => {
  const entry: PagefindResultData = {
    url: '/glossary/kn-23/',
    excerpt: 'Also written: <mark>Hwasong-11</mark>',
    meta: { title: 'KN-23', kind: 'Weapon' },
    sub_results: [{ title: 'Background', url: '/glossary/kn-23/#background', excerpt: 'x', anchor: { id: 'background', element: 'h2' } }],
  };

  it('lists a glossary entry once, with its kind', () => {
    expect(toSearchItems(entry)).toEqual([
      { kind: 'Weapon', title: 'KN-23', url: '/glossary/kn-23/', excerpt: [{ text: 'Also written: ', mark: false }, { text: 'Hwasong-11', mark: true }] },
    ]);
  });

  it('falls back to a generic kind and the URL when a page has no meta', () => {
    expect(toSearchItems({ url: '/x/', excerpt: '', meta: {} }, 3, 'Page')[0]).toMatchObject({ kind: 'Page', title: '/x/' });
  });

  it('lists a story by its best-matching sections', () => {
    const story: PagefindResultData = {
      url: '/stories/s/',
      excerpt: 'page',
      meta: { title: 'The story', kind: 'Story', sections: 'Story section' },
      sub_results: [
        { title: 'The story', url: '/stories/s/', excerpt: 'lede', weighted_locations: [{ balanced_score: 1 }] },
        { title: 'One', url: '/stories/s/#one', excerpt: 'one', anchor: { id: 'one', element: 'h2' }, weighted_locations: [{ balanced_score: 2 }] },
        { title: 'Two', url: '/stories/s/#two', excerpt: 'two', anchor: { id: 'two', element: 'h2' }, weighted_locations: [{ balanced_score: 9 }] },
        { title: 'Three', url: '/stories/s/#three', excerpt: 'three', anchor: { id: 'three', element: 'h2' } },
      ],
    };
    expect(toSearchItems(story).map(({ kind, title, url }) => ({ kind, title, url }))).toEqual([
      { kind: 'Story section', title: 'Two', url: '/stories/s/#two' },
      { kind: 'Story section', title: 'One', url: '/stories/s/#one' },
      { kind: 'Story', title: 'The story', url: '/stories/s/' },
    ]);
    expect(toSearchItems(story, 1)).toHaveLength(1);
  });
});

describe('resultSummary', () => {
  it('counts pages, in words a screen reader can announce', () => {
    const t = bakedTranslator(JSON.stringify({ locale: 'en-GB', messages: en }));
    expect(resultSummary('KN-23', 0, t)).toBe('No results for “KN-23”.');
    expect(resultSummary('KN-23', 1, t)).toBe('1 page matches “KN-23”.');
    expect(resultSummary('KN-23', 5, t)).toBe('5 pages match “KN-23”.');
  });
});
