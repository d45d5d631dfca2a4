/**
 * A small rule-based Ukrainian declension of the words that make up names:
 * the common noun paradigms (by ending and gender) and the hard and soft
 * adjectives, case by case, singular and plural. Pure: no dictionary.
 *
 * It is meant for names, so it errs towards producing forms: where Ukrainian
 * has two endings (genitive -а/-у, dative -ові/-у, locative -ові/-і/-у) both
 * are produced, and a form that is not a real word costs a trie node, never
 * a false link. What it does not produce:
 * - consonant alternations beyond і→о/ї→є in -ів/-їв and one-syllable
 *   words (Харків → Харкова, Київ → Києва, дім → дому), к/г/х → ц/з/с in
 *   the dative and locative of feminines (Америка → Америці) and the
 *   vocative of velar masculines (Олег → Олеже);
 * - inserted vowels in the genitive plural (сестра → сестер);
 * - irregular nouns (Ігор → Ігоря, люди, дитя). Declare their forms.
 * Words ending in -і, -ї, -у, -ю, -е, -є, -и (Кірбі, Джеффрі, Токіо
 * is an exception it gets wrong) are read as not declining, which is right
 * for most foreign names; a noun ending in -о declines like Дмитро (so
 * ембарго gets harmless extra forms).
 */
import type { Gender, PhraseGrammar, Slot, WordContext, WordInflection, WordInflector } from './inflection.ts';

type Endings = Partial<Record<Slot, readonly string[]>>;

const SINGULAR: readonly Slot[] = ['nom.sg', 'gen.sg', 'dat.sg', 'acc.sg', 'ins.sg', 'loc.sg', 'voc.sg'];

const VOWELS = 'аеєиіїоуюя';
const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.includes(ch);
const isApostrophe = (ch: string | undefined) => ch === "'" || ch === '’' || ch === 'ʼ';
const VELAR: Record<string, string> = { к: 'ч', г: 'ж', х: 'ш', ґ: 'ж' };
const VELAR_DATIVE: Record<string, string> = { к: 'ц', г: 'з', х: 'с', ґ: 'з' };
const SIBILANT = /(?:ж|ч|ш|щ|дж)$/;

function slots(entries: Array<[Slot, string[]]>): Endings {
  return Object.fromEntries(entries) as Endings;
}

/** Stem + ending for every slot, the ending written in the word's case (all caps stays all caps). */
function attach(stem: string, endings: Endings, upper: boolean): Partial<Record<Slot, string[]>> {
  const out: Partial<Record<Slot, string[]>> = {};
  for (const [slot, list] of Object.entries(endings) as Array<[Slot, readonly string[]]>) {
    out[slot] = list.map((e) => stem + (upper ? e.toUpperCase() : e));
  }
  return out;
}

const PLURAL_HARD: Array<[Slot, string[]]> = [
  ['nom.pl', ['и']],
  ['gen.pl', ['ів']],
  ['dat.pl', ['ам']],
  ['acc.pl', ['и', 'ів']],
  ['ins.pl', ['ами']],
  ['loc.pl', ['ах']],
  ['voc.pl', ['и']],
];

// ---------------------------------------------------------------------------
// Nouns

