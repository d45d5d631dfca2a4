/**
 * The words a client script shows, baked into the page by the component that
 * renders its element (a `data-messages` attribute holding JSON: the locale
 * and the raw dictionary entries, plural forms included; see
 * `clientMessagesJson` in src/i18n/index.ts). No inline script is needed, so
 * the strict CSP holds, and the script bundles no dictionary.
 */
import { formatMessage, type Message, type MessageVars } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/translate.ts';

export interface BakedMessages {
  locale: string;
  messages: Partial<Record<MessageKey, Message>>;
}

export type ClientTranslate = (key: MessageKey, vars?: MessageVars) => string;

/** A translator over the baked messages (JSON, or already parsed); a key the page did not bake shows as itself, so the gap is visible. */
export function bakedTranslator(json: string | BakedMessages | undefined): ClientTranslate {
  let baked: BakedMessages = { locale: 'en', messages: {} };
  try {
    if (typeof json === 'string') baked = JSON.parse(json) as BakedMessages;
    else if (json) baked = json;
  } catch {
    // A broken attribute leaves the keys showing rather than breaking the script.
  }
  return (key, vars) => {
    const message = baked.messages[key];
    return message === undefined ? key : formatMessage(message, vars, baked.locale);
  };
}
