/**
 * Kind names through the dictionary: the keys `kind.<id>.one` / `kind.<id>.other`
 * when the dictionary has them (src/i18n/en.ts, a language's dictionary, or a
 * newsroom's overrides), else the kind module's own labels (src/kinds/<kind>.ts),
 * so a new kind needs no dictionary entry. The one function is the registry's
 * `kindLabel(kind, lang, count)`; this file only hands it the dictionary.
 */
import { englishT, isMessageKey, type Translate } from '../i18n/translate.ts';
import { kindLabel, type StringOverride } from './registry.ts';

/**
 * The dictionary's text for a kind key, when it has the key. A site's `t`
 * answers for any kind's keys in its own language (`kindString`); a plain
 * function, as tests pass, only for the kind keys en.ts lists.
 */
export const dictionaryOverride = (t: Translate): StringOverride => (key) => (t.kindString ? t.kindString(key) : isMessageKey(key) ? t(key) : undefined);

/** A kind's name, singular or plural, in the dictionary `t` speaks (English by default). */
export function kindName(kind: string, plural = false, t: Translate = englishT, lang = 'en'): string {
  return kindLabel(kind, lang, plural ? 2 : 1, { override: dictionaryOverride(t) });
}
