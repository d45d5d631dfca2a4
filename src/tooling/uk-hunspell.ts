/**
 * Word forms from the Ukrainian Hunspell dictionary (`dictionary-uk`, with
 * `nspell` applying its affix rules), as a `WordInflector` for the linker.
 *
 * Only the stems a name needs are expanded: the dictionary's word list is
 * indexed by lower-cased stem once (about a second, only when a Ukrainian
 * edition is built), and each name word's stem line is expanded through
 * nspell on demand and memoised. A name word that is itself inflected
 * (Північна, Повітряні, сили) is traced back to its dictionary stem by
 * trying the usual lemma endings and keeping a stem only if its expansion
 * contains the word.
 *
 * The dictionary has no grammatical tags, so its forms come as a plain set
 * (no case or gender): a surname's set includes the feminine forms
 * (Синєгубов → Синєгубової), and a common noun spelled like a name adds
 * its own forms (подоляк → подоляки). See BENCHMARKS.md for what that
 * costs in precision against the rules in src/lib/linking/uk-declension.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { WordInflection, WordInflector } from '../lib/linking/inflection.ts';

interface NSpell {
  data: Record<string, unknown>;
  dictionary(dic: string): NSpell;
}
type NSpellFactory = (aff: Uint8Array | string) => NSpell;

export interface HunspellFiles {
  aff: Uint8Array | string;
  dic: Uint8Array | string;
}

const require = createRequire(import.meta.url);

/** The `dictionary-uk` files, read synchronously (the package's own entry point reads them with top-level await). */
export function readUkrainianDictionary(): HunspellFiles {
  const dir = dirname(require.resolve('dictionary-uk'));
  return { aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) };
}

const ADJECTIVE_ENDINGS = ['ий', 'ій', 'а', 'я', 'е', 'є', 'і'];
const PLURAL_NOUN_LEMMAS: Array<[string, string[]]> = [
  ['и', ['а', '', 'о']],
  ['і', ['я', 'ь', 'й', 'е']],
  ['ї', ['я', 'й']],
];

/** A `WordInflector` backed by a Hunspell dictionary. */
export function hunspellInflector(files: HunspellFiles): WordInflector {
  const spell = (require('nspell') as NSpellFactory)(files.aff);
  const dic = typeof files.dic === 'string' ? files.dic : Buffer.from(files.dic).toString('utf8');
  /** Lower-cased stem → its dictionary lines (a word can be listed as common noun and as name). */
  const lines = new Map<string, string[]>();
  let from = dic.indexOf('\n') + 1; // the first line is the count
  while (from < dic.length) {
    let to = dic.indexOf('\n', from);
    if (to < 0) to = dic.length;
    const line = dic.slice(from, to).trim();
    from = to + 1;
    if (!line) continue;
    const slash = line.indexOf('/');
    const key = (slash < 0 ? line : line.slice(0, slash)).toLowerCase();
    const list = lines.get(key);
    if (list) list.push(line);
    else lines.set(key, [line]);
  }

  const expanded = new Map<string, string[]>();
  const expand = (line: string): string[] => {
    let forms = expanded.get(line);
    if (!forms) {
      spell.data = Object.create(null);
      spell.dictionary(`1\n${line}`);
      forms = Object.keys(spell.data);
      expanded.set(line, forms);
    }
    return forms;
  };

  const results = new Map<string, WordInflection | undefined>();
  return (word, context) => {
    const lower = word.toLowerCase();
    const cacheKey = `${context.role}:${context.gender ?? ''}:${word}`;
    if (results.has(cacheKey)) return results.get(cacheKey);

    const candidates = [lower];
    if (context.role === 'adjective') {
      for (const ending of ADJECTIVE_ENDINGS) {
        if (lower.endsWith(ending)) {
          const stem = lower.slice(0, -ending.length);
          candidates.push(stem + 'ий', stem + 'ій');
        }
      }
    } else {
      for (const [ending, lemmas] of PLURAL_NOUN_LEMMAS) {
        if (lower.endsWith(ending)) for (const l of lemmas) candidates.push(lower.slice(0, -ending.length) + l);
      }
    }

    const found = new Set<string>();
    for (const candidate of candidates) {
      const here = new Set<string>();
      for (const line of lines.get(candidate) ?? []) {
        const forms = expand(line);
        if (forms.some((f) => f.toLowerCase() === lower)) for (const f of forms) here.add(f.toLowerCase());
      }
      for (const f of here) found.add(f);
      // The word is itself a declining stem (Рада): do not mix in the forms of other lemmas (радий).
      if (candidate === lower && here.size > 1) break;
    }
    let result: WordInflection | undefined;
    if (found.size > 1) {
      // Forms take the word's own casing: the dictionary may list a name also as an acronym (УДАР).
      const allCaps = word === word.toUpperCase();
      const capital = !allCaps && word[0] !== word[0]!.toLowerCase();
      const recase = (f: string) => (allCaps ? f.toUpperCase() : capital ? f[0]!.toUpperCase() + f.slice(1) : f);
      result = { forms: [...found].map(recase) };
    }
    results.set(cacheKey, result);
    return result;
  };
}

let shared: WordInflector | undefined;

/** The Ukrainian Hunspell inflector, built once per process. */
export function ukrainianHunspellInflector(): WordInflector {
  shared ??= hunspellInflector(readUkrainianDictionary());
  return shared;
}
