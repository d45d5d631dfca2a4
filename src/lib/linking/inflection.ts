/**
 * Inflected forms of multi-word names, for languages whose nouns and
 * adjectives decline (Ukrainian first). A name becomes a finite list of
 * surface forms at index-build time; the forms go into the matcher's one
 * trie, so matching stays one linear pass over the text and no regular
 * expression per form is ever built.
 *
 * Which words of a name decline (the phrase structure)
 * - Persons (entry kind `person`): every word declines on its own
 *   (Михайло Подоляк → Михайла Подоляка), except words that never decline.
 * - Anything else: the leading adjectives and the first noun after them
 *   decline, in agreement (Північна Корея → Північної Кореї,
 *   Харківська обласна прокуратура → Харківської обласної прокуратури);
 *   every word after that head noun is a fixed complement and stays as
 *   written (Рада Безпеки ООН → Ради Безпеки ООН, Офіс Президента України →
 *   Офісу Президента України, удар по Харкову → ударом по Харкову).
 * - A name made of adjectives only (південнокорейські військові) declines
 *   every word.
 * - Designations in front stay as written and the words after them decline
 *   (9К720 Іскандер → 9К720 Іскандера).
 * - In a hyphenated word only the part after the last hyphen declines
 *   (Народно-Демократична → Народно-Демократичної); a word with a digit, a
 *   Latin letter or two capitals (КН-23, KN-23, ООН) never declines.
 *
 * How words decline is injected: a `WordInflector` gives the forms of one
 * word either by grammatical slot (case × number), which lets adjectives
 * agree with their noun, or as a plain set when the source knows forms but
 * not their slots (a Hunspell dictionary). Slot-aligned words combine slot
 * by slot; as soon as one word only has a plain set, the phrase takes every
 * combination (more forms than real, but the extra ones are word
 * sequences no text contains, so they cost trie nodes, not precision).
 */

export const CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'voc'] as const;
export type GrammaticalCase = (typeof CASES)[number];
export type GrammaticalNumber = 'sg' | 'pl';
export type Slot = `${GrammaticalCase}.${GrammaticalNumber}`;
export const SLOTS: readonly Slot[] = CASES.flatMap((c) => [`${c}.sg` as Slot, `${c}.pl` as Slot]);

export type Gender = 'm' | 'f' | 'n' | 'pl';

/** Forms of one word: by slot (for agreement), or as a plain set. */
export interface WordInflection {
  slots?: Partial<Record<Slot, readonly string[]>>;
  forms?: readonly string[];
}

export interface WordContext {
  role: 'adjective' | 'noun';
  /** The entry names a person (first names and surnames decline separately). */
  person: boolean;
  /** Gender of the agreeing adjective before a noun, when there is one. */
  gender?: Gender;
}

/** Forms of one word, or undefined when the source does not know it (it then stays as written). */
export type WordInflector = (word: string, context: WordContext) => WordInflection | undefined;

/** Language-specific reading of a name's words: which are adjectives, which never decline. */
export interface PhraseGrammar {
  /** True when the word can be an adjective agreeing with a noun after it. */
  isAdjective(word: string, person: boolean): boolean;
  /** Gender an adjective shows by its ending. */
  adjectiveGender(word: string): Gender | undefined;
}

/** Upper bound of forms per name; past it, the name keeps only the forms found so far. */
export const MAX_FORMS_PER_NAME = 4096;

interface Part {
  /** Text kept in front of the declining part (up to a hyphen), or ''. */
  prefix: string;
  word: string;
  declines: boolean;
  role: 'adjective' | 'noun';
}

/** A digit or a Latin letter anywhere in a token: a designation (KN-23, КН-23, 9К720). */
const DESIGNATION = /[\p{N}\p{Script=Latin}]/u;
/** Two capitals in one word: an acronym (ООН, КНДР). */
const ACRONYM = /\p{Lu}.*\p{Lu}/u;

function splitHyphen(token: string): { prefix: string; word: string } {
  const at = Math.max(token.lastIndexOf('-'), token.lastIndexOf('‐'), token.lastIndexOf('‑'));
  if (at <= 0 || at === token.length - 1) return { prefix: '', word: token };
  return { prefix: token.slice(0, at + 1), word: token.slice(at + 1) };
}

