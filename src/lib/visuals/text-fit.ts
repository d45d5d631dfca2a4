/**
 * Rough text measurement for SVG drawn at build time, where no browser can
 * measure text. The estimate is deliberately generous (system sans-serif
 * averages about 0.5 em per character in mixed-case English), so a label that
 * fits here fits on screen. Pure.
 */

/** Average advance of one character, in ems, for the site's sans-serif at regular weight. */
export const CHAR_EM = 0.56;
/** The same for bold text. */
export const BOLD_CHAR_EM = 0.62;

export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? BOLD_CHAR_EM : CHAR_EM);
}

/** How many characters fit in `width` at `fontSize`. */
export function charsThatFit(width: number, fontSize: number, bold = false): number {
  return Math.max(1, Math.floor(width / (fontSize * (bold ? BOLD_CHAR_EM : CHAR_EM))));
}

/** Breaks `text` into lines of at most `maxChars`, at spaces; a single longer word gets a line of its own. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
