/** Properties of Ukrainian matching over every generated form of the fixture glossary (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLocalizedTermMatcher, localizedTermSources } from '../../src/lib/linking/localized-terms.ts';
import { readUkGlossary } from '../bench/uk-linking-set.ts';

const glossary = readUkGlossary();
const matcher = buildLocalizedTermMatcher(glossary, { lang: 'uk' });
const sources = localizedTermSources(glossary, { lang: 'uk' });

// Forms that belong to one entry only (a form two entries share is dropped by design).
const owners = new Map<string, Set<string>>();
for (const s of sources) {
  for (const surface of [s.name, ...s.aliases, ...(s.forms ?? []).map((f) => f.form)]) {
    const key = surface.toLowerCase();
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(s.id);
  }
}
const unique = sources.flatMap((s) =>
  [s.name, ...s.aliases, ...(s.forms ?? []).map((f) => f.form)]
    .filter((f) => owners.get(f.toLowerCase())!.size === 1)
    .map((form) => ({ id: s.id, form })),
);
const LETTERS = [...'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'];
const CONTEXT = ['Слово', 'тут', 'і', 'про', 'саме', '—', '(', ')', ',', '«', '»'];

describe('every generated form', () => {
  it('is found whole, with its entry, between neutral words and punctuation', () => {
    expect(unique.length).toBeGreaterThan(500);
    fc.assert(
      fc.property(fc.constantFrom(...unique), fc.constantFrom(...CONTEXT), fc.constantFrom(...CONTEXT), ({ id, form }, before, after) => {
        const text = `${before} ${form} ${after}`;
        const found = matcher.find(text);
        expect(found.map((m) => [m.id, m.text])).toEqual([[id, form]]);
      }),
      { numRuns: 400 },
    );
  });

  it('never matches inside a longer word (a letter or an apostrophe and a letter glued on either side)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...unique),
        fc.constantFrom(...LETTERS),
        fc.constantFrom('', '’', "'"),
        fc.boolean(),
        ({ form }, letter, apostrophe, atEnd) => {
          const word = atEnd ? `${form}${apostrophe}${letter}` : `${letter}${apostrophe}${form}`;
          const text = `Слово ${word} тут`;
          const start = text.indexOf(word);
          // The one token that got the extra letter: a multi-word or hyphenated form has others, which
          // may match alone (a hyphen is a word boundary by design: Іскандер-Ма still names Іскандер).
          const cut = [...word.matchAll(/[ -]/g)].map((x) => x.index!);
          const tokenStart = atEnd ? start + (cut.length ? cut[cut.length - 1]! + 1 : 0) : start;
          const tokenEnd = atEnd ? start + word.length : start + (cut.length ? cut[0]! : word.length);
          for (const m of matcher.find(text)) {
            // A match may cover that token whole (when the longer word is itself a form), never part of it.
            if (m.end > tokenStart && m.start < tokenEnd) {
              expect(m.start <= tokenStart && m.end >= tokenEnd, `${m.text} in ${text}`).toBe(true);
            }
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});