/** Which words of `name` decline, and as what. */
export function phraseParts(name: string, person: boolean, grammar: PhraseGrammar): Part[] {
  const tokens = name.trim().split(/\s+/u).filter(Boolean);
  const parts: Part[] = tokens.map((token) => {
    const fixed = DESIGNATION.test(token);
    const { prefix, word } = fixed ? { prefix: '', word: token } : splitHyphen(token);
    const declines = !fixed && word.length >= 2 && !ACRONYM.test(word);
    return { prefix, word, declines, role: 'noun' as const };
  });
  if (person) {
    for (const p of parts) if (p.declines && grammar.isAdjective(p.word, true)) p.role = 'adjective';
    return parts;
  }
  // Leading designations stay as written and do not end the head phrase: 9К720 Іскандер → 9К720 Іскандера.
  let i = 0;
  while (i < parts.length - 1 && !parts[i]!.declines) i++;
  while (i < parts.length - 1 && parts[i]!.declines && grammar.isAdjective(parts[i]!.word, false)) {
    parts[i]!.role = 'adjective';
    i++;
  }
  const allAdjectives = i > 0 && parts[i - 1]!.role === 'adjective' && i === parts.length - 1 && parts[i]!.declines && grammar.isAdjective(parts[i]!.word, false);
  if (allAdjectives) parts[i]!.role = 'adjective';
  for (let k = i + 1; k < parts.length; k++) parts[k]!.declines = false;
  return parts;
}

/**
 * Every surface form of `name` (the name itself first), built from the
 * words' forms. Words the inflector does not know stay as written.
 */
export function phraseForms(
  name: string,
  options: { person: boolean; grammar: PhraseGrammar; inflect: WordInflector },
): string[] {
  const parts = phraseParts(name, options.person, options.grammar);
  const gender = parts.find((p) => p.role === 'adjective' && p.declines)?.word;
  const nounGender = gender === undefined ? undefined : options.grammar.adjectiveGender(gender);
  const inflections = parts.map((p): WordInflection | undefined =>
    p.declines
      ? options.inflect(p.word, {
          role: p.role,
          person: options.person,
          ...(p.role === 'noun' && nounGender ? { gender: nounGender } : {}),
        })
      : undefined,
  );

  const out = new Set<string>([parts.map((p) => p.prefix + p.word).join(' ')]);
  const declining = inflections.some((inf) => inf !== undefined);
  if (!declining) return [...out];

  const aligned = inflections.every((inf) => inf === undefined || inf.slots !== undefined);
  if (aligned) {
    for (const slot of SLOTS) {
      const choices = parts.map((p, k) => {
        const inf = inflections[k];
        if (!inf) return [p.prefix + p.word];
        return (inf.slots![slot] ?? []).map((f) => p.prefix + f);
      });
      if (choices.some((c) => c.length === 0)) continue;
      if (!product(choices, out)) break;
    }
  } else {
    const choices = parts.map((p, k) => {
      const inf = inflections[k];
      if (!inf) return [p.prefix + p.word];
      const set = new Set<string>([p.word, ...(inf.forms ?? []), ...Object.values(inf.slots ?? {}).flat()]);
      return [...set].map((f) => p.prefix + f);
    });
    product(choices, out);
  }
  return [...out];
}

/** Adds every space-joined combination of `choices` to `out`; false once the cap is hit. */
function product(choices: readonly string[][], out: Set<string>): boolean {
  const picked = new Array<string>(choices.length);
  const walk = (k: number): boolean => {
    if (k === choices.length) {
      out.add(picked.join(' '));
      return out.size < MAX_FORMS_PER_NAME;
    }
    for (const c of choices[k]!) {
      picked[k] = c;
      if (!walk(k + 1)) return false;
    }
    return true;
  };
  return walk(0);
}

/** Several inflectors in order of trust: the first that knows a word gives its forms. */
export function firstKnown(...inflectors: WordInflector[]): WordInflector {
  return (word, context) => {
    for (const inflect of inflectors) {
      const inf = inflect(word, context);
      if (inf) return inf;
    }
    return undefined;
  };
}
