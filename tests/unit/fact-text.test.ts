/**
 * Which parts of a kind's facts a translation may carry (text only, found in
 * the kind's schema), what the checker says about the rest, and how the text
 * is laid over the original's facts.
 */
import { describe, expect, it } from 'vitest';
import { checkFactText, kindTextShape, overlayFactText, pickText, untranslatedText } from '../../src/kinds/fact-text.ts';
import { factRows } from '../../src/lib/story/facts.ts';
import { kinds } from '../../src/kinds/registry.ts';

const weapon = kinds.get('weapon')!;
const original = {
  origin: 'Testland',
  class: 'Short-range missile',
  propulsion: 'solid',
  designations: ['Model 7', 'M-7A'],
  firstTested: '2019-05-04',
  ranges: [
    { km: 430, basis: 'test', label: 'First test, shorter figure', date: '2019-07-25', sources: ['a'] },
    { km: 690, basis: 'test', label: 'First test, longer figure', sources: ['a', 'b'] },
  ],
};

describe('text shape of a kind', () => {
  it('finds free text and leaves out numbers, dates, choices and references', () => {
    expect(kindTextShape(weapon)).toEqual({ fields: { origin: 'text', class: 'text', designations: { items: 'text' }, ranges: { items: { fields: { label: 'text' } } } } });
    expect(kindTextShape(kinds.get('person')!)).toEqual({ fields: { role: 'text', country: 'text', formerRoles: { items: 'text' }, spellings: { items: 'text' } } });
  });

  it('picks the text of an original for the translator', () => {
    expect(pickText(original, kindTextShape(weapon))).toEqual({
      origin: 'Testland',
      class: 'Short-range missile',
      designations: ['Model 7', 'M-7A'],
      ranges: [{ label: 'First test, shorter figure' }, { label: 'First test, longer figure' }],
    });
  });
});

describe('translated facts', () => {
  const shape = kindTextShape(weapon);
  const check = (translated: unknown) => checkFactText(translated, original, shape).map((p) => `${p.path.join('.')}: ${p.message}`);

  it('accept text item by item, and {} for an item kept as it is', () => {
    expect(check({ origin: 'Тестландія', designations: ['Модель 7', 'M-7A'], ranges: [{ label: 'Перше випробування' }, {}] })).toEqual([]);
  });

  it('refuse what is not text, lists of another length and fields the original lacks', () => {
    expect(check({ propulsion: 'тверде' })).toEqual(['propulsion: "propulsion" is not text: numbers, dates, choices and references are the original\'s, shared by every edition']);
    expect(check({ ranges: [{ km: 500 }, {}] })).toEqual(['ranges.0.km: "ranges.0.km" is not text: numbers, dates, choices and references are the original\'s, shared by every edition']);
    expect(check({ ranges: [{ label: 'Одна' }] })).toEqual(['ranges: "ranges" has 1 item, the original 2']);
    expect(check({ calibreMm: 600 })).toEqual(['calibreMm: the original has no "calibreMm"']);
    expect(check({ colour: 'червоний' })[0]).toMatch(/^colour: the original has no "colour"/);
    expect(check({ origin: 42 })).toEqual(['origin: "origin" should be the translated text']);
    expect(check({ designations: 'Модель 7' })).toEqual(['designations: "designations" should be a list, like the original\'s']);
  });

  it('lay the text over the original and keep everything else', () => {
    const merged = overlayFactText(original, { class: 'Ракета', ranges: [{ label: 'Перше' }, {}], propulsion: 'тверде', designations: ['X'] }, shape);
    expect(merged).toEqual({ ...original, class: 'Ракета', ranges: [{ ...original.ranges[0], label: 'Перше' }, original.ranges[1]] });
    expect(original.class).toBe('Short-range missile');
  });

  it('name the texts a translation leaves as the original\'s, which the facts box marks with their language', () => {
    // Text written in the translation counts as translated even where it reads the same (a designation kept as it is).
    const translated = { class: 'Ракета', ranges: [{ label: 'Перше' }, {}] };
    expect(untranslatedText(original, translated, shape).sort()).toEqual(['First test, longer figure', 'M-7A', 'Model 7', 'Testland'].sort());
    expect(untranslatedText(original, { ...translated, origin: 'Testland', designations: ['Модель 7', 'M-7A'] }, shape)).toEqual(['First test, longer figure']);
    const merged = overlayFactText(original, translated, shape);
    const rows = factRows(
      { kind: 'weapon', facts: merged } as never,
      { entry: (id) => ({ name: id, href: id }), source: (id) => ({ label: id, href: id }) },
      { untranslated: { lang: 'en', texts: new Set(untranslatedText(original, translated, shape)) } },
    );
    const parts = Object.fromEntries(rows.map((r) => [r.label, r.parts]));
    expect(parts['Developed by']).toEqual([{ text: 'Testland', lang: 'en' }]);
    expect(parts['Class']).toEqual([{ text: 'Ракета' }]);
    expect(parts['Also known as']).toEqual([{ text: 'Model 7', lang: 'en' }, { text: '; ' }, { text: 'M-7A', lang: 'en' }]);
  });
});
