/**
 * Limits on Markdown shapes that make the parser slow out of all proportion
 * (measured with npm run bench:fuzz: a list nested 400 deep takes 12 s to
 * parse, 1,000 deep nearly 3 minutes; 2,000 interleaved emphasis marks in one
 * paragraph about 6 s). No real page needs them, so the checker refuses them
 * before parsing, and the build stops instead of hanging.
 */

/** Leading whitespace (a tab counts 4) beyond which a line is refused: 50 levels of list nesting. */
export const MAX_INDENT = 100;
/** `*` and `_` marks in one paragraph. */
export const MAX_EMPHASIS_MARKS = 1000;
/** Block quotes and list items opened at the start of one line (`> - > - ...`). */
export const MAX_QUOTE_DEPTH = 64;

export interface LimitProblem {
  /** 1-based line within the text. */
  line: number;
  message: string;
  fix: string;
}

export function markdownLimitProblem(text: string): LimitProblem | null {
  const lines = text.split('\n');
  let paragraphStart = 0;
  let marks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      marks = 0;
      paragraphStart = i + 1;
      continue;
    }
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (indent > MAX_INDENT) return { line: i + 1, message: `the line is indented ${indent} spaces (more than ${MAX_INDENT}: lists nested too deep)`, fix: 'flatten the list or remove the indentation' };
    const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/.exec(line)![0];
    const quotes = prefix.split('>').length - 1;
    if (quotes > MAX_QUOTE_DEPTH) return { line: i + 1, message: `the line opens ${quotes} nested block quotes (more than ${MAX_QUOTE_DEPTH})`, fix: 'use one level of quotation' };
    const containers = (prefix.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    if (containers > MAX_QUOTE_DEPTH) return { line: i + 1, message: `the line opens ${containers} nested quotes and lists (more than ${MAX_QUOTE_DEPTH})`, fix: 'flatten the quotes and lists' };
    for (const ch of line) if (ch === '*' || ch === '_') marks++;
    if (marks > MAX_EMPHASIS_MARKS) return { line: paragraphStart + 1, message: `the paragraph has more than ${MAX_EMPHASIS_MARKS} emphasis marks (* or _)`, fix: 'split it, or write the marks as \\* and \\_ if they are meant literally' };
  }
  return null;
}
