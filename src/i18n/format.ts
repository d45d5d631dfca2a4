/**
 * Message formatting with no knowledge of any language: `{name}`
 * placeholders, plural forms chosen by Intl.PluralRules, and dates and
 * numbers through Intl in the locale the caller passes. Pure, so client
 * scripts can bundle it with the few messages the page baked in.
 */

/** Plural forms of one message, by Intl.PluralRules category; `other` is always required. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A dictionary value: a sentence with placeholders, or its plural forms (chosen by the `count` variable). */
export type Message = string | PluralMessage;

/** Values for a message's placeholders; numbers are formatted in the locale. */
export type MessageVars = Readonly<Record<string, string | number>>;

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/** A number as readers of `locale` write it: "1,300" in en-GB, "1.300" in de-DE. */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/** The form of `message` for `count` in `locale` (a string message is its own only form). */
export function pluralForm(message: Message, count: number, locale: string): string {
  if (typeof message === 'string') return message;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  if (count === 0 && message.zero !== undefined) return message.zero;
  return message[rules.select(count)] ?? message.other;
}

/** Fills `{name}` placeholders; `{count}` also picks the plural form. Unknown placeholders stay visible, so a typo shows. */
export function formatMessage(message: Message, vars: MessageVars | undefined, locale: string): string {
  const count = vars?.count;
  const text = pluralForm(message, typeof count === 'number' ? count : Number.NaN, locale);
  if (!vars) return text;
  return text.replace(/\{([a-zA-Z][\w]*)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** A piece of a message split at its slots: text, or the name of a slot the caller fills with markup. */
export type MessagePiece = string | { slot: string };

/**
 * `message` with `vars` filled in and the placeholders named in `slots` left
 * as slots, for sentences that hold a link or a <time>: "Claimed by {claimant}
 * on {date}." becomes ["Claimed by ", {slot: "claimant"}, " on ", {slot: "date"}, "."].
 */
export function splitMessage(message: Message, slots: readonly string[], vars: MessageVars | undefined, locale: string): MessagePiece[] {
  const guard = '\u0000';
  const marked = Object.fromEntries(slots.map((name) => [name, `${guard}${name}${guard}`]));
  const text = formatMessage(message, { ...vars, ...marked }, locale);
  return text
    .split(guard)
    .map((part, i): MessagePiece => (i % 2 === 1 ? { slot: part } : part))
    .filter((piece) => piece !== '');
}

/** The placeholders a message uses, for checking an override keeps them. */
export function placeholdersOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => typeof v === 'string');
  return new Set(texts.flatMap((text) => [...text.matchAll(/\{([a-zA-Z][\w]*)\}/g)].map((m) => m[1]!)));
}
