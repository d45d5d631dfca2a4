/**
 * Turning Pagefind's result data into what our search box shows: one item
 * per result with a kind label, a title, a link and a safe excerpt.
 *
 * The kind comes from the page's `data-pagefind-meta="kind:…"`. A page that
 * also sets `sections:…` (the story) is listed by its matching sections
 * (Pagefind's sub-results, one per heading with an id) instead of as a
 * single page, so a reader lands on the section that answers them.
 */
import type { ClientTranslate } from './messages.ts';

/** The subset of Pagefind's `result.data()` that we use. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Present when the sub-result starts at a heading; absent for the text before the first heading. */
  anchor?: { id: string; element: string };
  weighted_locations?: Array<{ balanced_score: number }>;
}

/** A run of excerpt text, highlighted when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface SearchItem {
  /** Reader-facing kind: "Weapon", "Person", "Story section" … */
  kind: string;
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}


/**
 * Splits a Pagefind excerpt into plain text and highlighted runs.
 *
 * Pagefind builds excerpts from the page text with `<` and `>` escaped and
 * wraps matches in `<mark>`. Rather than parse that as HTML, only the exact
 * `<mark>`/`</mark>` tokens are honoured and everything else stays text, so
 * nothing in an excerpt can ever become markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const token of excerpt.split(/(<\/?mark>)/)) {
    if (token === '<mark>') mark = true;
    else if (token === '</mark>') mark = false;
    else if (token) parts.push({ text: token.replace(/&lt;/g, '<').replace(/&gt;/g, '>'), mark });
  }
  return parts;
}

const score = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** The items one Pagefind result contributes: the page, or its best-matching sections. */
/** `fallbackKind` labels a page that carries no kind (the dictionary's `search.fallbackKind`). */
export function toSearchItems(data: PagefindResultData, maxSections = 3, fallbackKind = ''): SearchItem[] {
  const kind = data.meta.kind ?? fallbackKind;
  const title = data.meta.title ?? data.url;
  const sectionKind = data.meta.sections;
  const subs = data.sub_results ?? [];
  if (!sectionKind || subs.length === 0) return [{ kind, title, url: data.url, excerpt: excerptParts(data.excerpt) }];
  return [...subs]
    .sort((a, b) => score(b) - score(a))
    .slice(0, maxSections)
    .map((sub) =>
      sub.anchor
        ? { kind: sectionKind, title: sub.title, url: sub.url, excerpt: excerptParts(sub.excerpt) }
        : { kind, title, url: sub.url, excerpt: excerptParts(sub.excerpt) },
    );
}

/** The live status line: how many pages matched, in the page's words (`t` from the baked messages). */
export function resultSummary(query: string, pages: number, t: ClientTranslate): string {
  if (pages === 0) return t('search.noResults', { query });
  return t('search.summary', { count: pages, query });
}
