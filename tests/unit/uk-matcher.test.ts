/** Ukrainian linking rules: cases, numbers, multi-word names, near-misses, declared forms, boundaries. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildLocalizedTermMatcher,
  localizedTermSources,
  UnknownFormsKeyError,
  type LocalizedTermEntry,
} from '../../src/lib/linking/localized-terms.ts';
import { phraseForms, phraseParts } from '../../src/lib/linking/inflection.ts';
import { ukrainianGrammar, ukrainianRules } from '../../src/lib/linking/uk-declension.ts';
import { AmbiguousAliasError, buildTermMatcher } from '../../src/lib/linking/term-matcher.ts';

const entries: LocalizedTermEntry[] = [
  { id: 'kharkiv', kind: 'place', name: 'Харків', aliases: [] },
  { id: 'kharkiv-oblast', kind: 'place', name: 'Харківська область', aliases: ['Харківщина'] },
  { id: 'kyiv', kind: 'place', name: 'Київ', aliases: [] },
  { id: 'ukraine', kind: 'place', name: 'Україна', aliases: [] },
  { id: 'russia', kind: 'place', name: 'Росія', aliases: ['РФ'] },
  { id: 'north-korea', kind: 'place', name: 'Північна Корея', aliases: ['КНДР'] },
  { id: 'unsc', kind: 'organization', name: 'Рада Безпеки ООН', aliases: ['Рада Безпеки Організації Об’єднаних Націй'] },
  { id: 'office', kind: 'organization', name: 'Офіс Президента України', aliases: ['Офіс Президента'] },
  { id: 'air-force', kind: 'organization', name: 'Повітряні сили України', aliases: [] },
  { id: 'srbm', kind: 'term', name: 'балістична ракета малої дальності', aliases: ['SRBM'] },
  { id: 'iskander', kind: 'weapon', name: 'Іскандер', aliases: [] },
  { id: 'kn-23', kind: 'weapon', name: 'KN-23', aliases: ['КН-23'] },
  { id: 'strike', kind: 'event', name: 'удар по Харкову 2 січня', aliases: [] },
  { id: 'podolyak', kind: 'person', name: 'Михайло Подоляк', aliases: ['Подоляк'] },
  { id: 'ihnat', kind: 'person', name: 'Юрій Ігнат', aliases: ['Ігнат'] },
  { id: 'kirby', kind: 'person', name: 'Джон Кірбі', aliases: ['Кірбі'], forms: { Кірбі: [] } },
  {
    id: 'oliemans',
    kind: 'person',
    name: 'Йост Олієманс',
    aliases: ['Олієманс'],
    forms: { Олієманс: ['Олієманса', 'Оліємансу', 'Оліємансом'] },
  },
  { id: 'yat', kind: 'term', name: 'ять', aliases: [] },
];
const matcher = buildLocalizedTermMatcher(entries, { lang: 'uk' });
const links = (text: string) => matcher.find(text).map((m) => `${m.id}=${m.text}`);

describe('all seven cases, singular and plural', () => {
  it.each([
    ['Харків', 'Харків зустрів ранок сиреною.'],
    ['Харкова', 'Уламки впали біля Харкова.'],
    ['Харкову', 'Харкову дісталося найбільше.'],
    ['Харків', 'Ракети летіли на Харків.'],
    ['Харковом', 'Над Харковом тиша.'],
    ['Харкові', 'У Харкові світло.'],
    ['Харкове', 'Харкове, тримайся!'],
  ])('links %s', (form, text) => {
    expect(links(text)).toEqual([`kharkiv=${form}`]);
  });

  it('links the alternating stem of Київ (Києва, Києву, Києвом, Києві, Києве)', () => {
    for (const form of ['Києва', 'Києву', 'Києвом', 'Києві', 'Києве']) {
      expect(links(`Слово ${form} тут.`)).toEqual([`kyiv=${form}`]);
    }
  });

  it('links plural forms of a noun (Іскандери, Іскандерів, Іскандерам, Іскандерами, Іскандерах)', () => {
    for (const form of ['Іскандери', 'Іскандерів', 'Іскандерам', 'Іскандерами', 'Іскандерах']) {
      expect(links(`Про «${form}» писали.`)).toEqual([`iskander=${form}`]);
    }
  });

  it('gives every slot of a feminine noun in -а and in -ія', () => {
    const ukraine = new Set(phraseForms('Україна', { person: false, grammar: ukrainianGrammar, inflect: ukrainianRules }));
    for (const f of ['Україна', 'України', 'Україні', 'Україну', 'Україною', 'Україно']) expect(ukraine).toContain(f);
    const russia = new Set(phraseForms('Росія', { person: false, grammar: ukrainianGrammar, inflect: ukrainianRules }));
    for (const f of ['Росія', 'Росії', 'Росію', 'Росією', 'Росіє']) expect(russia).toContain(f);
  });
});

describe('paradigms beyond the test set', () => {
  const forms = (word: string, person = false) =>
    new Set(phraseForms(word, { person, grammar: ukrainianGrammar, inflect: ukrainianRules }));
  it.each([
    ['Тернопіль', false, ['Тернополя', 'Тернополю', 'Тернополем', 'Тернополі']],
    ['Відень', false, ['Відня', 'Відню', 'Віднем', 'Відні']],
    ['Маріуполь', false, ['Маріуполя', 'Маріуполем', 'Маріуполі']],
    ['Кременчук', false, ['Кременчука', 'Кременчуком', 'Кременчуці']],
    ['Білорусь', false, ['Білорусі', 'Білоруссю']],
    ['Рівне', false, ['Рівного', 'Рівному', 'Рівним']],
    ['Одеса', false, ['Одеси', 'Одесі', 'Одесу', 'Одесою']],
    ['Лубінець', true, ['Лубінця', 'Лубінцю', 'Лубінцем']],
    ['Кім', true, ['Кіма', 'Кімом', 'Кімові']],
    ['Мартин', true, ['Мартина', 'Мартином']],
    ['Лев', true, ['Лева', 'Левом']],
    ['Зеленський', true, ['Зеленського', 'Зеленському', 'Зеленським']],
  ] as const)('%s', (word, person, expected) => {
    const got = forms(word, person);
    for (const f of expected) expect(got).toContain(f);
  });

  it('does not give a man’s surname the feminine forms', () => {
    const got = forms('Буданов', true);
    expect(got).toContain('Будановим');
    expect(got).not.toContain('Будановою');
  });
});

describe('multi-word names', () => {
  it('declines the adjective with its noun: Північна Корея in every case', () => {
    for (const form of ['Північна Корея', 'Північної Кореї', 'Північній Кореї', 'Північну Корею', 'Північною Кореєю']) {
      expect(links(`Слова ${form} тут.`)).toEqual([`north-korea=${form}`]);
    }
  });

  it('produces agreeing forms only when every word has slots (no Північний Кореєю)', () => {
    const forms = phraseForms('Північна Корея', { person: false, grammar: ukrainianGrammar, inflect: ukrainianRules });
    expect(forms).not.toContain('Північної Кореєю');
    expect(forms).not.toContain('Північний Корея');
  });

  it('keeps the genitive complement fixed: Рада Безпеки ООН → Ради Безпеки ООН, Радою Безпеки ООН', () => {
    expect(links('Звернення до Ради Безпеки ООН.')).toEqual(['unsc=Ради Безпеки ООН']);
    expect(links('Рішення Радою Безпеки ООН ухвалено.')).toEqual(['unsc=Радою Безпеки ООН']);
    expect(links('Звернення до Ради Безпеки ООН.')[0]).not.toContain('Безпеці');
    expect(phraseParts('Рада Безпеки ООН', false, ukrainianGrammar).map((p) => p.declines)).toEqual([true, false, false]);
  });

  it('declines a plural-only head with its plural adjective: Повітряних сил України', () => {
    for (const form of ['Повітряні сили України', 'Повітряних сил України', 'Повітряним силам України', 'Повітряними силами України', 'Повітряних силах України']) {
      expect(links(`Дані ${form}.`)).toEqual([`air-force=${form}`]);
    }
  });

  it('declines two adjectives and a noun, in the plural too (балістичні ракети малої дальності)', () => {
    expect(links('Уламки балістичної ракети малої дальності.')).toEqual(['srbm=балістичної ракети малої дальності']);
    expect(links('Партія балістичних ракет малої дальності.')).toEqual(['srbm=балістичних ракет малої дальності']);
  });

  it('declines first name and surname of a person together', () => {
    expect(links('Слова Михайла Подоляка.')).toEqual(['podolyak=Михайла Подоляка']);
    expect(links('Разом із Михайлом Подоляком.')).toEqual(['podolyak=Михайлом Подоляком']);
    expect(links('Юрію Ігнату поставили запитання.')).toEqual(['ihnat=Юрію Ігнату']);
  });

  it('reports the name or alias the form stands for', () => {
    expect(matcher.find('Уряд Північної Кореї.')).toMatchObject([{ id: 'north-korea', alias: 'Північна Корея', text: 'Північної Кореї' }]);
    expect(matcher.find('Заява Подоляка.')).toMatchObject([{ alias: 'Подоляк', text: 'Подоляка' }]);
  });
});

describe('longest match wins', () => {
  it('prefers Харківська область over Харків, and the oblast in any case', () => {
    expect(links('У Харківській області тривога, а в Харкові тихо.')).toEqual(['kharkiv-oblast=Харківській області', 'kharkiv=Харкові']);
  });

  it('prefers Офіс Президента України over Офіс Президента and Україна', () => {
    expect(links('Заява Офісу Президента України.')).toEqual(['office=Офісу Президента України']);
    expect(links('Заява Офісу Президента та уряду України.')).toEqual(['office=Офісу Президента', 'ukraine=України']);
  });

  it('prefers the strike over the city inside it, and falls back to the city', () => {
    expect(links('Після удару по Харкову 2 січня.')).toEqual(['strike=удару по Харкову 2 січня']);
    expect(links('Після удару по Харкову 2 лютого.')).toEqual(['kharkiv=Харкову']);
  });
});

describe('near-misses are not linked', () => {
  it.each([
    ['an adjective from the place name', 'Харківський метрополітен працює.'],
    ['an adjective in the feminine', 'Харківська влада повідомила.'],
    ['a resident, written with an apostrophe', 'Харків’янин зняв відео.'],
    ['a resident, with a straight apostrophe', "Харків'яни вийшли на вулиці."],
    ['the adjective of Росія', 'Російський МЗС мовчить.'],
    ['residents of Росія', 'Росіяни виїжджали.'],
    ['the adjective of Київ', 'Київська влада закликала.'],
    ['the adjective of Північна Корея', 'Північнокорейські робітники.'],
    ['a longer surname sharing the prefix', 'Журналіст Ігнатенко поїхав.'],
    ['a noun sharing the beginning', 'Вірш Лесі Українки.'],
    ['Північна in another name', 'Північна Македонія підтримала.'],
    ['a lower-case common noun spelled like a surname', 'Старі подоляки пам’ятають.'],
    ['a longer designation', 'Модель KN-235 вигадана.'],
    ['a designation followed by a hyphen and digit', 'Документ KN-23-2 внутрішній.'],
  ])('%s', (_why, text) => {
    expect(links(text)).toEqual([]);
  });

  it('does not read the English plural or possessive in Ukrainian text', () => {
    expect(links('Пуски KN-23s.')).toEqual([]);
    expect(links("Ракета KN-23's.")).toEqual([]);
  });
});

describe('apostrophes inside words', () => {
  it('does not find a word inside another after an apostrophe (ять in п’ять)', () => {
    expect(links('П’ять ракет і ще п\'ять.')).toEqual([]);
    expect(links('Буква ять зникла.')).toEqual(['yat=ять']);
  });

  it('matches an alias with ’ against text with \' and ʼ', () => {
    expect(links("Члени Ради Безпеки Організації Об'єднаних Націй.")).toEqual(['unsc=Ради Безпеки Організації Об\'єднаних Націй']);
    expect(links('Члени Ради Безпеки Організації Обʼєднаних Націй.')).toEqual(['unsc=Ради Безпеки Організації Обʼєднаних Націй']);
  });

  it('still ends a match before a closing quote or a lone apostrophe', () => {
    expect(links('«Харків»')).toEqual(['kharkiv=Харків']);
    expect(links("'Харків'")).toEqual(['kharkiv=Харків']);
  });
});

describe('designations and undeclinable names', () => {
  it('links KN-23 and КН-23 unchanged, never declined', () => {
    expect(links('Уламки KN-23 і КН-23.')).toEqual(['kn-23=KN-23', 'kn-23=КН-23']);
    expect(links('Уламки КН-23.')).toEqual(['kn-23=КН-23']);
    expect(phraseForms('КН-23', { person: false, grammar: ukrainianGrammar, inflect: ukrainianRules })).toEqual(['КН-23']);
  });

  it('declines the noun after a designation in front (9К720 Іскандер)', () => {
    const forms = phraseForms('9К720 Іскандер', { person: false, grammar: ukrainianGrammar, inflect: ukrainianRules });
    expect(forms).toContain('9К720 Іскандера');
    expect(forms).toContain('9К720 Іскандером');
  });

  it('keeps Кірбі as written and declines only the first name', () => {
    expect(links('Брифінг Джона Кірбі.')).toEqual(['kirby=Джона Кірбі']);
    expect(links('Заяву Кірбі переклали.')).toEqual(['kirby=Кірбі']);
  });

  it('uses declared forms as the exact list for that name (no generated extras)', () => {
    expect(links('На думку Олієманса.')).toEqual(['oliemans=Олієманса']);
    expect(links('З Оліємансом погодилися.')).toEqual(['oliemans=Оліємансом']);
    expect(links('Про Оліємансах.')).toEqual([]); // not declared, so not linked
    // The full name is still declined by the rules.
    expect(links('Дослідження Йоста Олієманса.')).toEqual(['oliemans=Йоста Олієманса']);
  });

  it('adds a flat list of declared forms on top of generated ones, under the entry name', () => {
    const m = buildLocalizedTermMatcher(
      [{ id: 'kn-23', name: 'KN-23', aliases: [], forms: ['Хвасонг-11'] }],
      { lang: 'uk' },
    );
    expect(m.find('Ракета Хвасонг-11.')).toMatchObject([{ id: 'kn-23', alias: 'KN-23', text: 'Хвасонг-11' }]);
  });

  it('rejects a forms key that is not a name or alias, naming the file, field and fix', () => {
    expect(() =>
      buildLocalizedTermMatcher(
        [{ id: 'kirby', file: 'content/uk/glossary/john-kirby.md', name: 'Джон Кірбі', aliases: ['Кірбі'], forms: { Кирбі: [] } }],
        { lang: 'uk' },
      ),
    ).toThrow(UnknownFormsKeyError);
    expect(() =>
      buildLocalizedTermMatcher(
        [{ id: 'kirby', file: 'content/uk/glossary/john-kirby.md', name: 'Джон Кірбі', aliases: ['Кірбі'], forms: { Кирбі: [] } }],
        { lang: 'uk' },
      ),
    ).toThrow(/content\/uk\/glossary\/john-kirby\.md {2}forms {2}"Кирбі" is not the entry's name.*"Джон Кірбі".*"Кірбі"/);
  });

  it('with generation off, links only names, aliases and declared forms', () => {
    const m = buildLocalizedTermMatcher(entries, { lang: 'uk', inflect: null });
    expect(m.find('У Харкові.')).toEqual([]);
    expect(m.find('З Оліємансом.').map((x) => x.text)).toEqual(['Оліємансом']);
  });
});

describe('case', () => {
  it('a capitalised one-word name needs its capital; multi-word names fold case', () => {
    expect(links('Подоляк сказав.')).toEqual(['podolyak=Подоляк']);
    expect(links('старий подоляк сказав.')).toEqual([]);
    expect(links('засідання ради безпеки ООН.')).toEqual(['unsc=ради безпеки ООН']);
    expect(links('засідання Ради Безпеки оон.')).toEqual([]); // the acronym stays exact
  });
});

describe('collisions between entries', () => {
  it('still throws for the same written alias in two entries', () => {
    expect(() =>
      buildLocalizedTermMatcher(
        [
          { id: 'a', name: 'Харків', aliases: [] },
          { id: 'b', name: 'Харків', aliases: [] },
        ],
        { lang: 'uk' },
      ),
    ).toThrow(AmbiguousAliasError);
  });

  it('lets a written alias win over another entry’s generated form', () => {
    const m = buildLocalizedTermMatcher(
      [
        { id: 'city', name: 'Харків', aliases: [] },
        { id: 'person', kind: 'person', name: 'Харкова', aliases: [] },
      ],
      { lang: 'uk' },
    );
    expect(m.find('Харкова').map((x) => x.id)).toEqual(['person']);
    expect(m.find('Харковом').map((x) => x.id)).toEqual(['city']);
  });

  it('lets a declared form win over another entry’s generated form', () => {
    const m = buildLocalizedTermMatcher(
      [
        { id: 'city', name: 'Харків', aliases: [] },
        { id: 'person', kind: 'person', name: 'Харкова', aliases: [], forms: ['Харкову'] },
      ],
      { lang: 'uk' },
    );
    expect(m.find('Харкову').map((x) => x.id)).toEqual(['person']);
  });

  it('drops a generated form two entries share, rather than guess', () => {
    const sources = localizedTermSources(
      [
        { id: 'city', name: 'Харків', aliases: [] },
        { id: 'person', kind: 'person', name: 'Харкова', aliases: [] },
      ],
      { lang: 'uk' },
    );
    const shared = sources[0]!.forms!.map((f) => f.form).filter((f) => sources[1]!.forms!.some((g) => g.form === f));
    expect(shared).toContain('Харкову');
    const m = buildTermMatcher(sources, { englishSuffixes: false, apostropheInWords: true, capitalisedWordsKeepCase: true });
    expect(m.find('Харкову')).toEqual([]);
  });
});

describe('one trie, linear scan', () => {
  afterEach(() => vi.restoreAllMocks());

  it('builds and scans without constructing a regular expression per form', () => {
    const spy = vi.spyOn(globalThis, 'RegExp');
    const m = buildLocalizedTermMatcher(entries, { lang: 'uk' });
    m.find('У Харківській області, в Харкові та Києві; Північною Кореєю.');
    expect(spy).not.toHaveBeenCalled();
  });

  it('holds every generated form as one key of the one automaton', () => {
    const sources = localizedTermSources(entries, { lang: 'uk' });
    const forms = new Set(sources.flatMap((s) => (s.forms ?? []).map((f) => `${s.id}:${f.form}`)));
    const written = entries.reduce((n, e) => n + 1 + e.aliases.length, 0);
    expect(matcher.size).toBeGreaterThan(forms.size); // forms plus the written names, in one automaton
    expect(forms.size).toBeGreaterThan(5 * written);
  });

  it('finds the same links in a long text as in its sentences one by one', () => {
    const sentences = ['У Харкові тихо.', 'Північною Кореєю керують.', 'Слова Подоляка.', 'Харків’янин.', 'Ради Безпеки ООН.'];
    const one = sentences.flatMap((s) => matcher.find(s).map((m) => m.id));
    const long = Array.from({ length: 200 }, () => sentences.join(' ')).join(' ');
    const all = matcher.find(long).map((m) => m.id);
    expect(all).toEqual(Array.from({ length: 200 }, () => one).flat());
  });
});

describe('English is unchanged', () => {
  const english = [
    { id: 'kharkiv', name: 'Kharkiv', aliases: [] },
    { id: 'kn-23', name: 'KN-23', aliases: ['Hwasong-11'] },
    { id: 'us', name: 'United States', aliases: ['US'] },
    { id: 'kirby', name: 'John Kirby', aliases: ['Kirby'] },
  ];
  const text = "Kirby’s briefing: KN-23s hit Kharkiv; the United States’ view; Kharkiv's mayor; us and US.";

  it('builds the English matcher exactly like buildTermMatcher with defaults', () => {
    const localized = buildLocalizedTermMatcher(english, { lang: 'en' });
    expect(localized.find(text)).toEqual(buildTermMatcher(english).find(text));
    expect(buildLocalizedTermMatcher(english, { lang: 'en-GB' }).find(text)).toEqual(buildTermMatcher(english).find(text));
    expect(localized.find(text).map((m) => m.text)).toEqual(['Kirby’s', 'KN-23s', 'Kharkiv', 'United States’', "Kharkiv's", 'US']);
  });

  it('generates no forms for English names', () => {
    expect(localizedTermSources(english, { lang: 'en' }).every((s) => s.forms === undefined)).toBe(true);
  });
});
