/**
 * Ukrainian linking, method by method: precision and recall on the
 * labelled sentences (tests/fixtures/uk-linking/), forms in the trie,
 * time to build the index (and to load the dictionary, for the methods that
 * use it) and time to scan about 100,000 words.
 *
 *   npm run bench:uk-linking
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { firstKnown, phraseForms, type WordInflector } from '../../src/lib/linking/inflection.ts';
import { buildLocalizedTermMatcher, type LocalizedTermEntry } from '../../src/lib/linking/localized-terms.ts';
import { ukrainianGrammar, ukrainianRules } from '../../src/lib/linking/uk-declension.ts';
import { hunspellInflector, readUkrainianDictionary } from '../../src/tooling/uk-hunspell.ts';
import { readUkGlossary, readUkSentences, score } from './uk-linking-set.ts';

const glossary = readUkGlossary();
const sentences = readUkSentences();
const withoutForms: LocalizedTermEntry[] = glossary.map(({ forms: _forms, ...entry }) => entry);

let t = 0;

interface Method {
  name: string;
  entries: LocalizedTermEntry[];
  /** Uses the dictionary: each such method loads its own copy, so no run profits from another's cache. */
  dictionary: boolean;
  inflect: (hunspell: WordInflector | undefined) => WordInflector | null;
}
const methods: Method[] = [
  { name: 'names and aliases only', entries: withoutForms, dictionary: false, inflect: () => null },
  { name: 'declared forms only', entries: glossary, dictionary: false, inflect: () => null },
  { name: 'dictionary (Hunspell) + declared', entries: glossary, dictionary: true, inflect: (h) => h! },
  { name: 'rules + declared (shipped)', entries: glossary, dictionary: false, inflect: () => ukrainianRules },
  { name: 'rules, then dictionary + declared', entries: glossary, dictionary: true, inflect: (h) => firstKnown(ukrainianRules, h!) },
  { name: 'dictionary, then rules + declared', entries: glossary, dictionary: true, inflect: (h) => firstKnown(h!, ukrainianRules) },
];