/** Masculine nouns ending in a consonant (Харків, Подоляк, Костін, Льюїс). */
function masculineConsonant(word: string, lower: string, person: boolean, upper: boolean): Partial<Record<Slot, string[]>> {
  const last = lower.at(-1)!;
  // і → о, ї → є in the closed last syllable: -ів/-їв (Харків, Київ, Яків) and one-syllable дім, кіт.
  let oblique = word;
  const alternates = /[ії]в$/.test(lower) || (word === lower && /^[^аеєиіїоуюя]*і[^аеєиіїоуюяь]$/.test(lower));
  if (alternates) {
    const at = word.length - 2;
    const vowel = lower[at] === 'ї' ? 'є' : 'о';
    oblique = word.slice(0, at) + (upper ? vowel.toUpperCase() : vowel) + word.slice(at + 1);
  }
  const surnameIm = person && /(?:ов|ев|єв|ін|їн|ин)$/.test(lower);
  let endings: Endings;
  if (SIBILANT.test(lower)) {
    endings = slots([
      ['gen.sg', ['а', 'у']],
      ['dat.sg', ['еві', 'у']],
      ['acc.sg', ['а']],
      ['ins.sg', ['ем']],
      ['loc.sg', ['еві', 'і', 'у']],
      ['voc.sg', ['е', 'у']],
      ['nom.pl', ['і']],
      ['gen.pl', ['ів']],
      ['dat.pl', ['ам']],
      ['acc.pl', ['і', 'ів']],
      ['ins.pl', ['ами']],
      ['loc.pl', ['ах']],
      ['voc.pl', ['і']],
    ]);
  } else if (surnameIm) {
    endings = slots([
      ['gen.sg', ['а']],
      ['dat.sg', ['у', 'ові']],
      ['acc.sg', ['а']],
      // -им for surnames (Костіним, Синєгубовим); -ом too, for first names with the same ending (Мартином, Левом).
      ['ins.sg', ['им', 'ом']],
      ['loc.sg', ['ові', 'і', 'у']],
      ['voc.sg', ['е']],
      ['nom.pl', ['и']],
      ['gen.pl', ['их']],
      ['dat.pl', ['им']],
      ['acc.pl', ['их']],
      ['ins.pl', ['ими']],
      ['loc.pl', ['их']],
      ['voc.pl', ['и']],
    ]);
  } else {
    const velar = last in VELAR;
    endings = slots([
      ['gen.sg', ['а', 'у']],
      ['dat.sg', ['ові', 'у']],
      ['acc.sg', ['а']],
      ['ins.sg', ['ом']],
      ['loc.sg', velar ? ['ові', 'у'] : ['ові', 'і', 'у']],
      ['voc.sg', velar ? ['у'] : ['е', 'у']],
      ...PLURAL_HARD,
    ]);
  }
  const out = attach(oblique, endings, upper);
  out['nom.sg'] = [word];
  out['acc.sg'] = [word, ...(out['acc.sg'] ?? [])];
  if (last in VELAR && !person) {
    // Places and things also take -і with к/г/х → ц/з/с in the locative: у Кременчуці.
    const alt = oblique.slice(0, -1) + (upper ? VELAR_DATIVE[last]!.toUpperCase() + 'І' : VELAR_DATIVE[last]! + 'і');
    out['loc.sg'] = [...(out['loc.sg'] ?? []), alt];
  }
  if (last in VELAR && !surnameIm) {
    const soft = VELAR[last]!;
    out['voc.sg']!.push(word.slice(0, -1) + (upper ? (soft + 'е').toUpperCase() : soft + 'е'));
  }
  return out;
}

/** Nouns ending in -а (Україна, ракета, Рада; Микола declines the same way). */
function firstDeclensionA(word: string, lower: string, upper: boolean): Partial<Record<Slot, string[]>> {
  const stem = word.slice(0, -1);
  const stemLower = lower.slice(0, -1);
  if (SIBILANT.test(stemLower)) {
    return attach(stem, slots([
      ['nom.sg', ['а']], ['gen.sg', ['і']], ['dat.sg', ['і']], ['acc.sg', ['у']], ['ins.sg', ['ею']], ['loc.sg', ['і']], ['voc.sg', ['е']],
      ['nom.pl', ['і']], ['gen.pl', ['']], ['dat.pl', ['ам']], ['acc.pl', ['і', '']], ['ins.pl', ['ами']], ['loc.pl', ['ах']], ['voc.pl', ['і']],
    ]), upper);
  }
  const out = attach(stem, slots([
    ['nom.sg', ['а']], ['gen.sg', ['и']], ['dat.sg', ['і']], ['acc.sg', ['у']], ['ins.sg', ['ою']], ['loc.sg', ['і']], ['voc.sg', ['о']],
    ['nom.pl', ['и']], ['gen.pl', ['']], ['dat.pl', ['ам']], ['acc.pl', ['и', '']], ['ins.pl', ['ами']], ['loc.pl', ['ах']], ['voc.pl', ['и']],
  ]), upper);
  const last = stemLower.at(-1)!;
  if (last in VELAR_DATIVE) {
    const alt = stem.slice(0, -1) + (upper ? VELAR_DATIVE[last]!.toUpperCase() : VELAR_DATIVE[last]!);
    const i = upper ? 'І' : 'і';
    out['dat.sg'] = [alt + i];
    out['loc.sg'] = [alt + i];
  }
  return out;
}

