import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { itemDigest } from '../../src/lib/check/translation-digest.ts';
import { listTranslation } from '../../src/tooling/translation-scaffold.ts';

const originals = [
  { id: 'flood-begins', date: '2024-03-01', title: 'The river floods the old town', stories: ['flood'] },
  { id: 'bulletin', date: '2024-03-02', title: 'The council publishes a bulletin', stories: ['flood'] },
];
const before = { ...originals[0]!, stories: ['other'] };
const translation = `- id: flood-begins
  translated: 2024-03-09
  original: ${itemDigest(before)}
  title: Річка затоплює старе місто

- id: bulletin
  translated: 2024-03-09
  original: ${itemDigest(originals[1])}
  title: Рада публікує бюлетень
`;

describe('listTranslation --refresh', () => {
  it('brings only the items whose original changed up to date, and keeps the others as they were', () => {
    const { text, refreshed } = listTranslation('events', originals, translation, '2024-04-01', {});
    expect(refreshed).toBe(1);
    const items = parse(text) as Array<Record<string, unknown>>;
    expect(items[0]).toMatchObject({ id: 'flood-begins', translated: '2024-04-01', original: itemDigest(originals[0]) });
    expect(items[1]).toMatchObject({ id: 'bulletin', translated: '2024-03-09', original: itemDigest(originals[1]) });
  });
});
