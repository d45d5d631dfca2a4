/**
 * `t(key, vars)` for one language: the language's dictionary with the
 * newsroom's overrides (content/i18n/<lang>.yaml) laid over it, English for
 * any key the language does not have. Pure: the caller passes the locale
 * and the overrides (src/i18n/index.ts binds them to the site's config).
 */
import { en } from './en.ts';
import { formatMessage, splitMessage, type Message, type MessagePiece, type MessageVars } from './format.ts';

/** The English dictionary's shape: every other dictionary and override file uses its keys. */
export type Messages = { readonly [K in keyof typeof en]: Message };
/** Every key the dictionary has; a key that is not in en.ts is a type error. */
export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** Every key of the English dictionary, for the checker's "did you mean". */
export const MESSAGE_KEYS: readonly MessageKey[] = Object.keys(en) as MessageKey[];

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

export interface TranslatorOptions {
  /** Intl locale for numbers and plural rules, e.g. `en-GB`. */
  locale: string;
  /** The language's own dictionary (may lack keys: English fills them). */
  messages?: Partial<Messages>;
  /** The newsroom's overrides, already validated. */
  overrides?: Partial<Messages>;
}

/**
 * English in en-GB: the default of pure functions in src/lib/, so they work
 * (and are tested) without a site; the pages always pass the site's own `t`.
 */
export const englishT: Translate = (key, vars) => createTranslator({ locale: 'en-GB' })(key, vars);

/** The message behind a key: the override, else the language's entry, else English. */
export function lookupMessage(key: MessageKey, messages: Partial<Messages>, overrides: Partial<Messages>): Message | undefined {
  return overrides[key] ?? messages[key] ?? (en as Messages)[key];
}

export function createTranslator({ locale, messages = en, overrides = {} }: TranslatorOptions): Translate {
  return (key, vars) => {
    const message = lookupMessage(key, messages, overrides);
    // A key built at run time that the dictionary lacks shows as itself, so the gap is visible, not blank.
    if (message === undefined) return key;
    return formatMessage(message, vars, locale);
  };
}

/** `t` for sentences holding markup: the pieces of the message, with the `slots` left for the caller to fill. */
export type TranslateSlots = (key: MessageKey, slots: readonly string[], vars?: MessageVars) => MessagePiece[];

export function createSlotTranslator({ locale, messages = en, overrides = {} }: TranslatorOptions): TranslateSlots {
  return (key, slots, vars) => {
    const message = lookupMessage(key, messages, overrides);
    return message === undefined ? [key] : splitMessage(message, slots, vars, locale);
  };
}