/** Nouns ending in -я: after a vowel or apostrophe (Корея, Росія, сім’я), after a doubled consonant (Запоріжжя), or soft (земля). */
function firstDeclensionYa(word: string, lower: string, person: boolean, upper: boolean): Partial<Record<Slot, string[]>> {
  const stem = word.slice(0, -1);
  const before = lower.at(-2);
  if (isVowel(before) || isApostrophe(before)) {
    return attach(stem, slots([
      ['nom.sg', ['я']], ['gen.sg', ['ї']], ['dat.sg', ['ї']], ['acc.sg', ['ю']], ['ins.sg', ['єю']], ['loc.sg', ['ї']], ['voc.sg', ['є']],
      ['nom.pl', ['ї']], ['gen.pl', ['й']], ['dat.pl', ['ям']], ['acc.pl', ['ї', 'й']], ['ins.pl', ['ями']], ['loc.pl', ['ях']], ['voc.pl', ['ї']],
    ]), upper);
  }
  if (!person && lower.length >= 3 && before === lower.at(-3) && !isVowel(before)) {
    // Neuter with a doubled consonant: Запоріжжя, Поділля, питання.
    return attach(stem, slots([
      ['nom.sg', ['я']], ['gen.sg', ['я']], ['dat.sg', ['ю']], ['acc.sg', ['я']], ['ins.sg', ['ям']], ['loc.sg', ['і', 'ю']], ['voc.sg', ['я']],
    ]), upper);
  }
  return attach(stem, slots([
    ['nom.sg', ['я']], ['gen.sg', ['і']], ['dat.sg', ['і']], ['acc.sg', ['ю']], ['ins.sg', ['ею']], ['loc.sg', ['і']], ['voc.sg', ['е', 'ю']],
    ['nom.pl', ['і']], ['gen.pl', ['ь']], ['dat.pl', ['ям']], ['acc.pl', ['і']], ['ins.pl', ['ями']], ['loc.pl', ['ях']], ['voc.pl', ['і']],
  ]), upper);
}

/** Masculine (and neuter) nouns ending in -о: Михайло, Дмитро, Чубенко, місто. */
function nounO(word: string, upper: boolean): Partial<Record<Slot, string[]>> {
  const stem = word.slice(0, -1);
  return attach(stem, slots([
    ['nom.sg', ['о']], ['gen.sg', ['а']], ['dat.sg', ['у', 'ові']], ['acc.sg', ['а', 'о']], ['ins.sg', ['ом']], ['loc.sg', ['ові', 'і', 'у']], ['voc.sg', ['е', 'у']],
    ...PLURAL_HARD,
  ]), upper);
}

/** Masculine nouns ending in -й: Андрій, Юрій, Китай. */
function nounYot(word: string, upper: boolean): Partial<Record<Slot, string[]>> {
  const stem = word.slice(0, -1);
  return attach(stem, slots([
    ['nom.sg', ['й']], ['gen.sg', ['я', 'ю']], ['dat.sg', ['ю', 'єві']], ['acc.sg', ['я', 'й']], ['ins.sg', ['єм']], ['loc.sg', ['ї', 'ю', 'єві']], ['voc.sg', ['ю']],
    ['nom.pl', ['ї']], ['gen.pl', ['їв']], ['dat.pl', ['ям']], ['acc.pl', ['ї', 'їв']], ['ins.pl', ['ями']], ['loc.pl', ['ях']], ['voc.pl', ['ї']],
  ]), upper);
}

