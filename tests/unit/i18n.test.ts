/**
 * The dictionary: `{name}` placeholders, plural forms by Intl.PluralRules,
 * English for keys a language lacks, newsroom overrides validated like
 * content, slots for sentences holding markup, and dates and numbers through
 * Intl in the configured locale (shown in en-GB and in two other locales).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { uk } from '../../src/i18n/uk.ts';
import { formatMessage, formatNumber, placeholdersOf, splitMessage } from '../../src/i18n/format.ts';
import { createSlotTranslator, createTranslator, englishT, MESSAGE_KEYS } from '../../src/i18n/translate.ts';
import { checkMessagesFile } from '../../src/lib/check/site-config.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { bakedTranslator } from '../../src/lib/client/messages.ts';
import { formatDate } from '../../src/lib/story/dates.ts';
import { formatCoordinates } from '../../src/lib/visuals/locator-map.ts';
import { dictionaries } from '../../src/i18n/dictionaries.ts';
import { kindDictionaryDefaults } from '../../src/kinds/registry.ts';
import { dictionaryOverride } from '../../src/kinds/labels.ts';
import { factRows } from '../../src/lib/story/facts.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { plainRef } from '../../src/schemas/common.ts';

describe('t()', () => {
  it('fills placeholders, formatting numbers in the locale', () => {
    expect(englishT('claims.madeBy', { name: 'Kim Jong Un' })).toBe('Claims made by Kim Jong Un');
    expect(englishT('unit.km', { value: 1300 })).toBe('1,300 km');
    expect(createTranslator({ locale: 'de-DE' })('unit.km', { value: 1300 })).toBe('1.300 km');
  });

  it('leaves an unfilled placeholder visible rather than blank', () => {
    expect(formatMessage('Hello {name}, {other}', { name: 'A' }, 'en-GB')).toBe('Hello A, {other}');
  });

  it('chooses plural forms with Intl.PluralRules, by `count`', () => {
    expect(englishT('claims.history', { count: 1 })).toBe('How its status changed (1 step)');
    expect(englishT('claims.history', { count: 3 })).toBe('How its status changed (3 steps)');
    // Ukrainian has one, few, many: 1 крок, 3 кроки, 5 кроків.
    const uk = { one: '{count} крок', few: '{count} кроки', many: '{count} кроків', other: '{count} кроку' };
    expect([1, 3, 5, 21, 22, 25].map((count) => formatMessage(uk, { count }, 'uk-UA'))).toEqual(['1 крок', '3 кроки', '5 кроків', '21 крок', '22 кроки', '25 кроків']);
    expect(formatMessage({ zero: 'none', one: 'one', other: 'many' }, { count: 0 }, 'en-GB')).toBe('none');
  });

  it('falls back to English for a key the language lacks, and applies overrides first', () => {
    const partial = createTranslator({ locale: 'de-DE', messages: { 'nav.home': 'Startseite' } });
    expect(partial('nav.home')).toBe('Startseite');
    expect(partial('nav.glossary')).toBe('Glossary');
    const overridden = createTranslator({ locale: 'en-GB', overrides: { 'nav.glossary': 'Background' } });
    expect(overridden('nav.glossary')).toBe('Background');
    expect(overridden('nav.home')).toBe('Home');
  });

  it('shows a key missing from every dictionary as itself', () => {
    const t = createTranslator({ locale: 'en-GB' }) as (key: string) => string;
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('splits a sentence at its slots so markup goes where the language puts it', () => {
    expect(splitMessage(en['claims.claimedBy'], ['claimant', 'date'], undefined, 'en-GB')).toEqual(['Claimed by ', { slot: 'claimant' }, ' on ', { slot: 'date' }, '.']);
    const de = createSlotTranslator({ locale: 'de-DE', overrides: { 'claims.claimedBy': 'Am {date} von {claimant} behauptet.' } });
    expect(de('claims.claimedBy', ['claimant', 'date'])).toEqual(['Am ', { slot: 'date' }, ' von ', { slot: 'claimant' }, ' behauptet.']);
  });

  it('has whole sentences: every key is non-empty and every plural entry has "other"', () => {
    for (const key of MESSAGE_KEYS) {
      const message = en[key];
      if (typeof message === 'string') expect(message.trim(), key).not.toBe('');
      else expect((message as { other?: string }).other, key).toBeTruthy();
    }
  });
});

describe('every key of the dictionary is used', () => {
  it('by name in src/ (or through a key built from a prefix, e.g. `sources.kind.${kind}`), so no translator works on a dead entry', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|astro|mjs)$/.test(name) && !path.includes(`${sep}i18n${sep}`)) files.push(path);
      }
    };
    walk(join(import.meta.dirname, '../../src'));
    const code = [...files, join(import.meta.dirname, '../../astro.config.mjs')].map((f) => readFileSync(f, 'utf8')).join('\n');
    const prefixes = [...code.matchAll(/`([a-zA-Z.]+\.)\$\{/g)].map((m) => m[1]!);
    const unused = MESSAGE_KEYS.filter((k) => !['\'', '"', '`'].some((q) => code.includes(`${q}${k}${q}`)) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
});

describe("kinds' facts-box strings in a dictionary", () => {
  const weapon = glossarySchema(plainRef).parse({ kind: 'weapon', name: 'Model 7', short: 'A missile made up for this test, nothing more.', sources: ['s'], facts: { origin: 'Testland', class: 'Missile', propulsion: 'solid', ranges: [{ km: 1300, kmLow: 1000, basis: 'test', label: 'First test', sources: ['s'] }] } });
  const place = glossarySchema(plainRef).parse({ kind: 'place', name: 'Testville', short: 'A town made up for this test, nothing more.', sources: ['s'], facts: { placeType: 'city', country: 'Testland', coordinates: { lat: 50.45, lon: 30.5 }, coordinatesSource: 's' } });
  const lookup = { entry: (id: string) => ({ name: id, href: id }), source: (id: string) => ({ label: id, href: id }) };

  it('label the rows and values in the page language, with its numbers and compass words', () => {
    const t = createTranslator({ locale: 'uk-UA', messages: uk });
    const rows = factRows(weapon, lookup, { t, lang: 'uk', locale: 'uk-UA' });
    expect(rows.map((r) => r.label)).toEqual(['Розробник', 'Клас', 'Паливо', 'Дальність: First test']);
    expect(rows[2]!.parts[0]!.text).toBe('тверде паливо');
    const n = new Intl.NumberFormat('uk-UA');
    expect(rows[3]!.parts[0]!.text).toBe(`${n.format(1000)}–${n.format(1300)} км`);
    const placeRows = factRows(place, lookup, { t, lang: 'uk', locale: 'uk-UA' });
    expect(placeRows.map((r) => r.label)).toEqual(['Тип', 'Країна', 'Координати']);
    expect(placeRows[2]!.parts[0]!.text).toBe('50,45° пн. ш., 30,50° сх. д.');
  });

  it('fall back to the kind module where a language has no text, not to the English dictionary', () => {
    const de = createTranslator({ locale: 'de-DE', messages: { 'kind.weapon.class': 'Klasse' } });
    expect(dictionaryOverride(de)('kind.weapon.class')).toBe('Klasse');
    expect(dictionaryOverride(de)('kind.weapon.origin')).toBeUndefined();
    expect(factRows(weapon, lookup, { t: de, lang: 'de', locale: 'de-DE' }).map((r) => r.label).slice(0, 2)).toEqual(['Developed by', 'Klasse']);
  });

  it.each(Object.keys(dictionaries).filter((code) => code !== 'en'))('are all translated in the shipped %s dictionary, with the same placeholders', (code) => {
    const dictionary = dictionaries[code] as Record<string, unknown>;
    for (const [key, english] of Object.entries(kindDictionaryDefaults())) {
      const translated = dictionary[key];
      expect(translated, `${code}: ${key} ("${english}")`).toBeTypeOf('string');
      expect([...placeholdersOf(translated as string)].sort(), key).toEqual([...placeholdersOf(english)].sort());
    }
  });

  it('may be reworded in an override file, checked against the kind module', () => {
    const check = (text: string) => checkMessagesFile({ path: 'content/i18n/uk.yaml', text });
    expect(check('kind.weapon.origin: Країна-розробник\n')).toEqual({ overrides: { 'kind.weapon.origin': 'Країна-розробник' }, problems: [] });
    expect(check('kind.weapon.orign: X\n').problems.map(formatProblem)).toEqual([
      'content/i18n/uk.yaml:1:1  kind.weapon.orign  unknown message key "kind.weapon.orign"  (did you mean "kind.weapon.origin"?)',
    ]);
    expect(check('kind.weapon.range: "Дальність {km}"\n').problems.map((p) => p.message)).toEqual(['the placeholder {km} is not filled in for this message']);
  });
});

describe('the messages a client script gets baked into the page', () => {
  it('format plurals and placeholders in the page locale, and show an unbaked key as itself', () => {
    const t = bakedTranslator(JSON.stringify({ locale: 'en-GB', messages: { 'search.summary': en['search.summary'] } }));
    expect(t('search.summary', { count: 1, query: 'bridge' })).toBe('1 page matches “bridge”.');
    expect(t('search.summary', { count: 1200, query: 'bridge' })).toBe('1,200 pages match “bridge”.');
    expect(t('search.noResults', { query: 'x' })).toBe('search.noResults');
  });

  it('survive a broken attribute without throwing', () => {
    expect(bakedTranslator('{not json')('search.label')).toBe('search.label');
  });
});

describe('override files (content/i18n/<language>.yaml)', () => {
  const check = (text: string) => checkMessagesFile({ path: 'content/i18n/en.yaml', text });

  it('accept known keys, as text or plural forms', () => {
    const { overrides, problems } = check('nav.glossary: Background\nclaims.history:\n  one: One change\n  other: "{count} changes"\n');
    expect(problems).toEqual([]);
    expect(overrides).toEqual({ 'nav.glossary': 'Background', 'claims.history': { one: 'One change', other: '{count} changes' } });
  });

  it('reject an unknown key at its line, with the key meant', () => {
    expect(check('nav.home: Start\nnav.glosary: Background\n').problems.map(formatProblem)).toEqual([
      'content/i18n/en.yaml:2:1  nav.glosary  unknown message key "nav.glosary"  (did you mean "nav.glossary"?)',
    ]);
  });

  it('reject a placeholder the message does not fill, naming the ones it has', () => {
    expect(check('claims.madeBy: "Claims by {person}"\n').problems.map(formatProblem)).toEqual([
      'content/i18n/en.yaml:1:16  claims.madeBy  the placeholder {person} is not filled in for this message  (this message has {name})',
    ]);
  });

  it('reject plural forms without "other" and forms that do not exist', () => {
    expect(check('claims.history:\n  one: One change\n').problems.map((p) => p.message)).toEqual(['the plural forms lack "other"']);
    expect(check('claims.history:\n  single: One\n  other: Many\n').problems.map((p) => `${p.line} ${p.field} ${p.message}`)).toEqual(['2 claims.history.single "single" is not a plural form']);
  });

  it('lists every message key the same way placeholders are read', () => {
    expect([...placeholdersOf(en['claims.claimedBy'])].sort()).toEqual(['claimant', 'date']);
  });
});

describe('dates keep the precision of the source, in the configured locale', () => {
  it.each([
    ['en-GB', ['2 January 2024', 'April 2024', '2019']],
    ['en-US', ['January 2, 2024', 'April 2024', '2019']],
    ['de-DE', ['2. Januar 2024', 'April 2024', '2019']],
    ['uk-UA', ['2 січня 2024 р.', 'квітень 2024 р.', '2019']],
  ])('%s', (locale, expected) => {
    expect([formatDate('2024-01-02', locale), formatDate('2024-04', locale), formatDate('2019', locale)]).toEqual(expected);
  });

  describe('Ukrainian sentences around a date read grammatically at every precision', () => {
    const ukT = createTranslator({ locale: 'uk-UA', messages: uk });
    // Keys whose date may be a month or a year (the schemas allow YYYY-MM and YYYY there); the others take days only.
    const partial = ['story.coversUntil', 'claims.claimedIn', 'claims.claimedByIn', 'claims.historyStep', 'range.rowDated'] as const;
    // Words after which Intl's nominative month («листопад 2024 р.») is correct: nothing, a colon, a comma, a dot, «на» and «по» (+ accusative).
    const NOMINATIVE_CONTEXT = /(^|[:,·.(]|(^|\s)(на|по))\s*$/u;

    it('shows "по листопад 2024 р. включно" in the byline, not "до листопад"', () => {
      expect(ukT('story.coversUntil', { date: formatDate('2024-11', 'uk-UA') })).toBe('Цей матеріал охоплює події по листопад 2024 р. включно.');
      expect(ukT('story.coversUntil', { date: formatDate('2024-11-05', 'uk-UA') })).toBe('Цей матеріал охоплює події по 5 листопада 2024 р. включно.');
      expect(ukT('story.coversUntil', { date: formatDate('2024', 'uk-UA') })).toBe('Цей матеріал охоплює події по 2024 включно.');
    });

    it.each(partial)('%s puts a month-or-year date only where the nominative is right', (key) => {
      const message = uk[key];
      expect(typeof message).toBe('string');
      const before = (message as string).split('{date}')[0]!;
      expect((message as string).includes('{date}')).toBe(true);
      expect(before, `${key}: «${message as string}»`).toMatch(NOMINATIVE_CONTEXT);
    });

    it('lists every Ukrainian message that interpolates a date, so a new one is classified here', () => {
      const dated = Object.entries(uk).filter(([, m]) => JSON.stringify(m).includes('{date}')).map(([k]) => k).sort();
      const dayOnly = ['claims.asOf', 'claims.claimedBy', 'claims.claimedOn', 'kind.event.toll', 'kind.person.roleAsOf', 'home.leadKicker', 'story.lastUpdated', 'story.published', 'updates.latest.correction', 'updates.latest.update'];
      expect(dated).toEqual([...partial, ...dayOnly].sort());
    });
  });

  it('never shifts a day across a time zone', () => {
    expect(formatDate('2024-12-31', 'en-GB')).toBe('31 December 2024');
    expect(formatDate('2024-01-01', 'en-GB')).toBe('1 January 2024');
  });
});

describe('numbers and coordinates follow the locale', () => {
  it('formats numbers', () => {
    expect(formatNumber(12500, 'en-GB')).toBe('12,500');
    expect(formatNumber(12500, 'de-DE')).toBe('12.500');
  });

  it('formats coordinates with the locale’s decimal sign and the dictionary’s compass words', () => {
    expect(formatCoordinates(50.45, -30.5)).toBe('50.45° N, 30.50° W');
    expect(formatCoordinates(50.45, 30.5, createTranslator({ locale: 'de-DE' }), 'de-DE')).toBe('50,45° N, 30,50° E');
  });
});