const corpus: string[] = [];
let words = 0;
while (words < 100_000) {
  for (const s of sentences) {
    corpus.push(s.text);
    words += s.text.split(/\s+/).length;
  }
}
const text = corpus.join(' ');

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const rows = [
  '| method | forms in the trie | precision | recall | TP / FP / FN | index build | scan of 100,000 words (best of 7) |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];
// One throw-away build and scan first, so the first method in the table does not pay for the JIT.
buildLocalizedTermMatcher(glossary, { lang: 'uk', inflect: ukrainianRules }).find(text);

const dictionaryLoads: number[] = [];
for (const method of methods) {
  let hunspell: WordInflector | undefined;
  if (method.dictionary) {
    t = performance.now();
    hunspell = hunspellInflector(readUkrainianDictionary());
    dictionaryLoads.push(performance.now() - t);
  }
  const inflect = method.inflect(hunspell);
  t = performance.now();
  const matcher = buildLocalizedTermMatcher(method.entries, { lang: 'uk', inflect });
  const build = performance.now() - t;
  const result = score(matcher, sentences);
  matcher.find(text);
  // The machine is shared: the fastest of several runs is the least disturbed one.
  let scan = Infinity;
  for (let r = 0; r < 7; r++) {
    t = performance.now();
    matcher.find(text);
    scan = Math.min(scan, performance.now() - t);
  }
  rows.push(
    `| ${method.name} | ${matcher.size.toLocaleString('en')} | ${pct(result.precision)} | ${pct(result.recall)} | ` +
      `${result.truePositives} / ${result.falsePositives} / ${result.falseNegatives} | ${build.toFixed(1)} ms${method.dictionary ? ' + dictionary' : ''} | ${scan.toFixed(1)} ms |`,
  );
  if (process.argv.includes('--errors')) for (const e of result.errors) console.error(`  ${method.name}: ${e}`);
}

console.log(`Ukrainian linking: ${sentences.length} sentences (${sentences.filter((s) => s.links.length === 0).length} with near-misses only), ` +
  `${sentences.reduce((n, s) => n + s.links.length, 0)} expected links, ${glossary.length} entries.`);
console.log(`Dictionary load (read dictionary-uk, index its stems, parse the affix rules with nspell): ${dictionaryLoads.map((d) => `${d.toFixed(0)} ms`).join(', ')}; once per build for a dictionary method.`);
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(rows.join('\n'));

// Held-out words: names that are not in the test set, declined by the rules and compared with the
// dictionary's forms of the same word (the dictionary as the reference for single words).
const HELD_OUT_PLACES = 'Львів Одеса Дніпро Чернігів Полтава Херсон Маріуполь Донецьк Луганськ Крим Пхеньян Сеул Вашингтон Москва Берлін Ізраїль Китай Японія Франція Німеччина Польща Білорусь Бахмут Авдіївка Ізюм Куп’янськ Покровськ Вінниця Житомир Ужгород Тернопіль Рівне Луцьк Кременчук Брюссель Лондон Варшава Прага Відень Женева'.split(' ');
const HELD_OUT_PERSONS = 'Зеленський Шмигаль Кулеба Буданов Залужний Сирський Умєров Єрмак Кличко Терехов Шевченко Байден Путін Кім Сибіга Рєзніков Стефанчук Юсов Лубінець Клименко Федоров Кравчук Ковальчук Мельник Бондаренко Ткаченко Коваленко Олійник Лисенко Марченко Руденко Савченко Петренко Гуменюк Тимошенко'.split(' ');
const reference = hunspellInflector(readUkrainianDictionary());
let known = 0;
let referenceForms = 0;
let produced = 0;
const misses: string[] = [];
for (const [words, person] of [[HELD_OUT_PLACES, false], [HELD_OUT_PERSONS, true]] as const) {
  for (const word of words) {
    const dictionary = reference(word, { role: 'noun', person });
    if (!dictionary) continue;
    known++;
    const expected = new Set((dictionary.forms ?? []).map((f) => f.toLowerCase()));
    const rules = new Set(phraseForms(word, { person, grammar: ukrainianGrammar, inflect: ukrainianRules }).map((f) => f.toLowerCase()));
    referenceForms += expected.size;
    for (const f of expected) {
      if (rules.has(f)) produced++;
      else misses.push(`${word}→${f}`);
    }
  }
}
console.log(
  `\nHeld-out names (${HELD_OUT_PLACES.length} places, ${HELD_OUT_PERSONS.length} surnames; ${known} in the dictionary): ` +
    `the rules produce ${produced} of the dictionary's ${referenceForms} forms (${pct(produced / referenceForms)}).`,
);
console.log(`Not produced: ${misses.join(', ') || 'none'}`);

// Scaling: synthetic Ukrainian names (adjective + noun + a number, and first name + surname),
// to see what inflection costs a large glossary. Scan time should stay flat.
const ADJECTIVES = ['Північна', 'Харківська', 'Обласна', 'Національна', 'Державна', 'Міська', 'Центральна', 'Морська'];
const NOUNS = ['рада', 'служба', 'прокуратура', 'агенція', 'комісія', 'інспекція', 'палата', 'академія'];
const FIRST = ['Олег', 'Андрій', 'Михайло', 'Юрій', 'Дмитро', 'Іван', 'Петро', 'Сергій'];
const LAST = ['Коваленко', 'Мельник', 'Синєгубов', 'Кравчук', 'Бондар', 'Ткачук', 'Лисенко', 'Гуменюк'];
function syntheticEntry(i: number): LocalizedTermEntry {
  if (i % 2 === 0) {
    return { id: `org-${i}`, kind: 'organization', name: `${ADJECTIVES[i % 8]} ${NOUNS[(i >> 3) % 8]} ${i}`, aliases: [] };
  }
  return { id: `person-${i}`, kind: 'person', name: `${FIRST[i % 8]} ${LAST[(i >> 3) % 8]}${i.toString(36).replace(/[0-9]/g, (d) => 'абвгдежзик'[Number(d)]!)}`, aliases: [] };
}
const scaleRows = ['| entries | forms in the trie | index build | scan of 100,000 words |', '| --- | --- | --- | --- |'];
for (const n of [100, 1_000, 10_000]) {
  const entries = Array.from({ length: n }, (_, i) => syntheticEntry(i));
  t = performance.now();
  const matcher = buildLocalizedTermMatcher(entries, { lang: 'uk' });
  const build = performance.now() - t;
  matcher.find(text);
  let scan = Infinity;
  for (let r = 0; r < 5; r++) {
    t = performance.now();
    matcher.find(text);
    scan = Math.min(scan, performance.now() - t);
  }
  scaleRows.push(`| ${n.toLocaleString('en')} | ${matcher.size.toLocaleString('en')} | ${build.toFixed(0)} ms | ${scan.toFixed(1)} ms |`);
}
console.log(`\nScaling with the rules (synthetic names, the same 100,000 words of text):\n\n${scaleRows.join('\n')}`);
