/**
 * How glossary references look in Markdown and where glossary pages live.
 * One place for both, so the linker, the checker and the pages agree.
 */

/** The URL scheme editors use to force a link: `[the missile](glossary:kn-23)`. */
export const FORCED_LINK_SCHEME = 'glossary:';

/** The reserved id that switches linking off for a phrase: `[Kharkiv](glossary:none)`. */
export const NO_LINK_ID = 'none';

/** The id a forced-link URL names, or null when the URL is not a glossary link. */
export function forcedLinkId(url: string): string | null {
  return url.startsWith(FORCED_LINK_SCHEME) ? url.slice(FORCED_LINK_SCHEME.length).trim() : null;
}

/** The path of an entry's background page, relative to the site root. */
export function glossaryPath(id: string, base = '/'): string {
  return `${base.replace(/\/?$/, '/')}glossary/${id}/`;
}
