import { describe, expect, it } from 'vitest';
import {
  AmbiguousAliasError,
  buildTermMatcher,
  type TermMatch,
  type TermSource,
} from '../../src/lib/linking/term-matcher.ts';

const glossary: TermSource[] = [
  { id: 'united-nations', name: 'United Nations', aliases: ['UN'] },
  { id: 'un-arms-embargo', name: 'UN arms embargo', aliases: ['arms embargo'] },
  { id: 'kharkiv', name: 'Kharkiv', aliases: ['Харків'] },
  { id: 'kharkiv-oblast', name: 'Kharkiv Oblast', aliases: [] },
  { id: 'kharkiv-prosecutor', name: "Kharkiv regional prosecutor's office", aliases: [] },
  { id: 'kn-23', name: 'KN-23', aliases: ['Hwasong-11Ga'] },
  { id: 'kn-25', name: 'KN-25', aliases: [] },
  { id: 'srbm', name: 'short-range ballistic missile', aliases: ['SRBM'] },
  { id: 'iskander', name: 'Iskander', aliases: ['9K720 Iskander'] },
  {
    id: 'john-kirby',
    name: 'John Kirby',
    aliases: ['Kirby'],
    file: 'content/glossary/john-kirby.md',
  },
  { id: 'russia', name: 'Russia', aliases: [] },
  { id: 'north-korea', name: 'North Korea', aliases: ['DPRK'] },
  { id: 'zaporizhzhia', name: 'Zaporizhzhia', aliases: ['Zaporižžja', 'Запоріжжя'] },
  { id: 'sanctions-committee', name: '1718 Committee', aliases: [] },
  { id: 'united-states', name: 'United States', aliases: ['US'] },
];

const matcher = buildTermMatcher(glossary);

function ids(text: string): string[] {
  return matcher.find(text).map((m) => m.id);
}

function texts(text: string): string[] {
  return matcher.find(text).map((m) => m.text);
}

