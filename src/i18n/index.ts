/**
 * The dictionary bound to this site: `t(key, vars)` in the language of the
 * page being rendered (src/config/page-language.ts; the default language
 * outside a page) with the newsroom's overrides, and dates, numbers and lists
 * in that language's locale. Components, pages, data modules and feeds import
 * from here; pure code in src/lib/ receives `t` or the locale as a parameter
 * instead (see src/i18n/translate.ts), so it never reads the configuration.
 */
import { languageOf, messageOverridesByLanguage, pageLanguage } from '../config/site.ts';
import { dictionaries } from './dictionaries.ts';
import { formatDate as formatDateIn } from '../lib/story/dates.ts';
import { formatNumber as formatNumberIn, formatMessage, type Message } from './format.ts';
import { createSlotTranslator, createTranslator, lookupMessage, type MessageKey, type Translate, type TranslateSlots, type TranslatorOptions } from './translate.ts';
import { en } from './en.ts';

export type { MessageKey, Translate } from './translate.ts';

/** The Intl locale of the page's language, e.g. `en-GB`, `uk-UA`. */
export function locale(): string {
  return pageLanguage().locale;
}
/** The language code of the page, e.g. `en` (for `<html lang>`, feeds, search and structured data). */
export function language(): string {
  return pageLanguage().code;
}
/** The `lang` attribute for text in language `code`: the code where it differs from the page's language, none where it is the same. */
export function langAttr(code: string | undefined): string | undefined {
  return code === undefined || code === language() ? undefined : code;
}
/** Text direction of the page's language. */
export function dir(): 'ltr' | 'rtl' {
  return pageLanguage().dir;
}

interface Bound {
  options: Required<TranslatorOptions>;
  t: Translate;
  tSlots: TranslateSlots;
}

// One translator per language, made on first use.
const bound = new Map<string, Bound>();
function forLanguage(code: string): Bound {
  let entry = bound.get(code);
  if (!entry) {
    const options = { locale: languageOf(code).locale, messages: dictionaries[code] ?? en, overrides: messageOverridesByLanguage[code] ?? {} };
    entry = { options, t: createTranslator(options), tSlots: createSlotTranslator(options) };
    bound.set(code, entry);
  }
  return entry;
}
const current = () => forLanguage(language());

export const t: Translate = (key, vars) => current().t(key, vars);
t.kindString = (key) => current().t.kindString?.(key);

/** `t` in a named language (the language switcher, alternates), whatever the page's language. */
export function tIn(code: string): Translate {
  return forLanguage(code).t;
}

/**
 * For a sentence that holds markup: `tSlots('claims.claimedBy', ['claimant', 'date'])`
 * gives the text pieces and `{ slot }` markers; the component renders each slot
 * (a link, a <time>) where the language puts it.
 */
export const tSlots: TranslateSlots = (key, slots, vars) => current().tSlots(key, slots, vars);

/** A content date (`2024-01-02`, `2024-04`, `2019`) in the page's locale, never more precise than written. */
export function formatDate(date: string): string {
  return formatDateIn(date, locale());
}

export function formatNumber(value: number): string {
  return formatNumberIn(value, locale());
}

/** "A, B and C" in the page's language. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(locale(), { type: 'conjunction' }).format(items);
}

/**
 * Messages a client script needs, as raw dictionary values (plural forms
 * included), for a page to bake into a `data-messages` attribute; the script
 * formats them with src/i18n/format.ts. Keeps client bundles free of the dictionary.
 */
export function clientMessages<K extends MessageKey>(keys: readonly K[]): { locale: string; messages: Record<K, Message> } {
  const messages = {} as Record<K, Message>;
  const { options } = current();
  for (const key of keys) messages[key] = lookupMessage(key, options.messages, options.overrides) ?? en[key];
  return { locale: options.locale, messages };
}

/** `clientMessages` as the JSON a `data-messages` attribute holds. */
export function clientMessagesJson(keys: readonly MessageKey[]): string {
  return JSON.stringify(clientMessages(keys));
}

export { formatMessage };

/** The raw dictionary value behind a key for this page (override, language, English). */
export function messageFor(key: MessageKey): Message {
  const { options } = current();
  return lookupMessage(key, options.messages, options.overrides) ?? key;
}
