/** The Hunspell-backed inflector (src/tooling/uk-hunspell.ts) on the real dictionary-uk files. */
import { describe, expect, it } from 'vitest';
import { firstKnown } from '../../src/lib/linking/inflection.ts';
import { buildLocalizedTermMatcher } from '../../src/lib/linking/localized-terms.ts';
import { ukrainianRules } from '../../src/lib/linking/uk-declension.ts';
import { hunspellInflector, readUkrainianDictionary } from '../../src/tooling/uk-hunspell.ts';

const inflect = hunspellInflector(readUkrainianDictionary());
const forms = (word: string, role: 'noun' | 'adjective' = 'noun', person = false) =>
  new Set(inflect(word, { role, person })?.forms ?? []);

describe('Hunspell inflector', () => {
  it('expands a name from its dictionary stem, in the word’s own casing', () => {
    expect(forms('Харків')).toEqual(new Set(['Харків', 'Харкова', 'Харкову', 'Харковом', 'Харкові', 'Харкове']));
    // The dictionary lists удар also as the party УДАР; the forms follow the word as written.
    expect(forms('удар')).toContain('удару');
    expect([...forms('удар')].some((f) => f !== f.toLowerCase())).toBe(false);
  });

  it('traces an inflected adjective or a plural back to its stem', () => {
    expect(forms('Північна', 'adjective')).toContain('Північної');
    expect(forms('Повітряні', 'adjective')).toContain('Повітряними');
    expect(forms('сили')).toContain('силами');
  });

  it('knows nothing of a word the dictionary lacks, so the rules can take over', () => {
    expect(inflect('Олієманс', { role: 'noun', person: true })).toBeUndefined();
    const both = firstKnown(inflect, ukrainianRules);
    expect(both('Олієманс', { role: 'noun', person: true })?.slots?.['gen.sg']).toContain('Олієманса');
  });

  it('gives a man’s surname its feminine forms too (why it is not the default)', () => {
    expect(forms('Синєгубов', 'noun', true)).toContain('Синєгубовою');
  });

  it('plugs into the localized matcher', () => {
    const m = buildLocalizedTermMatcher([{ id: 'nk', name: 'Північна Корея', aliases: [] }], { lang: 'uk', inflect });
    expect(m.find('Торгівля з Північною Кореєю.').map((x) => x.text)).toEqual(['Північною Кореєю']);
  });
});
