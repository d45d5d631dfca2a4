/**
 * The matcher for one language's edition: entries' names and aliases in
 * that language, their inflected forms, and the language's matching rules,
 * in one trie (see term-matcher.ts).
 *
 * Input: one `LocalizedTermEntry` per glossary entry that has a name in
 * the language (a translated entry file gives `name`, `aliases` and
 * optionally `forms`; see EDITING.md once translations are wired).
 *
 * `forms`, as the editor writes it in a translated entry:
 *
 *     forms:                       # a map: the exact forms of that name or alias
 *       Кірбі: []                  #   (an empty list: it does not decline)
 *       Олієманс: [Олієманса, Оліємансу, Оліємансом, Оліємансі]
 *
 *     forms: [КН-23, ракети KN-23] # or a list: extra strings, linked as the entry's name
 *
 * A map key must be the entry's name or one of its aliases (else
 * UnknownFormsKeyError); its list *replaces* the generated forms of that
 * name (the editor knows better than the rules), and the name itself always
 * matches. A list adds strings on top of the generated forms.
 *
 * Near-misses, decided: a word derived from a name (харківський,
 * харків’янин, Харківщина, російський) names something else (a property, a
 * resident, a region), so it never links to the name's entry; where it is
 * part of another entry's name (Харківська область) that entry links by
 * longest match. The whole-word rule keeps a longer word that starts with a
 * name (Ігнатенко) unlinked.
 *
 * English (`en`, and any language without rules here) is built exactly as
 * before: names and aliases only, the English plural/possessive endings, no
 * inflection, so its links are byte-for-byte the same.
 */
import { buildTermMatcher, type TermMatcher, type TermMatcherOptions, type TermSource } from './term-matcher.ts';
import { phraseForms, type PhraseGrammar, type WordInflector } from './inflection.ts';
import { ukrainianGrammar, ukrainianRules } from './uk-declension.ts';
import { kinds } from '../../kinds/registry.ts';

export type DeclaredForms = Readonly<Record<string, readonly string[]>> | readonly string[];

export interface LocalizedTermEntry {
  id: string;
  /** Path of the file the names come from, for error messages. */
  file?: string;
  /** Glossary kind; the names of a kind with `personalNames` (src/kinds/) decline word by word (see inflection.ts). */
  kind?: string;
  name: string;
  aliases: readonly string[];
  forms?: DeclaredForms;
}

export interface LanguageMatching {
  /** Matcher options for the language (boundaries, case, suffixes). */
  options: TermMatcherOptions;
  /** How a name's words are read (adjective or noun). Absent: names do not decline. */
  grammar?: PhraseGrammar;
  /** The built-in inflector, used when the caller passes none. */
  inflect?: WordInflector;
}

/** Languages with rules of their own; every other language matches like English. */
export const LANGUAGE_MATCHING: Readonly<Record<string, LanguageMatching>> = {
  en: { options: {} },
  uk: {
    options: { englishSuffixes: false, apostropheInWords: true, capitalisedWordsKeepCase: true },
    grammar: ukrainianGrammar,
    inflect: ukrainianRules,
  },
};

export interface LocalizedMatcherOptions {
  /** BCP 47 language of the names, e.g. `en` or `uk`. Only the primary subtag is used. */
  lang: string;
  /**
   * Word forms for the language, replacing its built-in rules: e.g. a
   * Hunspell-backed inflector from src/tooling/, or `firstKnown(...)` of
   * several. `null` switches generation off (declared forms only).
   */
  inflect?: WordInflector | null;
}

export class UnknownFormsKeyError extends Error {
  constructor(entry: LocalizedTermEntry, key: string) {
    const where = entry.file ?? entry.id;
    super(
      `${where}  forms  "${key}" is not the entry's name or one of its aliases  ` +
        `(use the name "${entry.name}"${entry.aliases.length ? ` or an alias: ${entry.aliases.map((a) => `"${a}"`).join(', ')}` : ''})`,
    );
    this.name = 'UnknownFormsKeyError';
  }
}

function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? lang;
}

/** Every inflected form of every name of `entry`, each tagged with the name it stands for. */
export function entryForms(
  entry: LocalizedTermEntry,
  matching: LanguageMatching,
  inflect: WordInflector | null,
): Array<{ form: string; of: string; declared?: boolean }> {
  const out: Array<{ form: string; of: string; declared?: boolean }> = [];
  const names = [entry.name, ...entry.aliases];
  const declared = entry.forms;
  const exact = new Map<string, readonly string[]>();
  if (declared && !Array.isArray(declared)) {
    for (const [key, list] of Object.entries(declared as Record<string, readonly string[]>)) {
      if (!names.includes(key)) throw new UnknownFormsKeyError(entry, key);
      exact.set(key, list);
    }
  }
  for (const name of names) {
    const fixed = exact.get(name);
    if (fixed) {
      for (const form of fixed) out.push({ form, of: name, declared: true });
      continue;
    }
    if (!inflect || !matching.grammar) continue;
    const forms = phraseForms(name, { person: entry.kind !== undefined && kinds.get(entry.kind)?.personalNames === true, grammar: matching.grammar, inflect });
    for (const form of forms) if (form !== name) out.push({ form, of: name });
  }
  if (Array.isArray(declared)) for (const form of declared as readonly string[]) out.push({ form, of: entry.name, declared: true });
  return out;
}

/** The language's `TermSource`s: names, aliases and their forms. Pure; the caller may cache it per build. */
export function localizedTermSources(
  entries: readonly LocalizedTermEntry[],
  options: LocalizedMatcherOptions,
): TermSource[] {
  const matching = LANGUAGE_MATCHING[primary(options.lang)] ?? LANGUAGE_MATCHING.en!;
  const inflect = options.inflect === undefined ? (matching.inflect ?? null) : options.inflect;
  return entries.map((entry) => {
    const source: TermSource = { id: entry.id, name: entry.name, aliases: entry.aliases };
    if (entry.file !== undefined) source.file = entry.file;
    const forms = entryForms(entry, matching, inflect);
    if (forms.length > 0) source.forms = forms;
    return source;
  });
}

/**
 * One matcher for one language. Throws AmbiguousAliasError when two
 * entries write the same name or alias, and UnknownFormsKeyError for a
 * `forms` key that is not a name. Inflected forms shared by two entries are
 * dropped silently (see TermSource.forms).
 */
export function buildLocalizedTermMatcher(
  entries: readonly LocalizedTermEntry[],
  options: LocalizedMatcherOptions,
): TermMatcher {
  const matching = LANGUAGE_MATCHING[primary(options.lang)] ?? LANGUAGE_MATCHING.en!;
  return buildTermMatcher(localizedTermSources(entries, options), matching.options);
}
