/**
 * Word lists for the editorial checks in ./editorial.ts, kept apart from the
 * logic so an editor can extend them without reading code. They are English
 * defaults; a site in another language passes its own through CheckOptions.
 */

/**
 * Publishers that are encyclopedias, wikis, their mirrors or news
 * aggregators: fine for finding a fact, not for citing one. Matched as whole
 * words, case-insensitive, anywhere in a source's `publisher`, so a labelled
 * copy ("Reuters via MENAFN") is flagged too: the wire's own page, or a
 * newspaper's copy, is the better citation.
 */
export const SECONDARY_PUBLISHERS: readonly string[] = [
  'Wikipedia',
  'Wikiwand',
  'Wikimedia',
  'Infogalactic',
  'Everybodywiki',
  'Piglix',
  'TheInfoList',
  'Explained Today',
  'Absolute Astronomy',
  'MENAFN',
  'Head Topics',
  'NewsBreak',
  'Yahoo News',
  'MSN',
  'Google News',
];

/** Month names, for recognising dates written out ("5 January", "March 2024"). */
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * Numbers that name something rather than state a figure, removed before the
 * check looks for figures: "resolution 1718", "resolutions 1874 and 2270",
 * "the 1718 Committee". A designation written with a hyphen (KN-23,
 * Hwasong-11) is never a figure and needs no entry here.
 */
export const IDENTIFIER_PATTERNS: readonly RegExp[] = [
  /\bresolutions?\s+\d+(?:\s*(?:,|and|or)\s*\d+)*/gi,
  /\b\d+\s+Committee\b/g,
];
