/**
 * The words of the search UI beyond its box (results, counts, errors), for
 * the lazily loaded search session (src/scripts/search-session.ts): one JSON
 * file per language (src/pages/search/messages.json.ts), fetched with the
 * session's code when a reader first focuses or types in a search box, so a
 * page's header does not carry them. The box's own label and placeholder are
 * in its attributes, with the one message shown when the session cannot
 * load (SearchBox.astro).
 */
import type { MessageKey } from '../i18n/translate.ts';
import { clientMessages } from '../i18n/index.ts';
import { sitePath } from '../config/site.ts';

/** Loaded with the session. */
export const SEARCH_SESSION_KEYS = ['search.results', 'search.unavailable', 'search.allResults', 'search.noResults', 'search.summary', 'search.fallbackKind'] as const satisfies readonly MessageKey[];

/** Where the page's language's file is, under the base path. */
export function searchMessagesPath(): string {
  return sitePath('/search/messages.json');
}

/** The file's body, in the page's language (overrides from content/i18n/ included). */
export function searchMessagesJson(): string {
  return JSON.stringify(clientMessages(SEARCH_SESSION_KEYS));
}
