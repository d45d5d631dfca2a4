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
/**
 * A kind's label or facts-box string, `kind.<id>.<key>` (src/kinds/<id>.ts
 * says which keys it has). Any kind may have them, a newsroom's own too, so
 * these keys are not limited to en.ts's: a dictionary or an override file may
 * carry them for any kind of the registry.
 */
export type KindStringKey = `kind.${string}`;
/** A language's dictionary: en.ts's keys (any may be missing: English fills them) and kinds' strings. */
export type Dictionary = Partial<Messages> & { readonly [key: KindStringKey]: Message | undefined };
export interface Translate {
  (key: MessageKey, vars?: MessageVars): string;
  /**
   * The dictionary's own text for a kind string (`kind.<id>.<key>`), from this
   * language's overrides or dictionary only; undefined when neither has it, so
   * the kind module's text for the language (or its English) applies.
   */
  kindString?: (key: string) => string | undefined;
}

/** Every key of the English dictionary, for the checker's "did you mean". */
export const MESSAGE_KEYS: readonly MessageKey[] = Object.keys(en) as MessageKey[];

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

export interface TranslatorOptions {
  /** Intl locale for numbers and plural rules, e.g. `en-GB`. */
  locale: string;
  /** The language's own dictionary (may lack keys: English fills them). */
  messages?: Dictionary;
  /** The newsroom's overrides, already validated. */
  overrides?: Dictionary;
}

/**
 * English in en-GB: the default of pure functions in src/lib/, so they work
 * (and are tested) without a site; the pages always pass the site's own `t`.
 */
export const englishT: Translate = (key, vars) => createTranslator({ locale: 'en-GB' })(key, vars);

/** The message behind a key: the override, else the language's entry, else English. */
export function lookupMessage(key: MessageKey, messages: Dictionary, overrides: Dictionary): Message | undefined {
  return overrides[key] ?? messages[key] ?? (en as Messages)[key];
}

/** A kind string of this language only (no English fallback: the kind module has its own). Plain text; plural forms are not used for kinds' strings. */
export function lookupKindString(key: string, messages: Dictionary, overrides: Dictionary): string | undefined {
  if (!key.startsWith('kind.')) return undefined;
  const message = (overrides as Record<string, Message | undefined>)[key] ?? (messages as Record<string, Message | undefined>)[key];
  return typeof message === 'string' ? message : undefined;
}

export function createTranslator({ locale, messages = en, overrides = {} }: TranslatorOptions): Translate {
  const t: Translate = (key, vars) => {
    const message = lookupMessage(key, messages, overrides);
    // A key built at run time that the dictionary lacks shows as itself, so the gap is visible, not blank.
    if (message === undefined) return key;
    return formatMessage(message, vars, locale);
  };
  t.kindString = (key) => lookupKindString(key, messages, overrides);
  return t;
}

/** `t` for sentences holding markup: the pieces of the message, with the `slots` left for the caller to fill. */
export type TranslateSlots = (key: MessageKey, slots: readonly string[], vars?: MessageVars) => MessagePiece[];

export function createSlotTranslator({ locale, messages = en, overrides = {} }: TranslatorOptions): TranslateSlots {
  return (key, slots, vars) => {
    const message = lookupMessage(key, messages, overrides);
    return message === undefined ? [key] : splitMessage(message, slots, vars, locale);
  };
}
