/**
 * Editorial rules the checker reports as warnings: the newsroom's habits made
 * checkable. Pure: takes text and data, returns positions and messages.
 *
 * 1. Uncited figures. In a story section, a paragraph (or list item) that
 *    states a figure or a date must carry an inline citation,
 *    `[source](source:<id>)`, somewhere in that paragraph. The section's
 *    `sources` list is not enough: it says what the section read, not which
 *    source backs which number. Headings are exempt, and so are glossary
 *    bodies and story ledes, whose facts rest on the entry's own `sources`
 *    list and on the sections below. One warning per paragraph, at its first
 *    figure or date.
 *
 *    A figure is a number standing on its own (900, 62, 1,000, 2024), not part
 *    of a designation (KN-23, A/HRC/25/63) and not one of IDENTIFIER_PATTERNS
 *    ("resolution 1718"). A date is a day or year written next to a month
 *    name ("5 January", "March 2024"); a bare year is already a figure.
 *
 * 2. Weak source addresses. A source whose URL looks cut short (it ends in a
 *    hyphen or an ellipsis, or its path ends at a date folder such as
 *    `/2024/01/05/`, which is an archive listing, not an article) or, for a
 *    news or official source, is only a domain's front page.
 *
 * 3. Secondary publishers. A source whose `publisher` names an encyclopedia
 *    or aggregator from SECONDARY_PUBLISHERS.
 */
import type { Link, Node, Parent, Root, Text } from 'mdast';
import { citedSourceId } from '../linking/citations.ts';
import { IDENTIFIER_PATTERNS, MONTHS, SECONDARY_PUBLISHERS } from './editorial-config.ts';

export interface EditorialLists {
  /** Publishers to flag as secondary (default SECONDARY_PUBLISHERS). */
  secondaryPublishers?: readonly string[];
  /** Month names for recognising dates (default MONTHS). */
  months?: readonly string[];
  /** Numbers that are names, not figures (default IDENTIFIER_PATTERNS). */
  identifierPatterns?: readonly RegExp[];
}

/** Where in a Markdown body, 1-based and relative to the body's first line. */
export interface BodyPosition {
  line: number;
  column: number;
}

export interface UncitedFigure extends BodyPosition {
  /** The figure or date as written, e.g. "900" or "5 January". */
  figure: string;
}

/** Paragraph-like blocks: a paragraph, or a list item's own text. */
const BLOCKS = new Set(['paragraph', 'tableCell']);

/** Start offsets (in `text`) of the figures and dates it contains, first first. */
export function findFigures(text: string, lists: EditorialLists = {}): Array<{ index: number; figure: string }> {
  const months = (lists.months ?? MONTHS).join('|');
  // Blank out identifiers, keeping offsets, so their digits are not figures.
  let masked = text;
  for (const pattern of lists.identifierPatterns ?? IDENTIFIER_PATTERNS) {
    masked = masked.replace(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`), (m) => ' '.repeat(m.length));
  }
  const found: Array<{ index: number; figure: string }> = [];
  const date = new RegExp(`\\b(?:\\d{1,2}\\s+(?:${months})|(?:${months})\\s+\\d{1,4})\\b`, 'g');
  for (const m of masked.matchAll(date)) found.push({ index: m.index, figure: m[0] });
  // A number not glued to letters, hyphens or slashes on either side.
  for (const m of masked.matchAll(/(?<![\p{L}\d/\-–])\d+(?:[.,]\d+)*(?![\p{L}\d/\-–])/gu)) {
    if (!found.some((f) => m.index >= f.index && m.index < f.index + f.figure.length)) found.push({ index: m.index, figure: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of (node as Parent).children ?? []) walk(child, visit);
}

/** Every paragraph of a section body that states a figure or date without an inline citation. */
export function uncitedFigures(tree: Root, lists: EditorialLists = {}): UncitedFigure[] {
  const out: UncitedFigure[] = [];
  walk(tree, (node) => {
    if (!BLOCKS.has(node.type)) return;
    let cited = false;
    let first: UncitedFigure | undefined;
    walk(node, (inner) => {
      if (inner.type === 'link' && citedSourceId((inner as Link).url) !== null) cited = true;
      if (inner.type !== 'text' || first) return;
      const text = (inner as Text).value;
      const hit = findFigures(text, lists)[0];
      const start = inner.position?.start;
      if (!hit || !start) return;
      const before = text.slice(0, hit.index).split('\n');
      first = {
        line: start.line + before.length - 1,
        column: before.length > 1 ? before.at(-1)!.length + 1 : start.column + hit.index,
        figure: hit.figure,
      };
    });
    if (first && !cited) out.push(first);
  });
  return out;
}

/** Why a source's URL looks cut short or too general, or null when it looks like an article. */
export function weakUrlReason(url: string, kind: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // The schema reports malformed addresses.
  }
  const tail = decodeURIComponent(parsed.pathname + parsed.search);
  if (/[-–—]$|…$|\.\.\.$/.test(tail)) return 'ends in a hyphen or an ellipsis, as if cut short';
  if (/\/\d{4}\/\d{1,2}(\/\d{1,2})?\/?$/.test(parsed.pathname) && !parsed.search) return 'ends at a date folder, which lists many articles rather than one';
  if ((kind === 'news' || kind === 'official') && (parsed.pathname === '/' || parsed.pathname === '') && !parsed.search) return "is only the site's front page";
  return null;
}

/** The secondary publisher a source's `publisher` names, or null. */
export function secondaryPublisher(publisher: string, lists: EditorialLists = {}): string | null {
  for (const name of lists.secondaryPublishers ?? SECONDARY_PUBLISHERS) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(publisher)) return name;
  }
  return null;
}
