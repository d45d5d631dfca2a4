import { describe, expect, it } from 'vitest';
import { previewJson, previewRecords, type PreviewEntry } from '../../src/lib/client/preview-data.ts';
import { parsePreviewPayload } from '../../src/lib/client/preview-payload.ts';

const entries = new Map<string, PreviewEntry>([
  ['kn-23', { name: 'KN-23', kind: 'weapon', short: 'A North Korean short-range ballistic missile.' }],
  ['kharkiv', { name: 'Kharkiv', kind: 'place', short: 'Ukraine’s second-largest city.' }],
  ['un-resolution-1718', { name: 'UN Security Council Resolution 1718', kind: 'law', short: 'The 2006 resolution.' }],
  ['john-kirby', { name: 'John Kirby', kind: 'person', short: 'A White House spokesman.' }],
]);

describe('previewRecords', () => {
  it('returns exactly the linked ids, deduplicated and sorted by id', () => {
    const records = previewRecords(['kn-23', 'kharkiv', 'kn-23', 'kharkiv'], entries);
    expect(records.map((r) => r.id)).toEqual(['kharkiv', 'kn-23']);
  });

  it('builds the full card record: name, kind, reader-facing kind, short, href', () => {
    expect(previewRecords(['un-resolution-1718'], entries)).toEqual([
      {
        id: 'un-resolution-1718',
        name: 'UN Security Council Resolution 1718',
        kind: 'law',
        kindLabel: 'Law or resolution',
        short: 'The 2006 resolution.',
        href: '/glossary/un-resolution-1718/',
      },
    ]);
  });

  it('leaves out entries that were not linked', () => {
    const ids = previewRecords(['john-kirby'], entries).map((r) => r.id);
    expect(ids).toEqual(['john-kirby']);
    expect(previewRecords([], entries)).toEqual([]);
  });

  it('skips ids the lookup does not know', () => {
    expect(previewRecords(['nope', 'kn-23'], entries).map((r) => r.id)).toEqual(['kn-23']);
  });

  it('accepts a lookup function and a base path', () => {
    const [record] = previewRecords(['kn-23'], (id) => entries.get(id), '/explainer');
    expect(record.href).toBe('/explainer/glossary/kn-23/');
  });

  it('accepts any iterable of ids', () => {
    expect(previewRecords(new Set(['kn-23', 'kharkiv']), entries).map((r) => r.id)).toEqual(['kharkiv', 'kn-23']);
  });
});

const messages = { locale: 'en-GB', messages: { 'preview.open': 'Open page' } };

describe('previewJson', () => {
  it('escapes "<" so the text cannot close its script element', () => {
    const json = previewJson([
      { id: 'x', name: '</script><script>alert(1)</script>', kind: 'term', kindLabel: 'Term', short: '<!-- a -->', href: '/glossary/x/' },
    ], messages);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).cards[0].name).toBe('</script><script>alert(1)</script>');
    expect(JSON.parse(json).cards[0].short).toBe('<!-- a -->');
  });

  it('escapes line and paragraph separators and round-trips', () => {
    const records = previewRecords(['kharkiv'], entries).map((r) => ({ ...r, short: 'a\u2028b\u2029c' }));
    const json = previewJson(records, messages);
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ ...messages, cards: records.map(({ id, name, kindLabel, short }) => ({ id, name, kindLabel, short })) });
  });

  it('bakes only what the card shows: no kind, no address (the link has it)', () => {
    const [record] = JSON.parse(previewJson(previewRecords(['kn-23'], entries), messages)).cards;
    expect(Object.keys(record).sort()).toEqual(['id', 'kindLabel', 'name', 'short']);
  });

  it('carries the words the script shows, so the page does not', () => {
    expect(JSON.parse(previewJson([], messages))).toEqual({ ...messages, cards: [] });
  });
});

describe('parsePreviewPayload', () => {
  it('reads what previewJson writes', () => {
    const payload = JSON.parse(previewJson(previewRecords(['kn-23', 'kharkiv'], entries), messages));
    expect(parsePreviewPayload(payload)).toEqual(payload);
  });

  it('gives nothing for what is not a payload (an error page, an old array of cards), and drops malformed cards', () => {
    for (const bad of [null, 'x', 42, [], [{ id: 'a', name: 'A', kindLabel: 'Term', short: 'S' }], { cards: [] }, { locale: 'en', messages: {}, cards: {} }]) expect(parsePreviewPayload(bad)).toBeUndefined();
    expect(parsePreviewPayload({ ...messages, cards: [{ id: 'a', name: 'A', kindLabel: 'Term', short: 'S' }, { id: 'b', name: 2 }, null] })?.cards.map((c) => c.id)).toEqual(['a']);
  });
});
