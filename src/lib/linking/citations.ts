/**
 * Inline citations: `[source](source:<id>)` in Markdown, numbered per section.
 * One place for the syntax and the numbering, shared by the remark plugin,
 * the content checker and the pages.
 */

/** The URL scheme of an inline citation. */
export const CITATION_SCHEME = 'source:';

/** The source id a citation URL names, or null when the URL is not a citation. */
export function citedSourceId(url: string): string | null {
  return url.startsWith(CITATION_SCHEME) ? url.slice(CITATION_SCHEME.length).trim() : null;
}

/** The id of a source's entry in a page's source list. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/**
 * The numbered source list of a section: sources cited inline first, in the
 * order the text first cites them (so marker [n] is item n), then the other
 * sources the section lists in its front matter.
 */
export function numberedSources(cited: readonly string[], listed: readonly string[]): Array<{ id: string; number: number }> {
  const ids = [...new Set([...cited, ...listed])];
  return ids.map((id, i) => ({ id, number: i + 1 }));
}