/** Nouns ending in -ь: feminine (область, сіль) or masculine (Кремль). */
function nounSoftSign(word: string, lower: string, feminine: boolean, upper: boolean): Partial<Record<Slot, string[]>> {
  const stem = word.slice(0, -1);
  if (feminine) {
    // Instrumental doubles a single consonant after a vowel: сіль → сіллю, but область → областю.
    const c = stem.at(-1)!;
    const doubled = isVowel(lower.at(-3)) ? stem + c : stem;
    const out = attach(stem, slots([
      ['gen.sg', ['і']], ['dat.sg', ['і']], ['loc.sg', ['і']], ['voc.sg', ['е']],
      ['nom.pl', ['і']], ['gen.pl', ['ей']], ['dat.pl', ['ям']], ['acc.pl', ['і', 'ей']], ['ins.pl', ['ями']], ['loc.pl', ['ях']], ['voc.pl', ['і']],
    ]), upper);
    out['nom.sg'] = [word];
    out['acc.sg'] = [word];
    out['ins.sg'] = [doubled + (upper ? 'Ю' : 'ю')];
    return out;
  }
  let oblique = stem;
  if (/[^аеєиіїоуюя]іль$/.test(lower)) oblique = stem.slice(0, -2) + (upper ? 'О' : 'о') + stem.slice(-1);
  else if (/[^аеєиіїоуюя]ень$/.test(lower) && lower.length > 4) oblique = stem.slice(0, -2) + stem.slice(-1);
  const masculine = attach(oblique, slots([
    ['gen.sg', ['я', 'ю']], ['dat.sg', ['ю', 'еві']], ['acc.sg', ['я']], ['ins.sg', ['ем']], ['loc.sg', ['і', 'ю', 'еві']], ['voc.sg', ['ю']],
    ['nom.pl', ['і']], ['gen.pl', ['ів']], ['dat.pl', ['ям']], ['acc.pl', ['і', 'ів']], ['ins.pl', ['ями']], ['loc.pl', ['ях']], ['voc.pl', ['і']],
  ]), upper);
  masculine['nom.sg'] = [word];
  masculine['acc.sg'] = [word, ...(masculine['acc.sg'] ?? [])];
  if (oblique !== stem) return masculine;
  return attach(stem, slots([
    ['nom.sg', ['ь']], ['gen.sg', ['я', 'ю']], ['dat.sg', ['ю', 'еві']], ['acc.sg', ['ь', 'я']], ['ins.sg', ['ем']], ['loc.sg', ['і', 'ю', 'еві']], ['voc.sg', ['ю']],
    ['nom.pl', ['і']], ['gen.pl', ['ів']], ['dat.pl', ['ям']], ['acc.pl', ['і', 'ів']], ['ins.pl', ['ями']], ['loc.pl', ['ях']], ['voc.pl', ['і']],
  ]), upper);
}

/** Masculine -ець with its fleeting е: Лубінець → Лубінця, Кролевець → Кролевця. */
function fleetingE(word: string, upper: boolean): Partial<Record<Slot, string[]>> {
  const stem = word.slice(0, -3) + (upper ? 'Ц' : 'ц');
  const out = attach(stem, slots([
    ['gen.sg', ['я']], ['dat.sg', ['ю', 'еві']], ['acc.sg', ['я']], ['ins.sg', ['ем']], ['loc.sg', ['еві', 'і', 'ю']], ['voc.sg', ['ю']],
    ['nom.pl', ['і']], ['gen.pl', ['ів']], ['dat.pl', ['ям']], ['acc.pl', ['ів', 'і']], ['ins.pl', ['ями']], ['loc.pl', ['ях']], ['voc.pl', ['і']],
  ]), upper);
  out['nom.sg'] = [word];
  out['acc.sg'] = [word, ...(out['acc.sg'] ?? [])];
  return out;
}