describe('API', () => {
  it('reports id, offsets, the matched source text and the alias as written', () => {
    const text = 'Officials in Kharkiv said the KN-23s hit the city.';
    expect(matcher.find(text)).toEqual<TermMatch[]>([
      { id: 'kharkiv', start: 13, end: 20, text: 'Kharkiv', alias: 'Kharkiv' },
      { id: 'kn-23', start: 30, end: 36, text: 'KN-23s', alias: 'KN-23' },
    ]);
    for (const m of matcher.find(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('counts distinct alias keys in size', () => {
    const m = buildTermMatcher([
      { id: 'a', name: 'Kirby', aliases: ['John Kirby', 'kirby', 'John  Kirby'] },
      { id: 'b', name: 'NIS', aliases: ['National Intelligence Service'] },
    ]);
    expect(m.size).toBe(4);
  });

  it('returns nothing for an empty glossary or empty text', () => {
    expect(buildTermMatcher([]).find('Kharkiv')).toEqual([]);
    expect(buildTermMatcher([]).size).toBe(0);
    expect(matcher.find('')).toEqual([]);
  });

  it('ignores empty and whitespace-only aliases', () => {
    const m = buildTermMatcher([{ id: 'kirby', name: 'Kirby', aliases: ['', '   ', '\n'] }]);
    expect(m.size).toBe(1);
    expect(m.find('Kirby said   nothing.').map((x) => x.id)).toEqual(['kirby']);
  });
});

describe('longest match wins at the same start', () => {
  it('prefers "UN arms embargo" over "UN"', () => {
    expect(matcher.find('Pyongyang breached the UN arms embargo again.')).toMatchObject([
      { id: 'un-arms-embargo', text: 'UN arms embargo', alias: 'UN arms embargo' },
    ]);
  });

  it('still matches "UN" on its own', () => {
    expect(ids('The UN Security Council met on Tuesday.')).toEqual(['united-nations']);
  });

  it("prefers the Kharkiv regional prosecutor's office over Kharkiv", () => {
    expect(
      matcher.find("According to the Kharkiv regional prosecutor's office, two missiles struck."),
    ).toMatchObject([{ id: 'kharkiv-prosecutor', text: "Kharkiv regional prosecutor's office" }]);
  });

  it('prefers Kharkiv Oblast over Kharkiv, and falls back to Kharkiv', () => {
    expect(texts('Strikes in Kharkiv Oblast and in Kharkiv itself.')).toEqual([
      'Kharkiv Oblast',
      'Kharkiv',
    ]);
    expect(ids('Strikes in Kharkiv Oblast and in Kharkiv itself.')).toEqual([
      'kharkiv-oblast',
      'kharkiv',
    ]);
  });

  it('falls back to the shorter alias when the longer one is only partly present', () => {
    expect(ids('Kharkiv regional authorities disagreed.')).toEqual(['kharkiv']);
    expect(ids('The UN arms inspectors left.')).toEqual(['united-nations']);
  });

  it('falls back when the longer alias fails the word boundary', () => {
    const m = buildTermMatcher([
      { id: 'iskander', name: 'Iskander', aliases: [] },
      { id: 'iskander-m', name: 'Iskander-M', aliases: [] },
    ]);
    expect(m.find('An Iskander-M launcher').map((x) => x.id)).toEqual(['iskander-m']);
    expect(m.find('An Iskander-Mk2 launcher').map((x) => x.id)).toEqual(['iskander']);
  });
});

describe('whole-word boundaries', () => {
  it('does not match KN-23 inside KN-235', () => {
    expect(ids('The KN-235 is a fictional designation.')).toEqual([]);
  });

  it('matches KN-23 at the end of a sentence, in parentheses and before a comma', () => {
    expect(texts('Russia fired a KN-23.')).toEqual(['Russia', 'KN-23']);
    expect(texts('a North Korean missile (KN-23) was found')).toEqual(['KN-23']);
    expect(texts('The KN-23, also called Hwasong-11Ga, is solid-fuelled.')).toEqual([
      'KN-23',
      'Hwasong-11Ga',
    ]);
    expect(texts('KN-23')).toEqual(['KN-23']);
  });

  it('matches both sides of a slash', () => {
    expect(matcher.find('debris from a KN-23/KN-25 launch')).toMatchObject([
      { id: 'kn-23', text: 'KN-23' },
      { id: 'kn-25', text: 'KN-25' },
    ]);
  });

  it('matches inside straight and curly quotes', () => {
    expect(ids('called it a "KN-23" and a “KN-25”')).toEqual(['kn-23', 'kn-25']);
    expect(ids("the so-called 'KN-23'")).toEqual(['kn-23']);
  });

  it('treats hyphen + letter after a match as a compound that still matches', () => {
    expect(texts('KN-23-type missiles and Kharkiv-based volunteers')).toEqual([
      'KN-23',
      'Kharkiv',
    ]);
    expect(texts('a pro-Russia channel')).toEqual(['Russia']);
  });

  it('treats hyphen + digit after a match as a longer designator', () => {
    expect(ids('the KN-23-2 variant')).toEqual([]);
  });

  it('does not match inside longer words', () => {
    expect(ids('Kharkivska oblast and Russian forces; UNESCO; USA; Kirbyesque')).toEqual([]);
    expect(ids('XKN-23 and 2KN-23')).toEqual([]);
  });

  it('accepts a non-breaking hyphen in place of a hyphen', () => {
    expect(texts('a KN\u201123 missile')).toEqual(['KN\u201123']);
  });

  it('matches at the very start and end of the text', () => {
    expect(texts('Kirby')).toEqual(['Kirby']);
    expect(texts('Russia and Kirby')).toEqual(['Russia', 'Kirby']);
  });

  it('matches a multi-word alias that starts with digits', () => {
    expect(ids('remnants of a 9K720 Iskander were shown')).toEqual(['iskander']);
  });
});

describe('Cyrillic, accented Latin and astral characters', () => {
  it('matches a Cyrillic alias as a whole word', () => {
    expect(matcher.find('Обстріл: місто Харків, 2 січня.')).toMatchObject([
      { id: 'kharkiv', text: 'Харків', alias: 'Харків' },
    ]);
  });

  it('does not match a Cyrillic alias inside an inflected or derived form', () => {
    expect(ids('Харківська область')).toEqual([]);
    expect(ids('Харківщина')).toEqual([]);
  });

  it('folds case in Cyrillic non-acronym words', () => {
    expect(ids('ХАРКІВ ПІД ОБСТРІЛОМ')).toEqual(['kharkiv']);
  });

  it('matches accented Latin and its Cyrillic original', () => {
    expect(matcher.find('Strikes on Zaporižžja and Запоріжжя.')).toMatchObject([
      { id: 'zaporizhzhia', text: 'Zaporižžja', alias: 'Zaporižžja' },
      { id: 'zaporizhzhia', text: 'Запоріжжя', alias: 'Запоріжжя' },
    ]);
    expect(ids('Zaporižžjan officials')).toEqual([]);
  });

  it('matches aliases written in decomposed form against precomposed text', () => {
    const m = buildTermMatcher([{ id: 'z', name: 'Zapori\u017e\u017eja'.normalize('NFD'), aliases: [] }]);
    expect(m.find('in Zaporižžja').map((x) => x.id)).toEqual(['z']);
  });

  it('keeps UTF-16 offsets right after astral characters', () => {
    const text = '🚀 KN-23 🇰🇵 North Korea';
    const found = matcher.find(text);
    expect(found.map((m) => m.id)).toEqual(['kn-23', 'north-korea']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('matches digits-only acronym tokens', () => {
    expect(ids('the 1718 Committee panel of experts')).toEqual(['sanctions-committee']);
    expect(ids('the 17180 Committee')).toEqual([]);
  });
});

describe('plurals and possessives', () => {
  it('accepts a plain s after an acronym or designator', () => {
    expect(matcher.find('Two SRBMs and three KN-23s')).toMatchObject([
      { id: 'srbm', text: 'SRBMs', alias: 'SRBM' },
      { id: 'kn-23', text: 'KN-23s', alias: 'KN-23' },
    ]);
  });

  it('accepts plural s on a common name and on a multi-word name', () => {
    expect(texts('Iskanders and short-range ballistic missiles')).toEqual([
      'Iskanders',
      'short-range ballistic missiles',
    ]);
  });

  it('accepts es after an alias ending in o', () => {
    expect(matcher.find('two arms embargoes')).toMatchObject([
      { id: 'un-arms-embargo', text: 'arms embargoes', alias: 'arms embargo' },
    ]);
  });

  it("accepts 's with straight and curly apostrophes", () => {
    expect(texts("The KN-23's range and the KN-23’s guidance")).toEqual(["KN-23's", 'KN-23’s']);
    expect(matcher.find('Kirby’s briefing and Kirby\'s remarks')).toMatchObject([
      { id: 'john-kirby', text: 'Kirby’s', alias: 'Kirby' },
      { id: 'john-kirby', text: "Kirby's", alias: 'Kirby' },
    ]);
    expect(texts('Харків’s mayor')).toEqual(['Харків’s']);
  });

  it('accepts a bare apostrophe after a plural s or an alias ending in s', () => {
    expect(texts("the Iskanders' range, the Iskanders’ warheads")).toEqual([
      "Iskanders'",
      'Iskanders’',
    ]);
    expect(texts('the United States’ position')).toEqual(['United States’']);
  });

  it('does not take a bare apostrophe after a word not ending in s', () => {
    expect(texts("'Kirby' said so")).toEqual(['Kirby']);
  });

  it('requires lower-case suffix letters after an acronym', () => {
    expect(ids('SRBMS')).toEqual([]);
    expect(ids('KN-23S')).toEqual([]);
    expect(texts('KIRBY’S BRIEFING')).toEqual(['KIRBY’S']);
  });

  it('does not treat other letters as suffixes', () => {
    expect(ids('SRBMx and Kirbys’ and Kirbyish')).toEqual(['john-kirby']);
    expect(texts('Kirbys’')).toEqual(['Kirbys’']);
  });
});

describe('case rules', () => {
  it('matches acronym-like aliases only in their exact case', () => {
    expect(ids('SRBM')).toEqual(['srbm']);
    expect(ids('srbm')).toEqual([]);
    expect(ids('Srbm')).toEqual([]);
    expect(ids('kn-23 and Kn-23')).toEqual([]);
    expect(ids('dprk')).toEqual([]);
  });

  it('keeps short acronyms from matching ordinary words', () => {
    expect(ids('He told us about the US and the un-named UN official')).toEqual([
      'united-states',
      'united-nations',
    ]);
  });

  it('matches sentence-case and title-case forms of common names', () => {
    expect(ids('Arms embargo talks stalled.')).toEqual(['un-arms-embargo']);
    expect(ids('Short-range ballistic missile launches rose.')).toEqual(['srbm']);
    expect(ids('Short-Range Ballistic Missile')).toEqual(['srbm']);
    expect(ids('the 1718 committee')).toEqual(['sanctions-committee']);
  });

  it('keeps the acronym token exact inside a mixed alias', () => {
    expect(ids('UN Arms Embargo')).toEqual(['un-arms-embargo']);
    expect(ids('Un arms embargo')).toEqual(['un-arms-embargo']); // "arms embargo" alias
    expect(texts('Un arms embargo')).toEqual(['arms embargo']);
    expect(ids('HWASONG-11GA')).toEqual([]);
    expect(ids('hwasong-11Ga')).toEqual(['kn-23']);
  });

  it('lets an acronym and a same-letters name live side by side', () => {
    const m = buildTermMatcher([
      { id: 'nis', name: 'NIS', aliases: [] },
      { id: 'nis-city', name: 'Nis', aliases: ['Niš'] },
    ]);
    expect(m.size).toBe(3);
    expect(m.find('NIS officers in Nis and Niš').map((x) => x.id)).toEqual([
      'nis',
      'nis-city',
      'nis-city',
    ]);
  });
});

describe('adjacent terms', () => {
  it('finds terms separated only by a space', () => {
    expect(ids('Russia North Korea')).toEqual(['russia', 'north-korea']);
  });

  it('finds terms separated by punctuation and dashes', () => {
    expect(ids('Russia, North Korea and the DPRK')).toEqual(['russia', 'north-korea', 'north-korea']);
    expect(ids('Russia–North Korea ties')).toEqual(['russia', 'north-korea']);
    expect(ids('the Russia-North Korea deal')).toEqual(['russia', 'north-korea']);
    expect(ids('Russia/DPRK/Iskander')).toEqual(['russia', 'north-korea', 'iskander']);
  });
});

describe('overlapping aliases', () => {
  const m = buildTermMatcher([
    { id: 'north-korea', name: 'North Korea', aliases: [] },
    { id: 'korea-strait', name: 'Korea Strait', aliases: [] },
    { id: 'kharkiv', name: 'Kharkiv', aliases: [] },
    { id: 'prosecutor', name: "regional prosecutor's office", aliases: [] },
    { id: 'kharkiv-prosecutor', name: "Kharkiv regional prosecutor's office", aliases: [] },
  ]);

  it('the leftmost match wins even if a later overlapping one is longer', () => {
    expect(m.find('across North Korea Strait waters')).toMatchObject([
      { id: 'north-korea', text: 'North Korea' },
    ]);
  });

  it('a term nested inside a longer term is not reported separately', () => {
    expect(m.find("Kharkiv regional prosecutor's office").map((x) => x.id)).toEqual([
      'kharkiv-prosecutor',
    ]);
    expect(m.find("the regional prosecutor's office").map((x) => x.id)).toEqual(['prosecutor']);
  });

  it('matches never overlap and are in order', () => {
    const found = m.find("North Korea Strait; Korea Strait; Kharkiv regional prosecutor's office");
    for (let i = 1; i < found.length; i++) {
      expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
    expect(found.map((x) => x.id)).toEqual(['north-korea', 'korea-strait', 'kharkiv-prosecutor']);
  });
});

describe('whitespace and apostrophes', () => {
  it('matches a multi-word alias across newlines, tabs and runs of spaces', () => {
    expect(matcher.find('the UN arms\n  embargo')).toMatchObject([
      { id: 'un-arms-embargo', text: 'UN arms\n  embargo' },
    ]);
    expect(texts('Kharkiv\tOblast')).toEqual(['Kharkiv\tOblast']);
  });

  it('matches across non-breaking and narrow non-breaking spaces', () => {
    expect(ids('John\u00a0Kirby and Kharkiv\u202fOblast')).toEqual(['john-kirby', 'kharkiv-oblast']);
  });

  it('treats curly and straight apostrophes as the same inside an alias', () => {
    expect(ids('the Kharkiv regional prosecutor’s office')).toEqual(['kharkiv-prosecutor']);
    const curly = buildTermMatcher([
      { id: 'office', name: 'Kharkiv regional prosecutor’s office', aliases: [] },
    ]);
    expect(curly.find("Kharkiv regional prosecutor's office").map((x) => x.id)).toEqual([
      'office',
    ]);
  });

  it('normalises whitespace inside the alias itself', () => {
    const m = buildTermMatcher([{ id: 'kirby', name: '  John \n Kirby ', aliases: [] }]);
    expect(m.find('John Kirby said').map((x) => x.alias)).toEqual(['  John \n Kirby ']);
  });

  it('does not match across a missing space', () => {
    expect(ids('JohnKirby')).toEqual([]);
  });
});

describe('ambiguous aliases', () => {
  const kirby: TermSource = {
    id: 'john-kirby',
    name: 'John Kirby',
    aliases: ['Kirby'],
    file: 'content/glossary/john-kirby.md',
  };
  const other: TermSource = {
    id: 'other',
    name: 'Kirby Corporation',
    aliases: ['Kirby'],
    file: 'content/glossary/other.md',
  };

  it('throws naming the alias and both entries with their files', () => {
    let error: unknown;
    try {
      buildTermMatcher([kirby, other]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AmbiguousAliasError);
    expect(error).toBeInstanceOf(Error);
    const err = error as AmbiguousAliasError;
    expect(err.message).toBe(
      'The alias "Kirby" is claimed by two glossary entries: content/glossary/john-kirby.md (john-kirby) and content/glossary/other.md (other). Remove it from one of them.',
    );
    expect(err.alias).toBe('Kirby');
    expect(err.claimants).toEqual([
      { id: 'john-kirby', file: 'content/glossary/john-kirby.md' },
      { id: 'other', file: 'content/glossary/other.md' },
    ]);
    expect(err.name).toBe('AmbiguousAliasError');
  });

  it('detects collisions after case folding, apostrophe and whitespace normalisation', () => {
    expect(() =>
      buildTermMatcher([kirby, { id: 'x', name: 'kirby', aliases: [] }]),
    ).toThrow(AmbiguousAliasError);
    expect(() =>
      buildTermMatcher([
        { id: 'a', name: "prosecutor's office", aliases: [] },
        { id: 'b', name: 'Prosecutor’s  Office', aliases: [] },
      ]),
    ).toThrow(/claimed by two glossary entries: a and b\./);
  });

  it('a name colliding with another entry’s alias is ambiguous too', () => {
    expect(() =>
      buildTermMatcher([
        { id: 'dprk', name: 'DPRK', aliases: [] },
        { id: 'north-korea', name: 'North Korea', aliases: ['DPRK'] },
      ]),
    ).toThrow('The alias "DPRK" is claimed by two glossary entries: dprk and north-korea.');
  });

  it('differently-cased acronyms are distinct keys, not a collision', () => {
    expect(() =>
      buildTermMatcher([
        { id: 'united-states', name: 'US', aliases: [] },
        { id: 'us-pronoun', name: 'us', aliases: [] },
      ]),
    ).not.toThrow();
  });

  it('allows the same alias twice within one entry', () => {
    const m = buildTermMatcher([
      { id: 'john-kirby', name: 'Kirby', aliases: ['Kirby', 'kirby', 'John Kirby'] },
    ]);
    expect(m.size).toBe(2);
    expect(m.find('Kirby').map((x) => x.alias)).toEqual(['Kirby']);
  });
});

describe('scaling to 10,000 entries', () => {
  const SYLLABLES = ['ba', 'ke', 'lo', 'mu', 'ri', 'sa', 'to', 'vi', 'ne', 'da'];
  const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

  /** Pseudo-word from the decimal digits of n: 123 → "Babakelori"... */
  function word(n: number): string {
    const digits = String(n).padStart(5, '0');
    const w = [...digits].map((d) => SYLLABLES[Number(d)]).join('');
    return w[0]!.toUpperCase() + w.slice(1);
  }
  /** Acronym "Q" + three letters from n in base 26. */
  function acronym(n: number): string {
    return 'Q' + LETTERS[Math.floor(n / 676) % 26] + LETTERS[Math.floor(n / 26) % 26] + LETTERS[n % 26];
  }

  const COUNT = 10_000;
  const entries: TermSource[] = [];
  for (let n = 0; n < COUNT; n++) {
    entries.push({
      id: `term-${n}`,
      name: word(n),
      aliases: [`${word(n)} Institute`, acronym(n)],
      file: `content/glossary/term-${n}.md`,
    });
  }
  const big = buildTermMatcher(entries);

  // A 10,000-word text mentioning terms in all alias forms, with near misses.
  let seed = 42;
  const rand = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % k;
  };
  const FILLER = ['the', 'report', 'said', 'that', 'officials', 'in', 'a', 'statement', 'on', 'and'];
  const words: string[] = [];
  const expected: Array<{ id: string; text: string }> = [];
  while (words.length < 10_000) {
    const roll = rand(10);
    const n = rand(COUNT);
    if (roll === 0) {
      words.push(word(n) + ' Institute,');
      expected.push({ id: `term-${n}`, text: `${word(n)} Institute` });
    } else if (roll === 1) {
      words.push(acronym(n) + 's');
      expected.push({ id: `term-${n}`, text: `${acronym(n)}s` });
    } else if (roll === 2) {
      words.push(word(n).toLowerCase() + '’s');
      expected.push({ id: `term-${n}`, text: `${word(n).toLowerCase()}’s` });
    } else if (roll === 3) {
      words.push(word(n) + 'x', acronym(n).toLowerCase(), word(n).slice(0, 8)); // near misses
    } else {
      words.push(FILLER[rand(FILLER.length)]!);
    }
  }
  const text = words.join(' ');

  it('holds one key per distinct alias', () => {
    expect(big.size).toBe(3 * COUNT);
  });

  it('finds exactly the mentioned terms, in order', () => {
    const found = big.find(text);
    expect(expected.length).toBeGreaterThan(1000);
    expect(found.map((m) => ({ id: m.id, text: m.text }))).toEqual(expected);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives the same answer as a matcher holding only the mentioned entries', () => {
    const mentioned = new Set(expected.map((e) => e.id));
    const small = buildTermMatcher(entries.filter((e) => mentioned.has(e.id)));
    expect(small.find(text)).toEqual(big.find(text));
  });

  it('detects an ambiguous alias among 10,000 entries', () => {
    const clash = { id: 'clash', name: acronym(9_999), aliases: [], file: 'content/glossary/clash.md' };
    expect(() => buildTermMatcher([...entries, clash])).toThrow(
      `The alias "${acronym(9_999)}" is claimed by two glossary entries: content/glossary/term-9999.md (term-9999) and content/glossary/clash.md (clash). Remove it from one of them.`,
    );
  });
});
