/**
 * The dictionary bound to this site: `t(key, vars)` in the configured
 * language with the newsroom's overrides, and dates, numbers and lists in the
 * configured locale. Components, pages, data modules and feeds import from
 * here; pure code in src/lib/ receives `t` or the locale as a parameter
 * instead (see src/i18n/translate.ts), so it never reads the configuration.
 */
import { messageOverrides, site } from '../config/site.ts';
import { dictionaries } from './dictionaries.ts';
import { formatDate as formatDateIn } from '../lib/story/dates.ts';
import { formatNumber as formatNumberIn, formatMessage, type Message } from './format.ts';
import { createSlotTranslator, createTranslator, lookupMessage, type MessageKey, type Translate, type TranslateSlots } from './translate.ts';
import { en } from './en.ts';

export type { MessageKey, Translate } from './translate.ts';

/** The Intl locale of the site, e.g. `en-GB`. */
export const locale = site.locale;
/** The language code of the site, e.g. `en` (for `<html lang>`, feeds, search and structured data). */
export const language = site.language;
/** Text direction of the site. */
export const dir = site.dir;

const options = { locale, messages: dictionaries[site.language] ?? en, overrides: messageOverrides };

export const t: Translate = createTranslator(options);

/**
 * For a sentence that holds markup: `tSlots('claims.claimedBy', ['claimant', 'date'])`
 * gives the text pieces and `{ slot }` markers; the component renders each slot
 * (a link, a <time>) where the language puts it.
 */
export const tSlots: TranslateSlots = createSlotTranslator(options);

/** A content date (`2024-01-02`, `2024-04`, `2019`) in the site's locale, never more precise than written. */
export function formatDate(date: string): string {
  return formatDateIn(date, locale);
}

export function formatNumber(value: number): string {
  return formatNumberIn(value, locale);
}

/** "A, B and C" in the site's language. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/**
 * Messages a client script needs, as raw dictionary values (plural forms
 * included), for a page to bake into a `data-messages` attribute; the script
 * formats them with src/i18n/format.ts. Keeps client bundles free of the dictionary.
 */
export function clientMessages<K extends MessageKey>(keys: readonly K[]): { locale: string; messages: Record<K, Message> } {
  const messages = {} as Record<K, Message>;
  for (const key of keys) messages[key] = messageOverrides[key] ?? dictionaries[site.language]?.[key] ?? en[key];
  return { locale, messages };
}

/** `clientMessages` as the JSON a `data-messages` attribute holds. */
export function clientMessagesJson(keys: readonly MessageKey[]): string {
  return JSON.stringify(clientMessages(keys));
}

export { formatMessage };

/** The raw dictionary value behind a key for this site (override, language, English). */
export function messageFor(key: MessageKey): Message {
  return lookupMessage(key, options.messages, options.overrides) ?? key;
}