/** Plural-only nouns in -и after a plural adjective: (Повітряні) сили, (Збройні) сили. */
function pluralOnly(word: string, upper: boolean): Partial<Record<Slot, string[]>> {
  const stem = word.slice(0, -1);
  return attach(stem, slots([
    ['nom.pl', ['и']], ['gen.pl', ['', 'ів']], ['dat.pl', ['ам']], ['acc.pl', ['и']], ['ins.pl', ['ами']], ['loc.pl', ['ах']], ['voc.pl', ['и']],
  ]), upper);
}

function nounSlots(word: string, context: WordContext): Partial<Record<Slot, string[]>> | undefined {
  const lower = word.toLowerCase();
  const upper = word === word.toUpperCase();
  const last = lower.at(-1)!;
  if (!/^[\p{Script=Cyrillic}'’ʼ]+$/u.test(word) || lower.length < 2) return undefined;
  if (last === 'а') return firstDeclensionA(word, lower, upper);
  if (last === 'я') return firstDeclensionYa(word, lower, context.person, upper);
  if (last === 'о') {
    const out = nounO(word, upper);
    // Loanwords in -о (ембарго, метро, Осло) do not decline: keep the word in every singular slot too.
    if (!context.person) for (const slot of SINGULAR) out[slot] = [...new Set([word, ...(out[slot] ?? [])])];
    return out;
  }
  if (last === 'й') return nounYot(word, upper);
  if (/[^аеєиіїоуюя]ець$/.test(lower) && lower.length > 4) return fleetingE(word, upper);
  if (last === 'ь') {
    const feminine = context.gender === 'f' || (context.gender === undefined && /(?:ть|сь)$/.test(lower));
    return nounSoftSign(word, lower, feminine, upper);
  }
  if (last === 'и' && context.gender === 'pl') return pluralOnly(word, upper);
  if (!context.person && /(?:н|ськ|цьк|зьк)е$/.test(lower) && lower.length > 4) {
    // Place names that are neuter adjectives: Рівне → Рівного, Рівному, Рівним.
    const adjective = adjectiveSlots(word);
    if (adjective) return Object.fromEntries(SINGULAR.map((slot) => [slot, adjective[slot] ?? []]));
  }
  if (isVowel(last) || isApostrophe(last)) return undefined; // Кірбі, Джеффрі, Торонто-like loans: do not decline
  return masculineConsonant(word, lower, context.person, upper);
}

// ---------------------------------------------------------------------------
// Adjectives

const HARD_ADJECTIVE: Record<Gender, Array<[Slot, string[]]>> = {
  m: [['nom.sg', ['ий']], ['gen.sg', ['ого']], ['dat.sg', ['ому']], ['acc.sg', ['ий', 'ого']], ['ins.sg', ['им']], ['loc.sg', ['ому', 'ім']], ['voc.sg', ['ий']]],
  f: [['nom.sg', ['а']], ['gen.sg', ['ої']], ['dat.sg', ['ій']], ['acc.sg', ['у']], ['ins.sg', ['ою']], ['loc.sg', ['ій']], ['voc.sg', ['а', 'о']]],
  n: [['nom.sg', ['е']], ['gen.sg', ['ого']], ['dat.sg', ['ому']], ['acc.sg', ['е']], ['ins.sg', ['им']], ['loc.sg', ['ому', 'ім']], ['voc.sg', ['е']]],
  pl: [],
};
const HARD_ADJECTIVE_PLURAL: Array<[Slot, string[]]> = [
  ['nom.pl', ['і']], ['gen.pl', ['их']], ['dat.pl', ['им']], ['acc.pl', ['і', 'их']], ['ins.pl', ['ими']], ['loc.pl', ['их']], ['voc.pl', ['і']],
];
const SOFT_ADJECTIVE: Record<Gender, Array<[Slot, string[]]>> = {
  m: [['nom.sg', ['ій']], ['gen.sg', ['ього']], ['dat.sg', ['ьому']], ['acc.sg', ['ій', 'ього']], ['ins.sg', ['ім']], ['loc.sg', ['ьому', 'ім']], ['voc.sg', ['ій']]],
  f: [['nom.sg', ['я']], ['gen.sg', ['ьої']], ['dat.sg', ['ій']], ['acc.sg', ['ю']], ['ins.sg', ['ьою']], ['loc.sg', ['ій']], ['voc.sg', ['я']]],
  n: [['nom.sg', ['є']], ['gen.sg', ['ього']], ['dat.sg', ['ьому']], ['acc.sg', ['є']], ['ins.sg', ['ім']], ['loc.sg', ['ьому', 'ім']], ['voc.sg', ['є']]],
  pl: [],
};
const SOFT_ADJECTIVE_PLURAL: Array<[Slot, string[]]> = [
  ['nom.pl', ['і']], ['gen.pl', ['іх']], ['dat.pl', ['ім']], ['acc.pl', ['і', 'іх']], ['ins.pl', ['іми']], ['loc.pl', ['іх']], ['voc.pl', ['і']],
];

/** Ending → [gender, soft]. Checked longest first. */
const ADJECTIVE_ENDINGS: Array<[string, Gender, boolean]> = [
  ['ий', 'm', false],
  ['ій', 'm', true],
  ['а', 'f', false],
  ['я', 'f', true],
  ['е', 'n', false],
  ['є', 'n', true],
  ['і', 'pl', false],
];

function adjectiveEnding(lower: string): [string, Gender, boolean] | undefined {
  return ADJECTIVE_ENDINGS.find(([ending]) => lower.endsWith(ending));
}

function adjectiveSlots(word: string): Partial<Record<Slot, string[]>> | undefined {
  const lower = word.toLowerCase();
  const found = adjectiveEnding(lower);
  if (!found) return undefined;
  const [ending, gender, soft] = found;
  const stem = word.slice(0, word.length - ending.length);
  const upper = word === word.toUpperCase();
  const singular = (soft ? SOFT_ADJECTIVE : HARD_ADJECTIVE)[gender];
  const plural = soft ? SOFT_ADJECTIVE_PLURAL : HARD_ADJECTIVE_PLURAL;
  return attach(stem, slots([...singular, ...plural]), upper);
}

// Stems that make an adjective of a word ending in -а/-е/-і/-я/-є: -н- (північна, обласна,
// повітряні), -ськ-/-цьк-/-зьк- (Харківська, Запорізька), and -ов- in the neuter and plural
// only (військові, військове: a feminine -ова is too often a noun, голова, мова). A bare -ий
// is always adjectival; -ій only after н (синій), since Андрій and Юрій are nouns.
const ADJECTIVE_WORD = /(?:ий|ній)$|(?:н|ськ|цьк|зьк)[аеі]$|ов[еі]$|н[яє]$/;
// A woman's surname declining like an adjective (Костіна, Синєгубова, Зеленська) and a man's in -ський/-ий.
const PERSON_ADJECTIVE = /(?:ськ|цьк|зьк)(?:ий|а)$|(?:ов|ев|єв|ін|їн)а$|[^і]ий$/;

export const ukrainianGrammar: PhraseGrammar = {
  isAdjective(word, person) {
    const lower = word.toLowerCase();
    return person ? PERSON_ADJECTIVE.test(lower) : ADJECTIVE_WORD.test(lower);
  },
  adjectiveGender(word) {
    return adjectiveEnding(word.toLowerCase())?.[1];
  },
};

/** The rule-based inflector: every form by slot, or undefined for words that do not decline. */
export const ukrainianRules: WordInflector = (word, context): WordInflection | undefined => {
  const result = context.role === 'adjective' ? adjectiveSlots(word) : nounSlots(word, context);
  return result ? { slots: result } : undefined;
};
