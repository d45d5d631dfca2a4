import { describe, expect, it } from 'vitest';
import { compareIn } from '../../src/lib/text/collate.ts';

// Case, accents, ligatures, digits, punctuation, Cyrillic (with і, ї, є, ґ) and letters whose place differs by locale (å, ä, ö, ch).
const NAMES = [
  'apple', 'Apple', 'Äpfel', 'åsa', 'Zebra', 'zebra', 'Øresund', 'Ölund', 'œuvre', 'Oeuvre', 'Éclair', 'eclair', 'chata', 'cesta', 'hrad',
  'KN-23', 'KN 23', 'Hwasong-11', 'Hwasong 11', '9M723', '#hash', '_under', 'Київ', 'Кірбі', 'Ігнат', 'Їжак', 'Єва', 'Ґанок', 'Харків', 'Подоляк',
  'Синєгубов', 'Chubenko', 'Čubenko', 'Straße', 'Strasse', '', ' ', 'a', 'A', 'á',
];
const LOCALES = ['en-GB', 'en', 'uk', 'de-DE', 'sv', 'cs', undefined];

const sign = (n: number) => Math.sign(n);

describe('compareIn', () => {
  for (const locale of LOCALES) {
    for (const options of [{}, { sensitivity: 'base' as const }, { sensitivity: 'accent' as const }]) {
      it(`compares every pair as localeCompare does (${locale ?? 'default locale'}, ${options.sensitivity ?? 'no options'})`, () => {
        const compare = compareIn(locale, options);
        for (const a of NAMES) {
          for (const b of NAMES) {
            const expected = options.sensitivity ? a.localeCompare(b, locale, options) : a.localeCompare(b, locale);
            expect(sign(compare(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(sign(expected));
          }
        }
      });
    }
  }

  it('sorts into the same order as localeCompare', () => {
    const viaLocaleCompare = [...NAMES].sort((a, b) => a.localeCompare(b, 'sv', { sensitivity: 'base' }));
    const compare = compareIn('sv', { sensitivity: 'base' });
    expect([...NAMES].sort((a, b) => compare(a, b))).toEqual(viaLocaleCompare);
  });

  it('follows the locale and the sensitivity', () => {
    // Swedish puts å after z; English puts it with a.
    expect(compareIn('sv')('åsa', 'zebra')).toBeGreaterThan(0);
    expect(compareIn('en')('åsa', 'zebra')).toBeLessThan(0);
    expect(compareIn('en', { sensitivity: 'base' })('a', 'Á')).toBe(0);
    expect(compareIn('en')('a', 'Á')).not.toBe(0);
  });

  it('hands back one comparison per locale and options', () => {
    expect(compareIn('uk', { sensitivity: 'base' })).toBe(compareIn('uk', { sensitivity: 'base' }));
    expect(compareIn('uk')).not.toBe(compareIn('uk', { sensitivity: 'base' }));
    expect(compareIn('uk')).not.toBe(compareIn('en'));
  });
});
