/**
 * Line breaking and clamping of a social card's title and description, the
 * way satori lays out a block of text (satori 0.63, src/text/index.ts with
 * `embedFont`): break opportunities from UAX #14 (the `linebreak` package),
 * greedy lines whose trailing spaces may overhang, `lineClamp` with an
 * ellipsis on the last kept line, and the pieces of a line drawn as runs of a
 * word and the space after it, each at a whole pixel when the text has more
 * than one line.
 *
 * Only what the card uses is ported: white-space `normal`, left-aligned,
 * left-to-right text, no indent, letter or word spacing, tabs or images. The
 * renderer (src/tooling/og-fast-text.ts) lays out only text it can vouch
 * for and draws everything else with satori. tests/unit/og-fast-text.test.ts
 * compares this layout with satori's on 700 text boxes.
 *
 * Pure: widths and baselines come from the caller's font metrics.
 */
import LineBreaker from 'linebreak';

/** How the caller measures text in one font stack at one size. */
export interface TextMetrics {
  /** Advance width in px of `text` shaped as one string (satori's `engine.measure`). */
  width(text: string): number;
  /** Distance in px from a line's top to its baseline, for a line starting with `text` (satori's `engine.baseline`). */
  baseline(text: string): number;
}

export interface TextBoxStyle {
  fontSize: number;
  /** A multiple of the font size. */
  lineHeight: number;
  /** The most lines shown; the last one kept ends in an ellipsis when text is cut. */
  lineClamp: number;
  /** The box's inner width in px. */
  width: number;
}

/** One string drawn in one go: a word with the space after it, or the end of the last line with its ellipsis. */
export interface TextRun {
  text: string;
  /** From the box's left edge to the run's start, px. */
  left: number;
  /** From the box's top edge to the run's baseline, px. */
  baseline: number;
  line: number;
}

export interface TextBoxLayout {
  runs: TextRun[];
  /** Lines drawn. */
  lines: number;
  /** The box's height, px. */
  height: number;
}

const SPACE = ' ';
const ELLIPSIS = '\u2026';
/** satori's `wordSeparators`: a run ends after one of these. */
const WORD_SEPARATORS = new Set([0x0020, 0x00a0, 0x1361, 0x10100, 0x10101, 0x1039, 0x1091, 0x0a].map((code) => String.fromCodePoint(code)));

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export const segmentGraphemes = (text: string): string[] => Array.from(graphemes.segment(text), (s) => s.segment);

/** Words as satori's `segment(text, 'word')` gives them: a no-break space joins its neighbours. */
function segmentWords(text: string): string[] {
  let out = wordCache.get(text);
  if (out) return out;
  const parts = Array.from(wordSegmenter.segment(text), (s) => s.segment);
  out = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === '\u00a0') {
      const before = i === 0 ? '' : out.pop()!;
      const after = i === parts.length - 1 ? '' : parts[i + 1]!;
      out.push(before + '\u00a0' + after);
      i++;
    } else out.push(parts[i]!);
  }
  // The segmenter costs about 4 µs a call, and a glossary's cards share most of their words.
  if (wordCache.size >= 20_000) wordCache.clear();
  wordCache.set(text, out);
  return out;
}
const wordCache = new Map<string, string[]>();

/** The text as white-space `normal` leaves it: newlines and runs of blanks as one space, none at either end. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\n/g, SPACE).replace(/([ ]|\t)+/g, SPACE).replace(/^[ ]|[ ]$/g, '');
}

/** The text between break opportunities, each with the spaces after it. */
function breakWords(text: string): { words: string[]; required: boolean[] } {
  const breaker = new LineBreaker(text);
  const words: string[] = [];
  const required = [false];
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    words.push(text.slice(last, bk.position));
    required.push(bk.required);
    last = bk.position;
  }
  return { words, required };
}

interface Piece {
  text: string;
  /** From the line's start, px. */
  x: number;
  width: number;
  line: number;
  /** The box height above the piece's line. */
  y: number;
}

/**
 * The runs of `content` in a box of `style`, or undefined for text outside
 * what this port covers (a piece of no width, which satori would also
 * misnumber). `content` is the text as written; white space is collapsed here.
 */
export function layOutTextBox(content: string, style: TextBoxStyle, metrics: TextMetrics): TextBoxLayout | undefined {
  const text = collapseWhiteSpace(content);
  const { fontSize, lineClamp, width } = style;
  const lineHeight = Math.round(fontSize * style.lineHeight);
  const { words, required } = breakWords(text);

  const lineWidths: number[] = [];
  const baselines: number[] = [];
  const pieces: Piece[] = [];
  let lines = 0;
  let height = 0;
  let currentWidth = 0;
  let currentLineHeight = 0;
  let currentBaseline = 0;
  let prevEndingSpaces = 0;

  for (let i = 0; i < words.length && lines < lineClamp; i++) {
    const word = words[i]!;
    const forceBreak = required[i]!;
    let w = metrics.width(word);
    const trimmed = word.trimEnd();
    const endingSpaces = trimmed === word ? 0 : w - metrics.width(trimmed);
    if (forceBreak && currentLineHeight === 0) currentLineHeight = fontSize * style.lineHeight;
    // Trailing spaces may hang past the edge: 'aaa bbb ccc' breaks after 'bbb ' when 'bbb' fits.
    const willWrap = i > 0 && currentWidth + w > width + endingSpaces;
    if (forceBreak || willWrap) {
      if (word === SPACE) w = 0;
      lineWidths.push(currentWidth - prevEndingSpaces);
      baselines.push(currentBaseline);
      lines++;
      height += currentLineHeight;
      currentWidth = w;
      currentLineHeight = w ? lineHeight : 0;
      currentBaseline = w ? Math.round(metrics.baseline(word)) : 0;
    } else {
      currentWidth += w;
      if (lineHeight > currentLineHeight) {
        currentLineHeight = lineHeight;
        currentBaseline = Math.round(metrics.baseline(word));
      }
    }
    if (w === 0) return undefined;
    let x = currentWidth - w;
    for (const part of segmentWords(word)) {
      const partWidth = metrics.width(part);
      pieces.push({ text: part, x, width: partWidth, line: lines, y: height });
      x += partWidth;
    }
    prevEndingSpaces = endingSpaces;
  }
  if (currentWidth) {
    if (lines < lineClamp) height += currentLineHeight;
    lines++;
    lineWidths.push(currentWidth);
    baselines.push(currentBaseline);
  }

  // Drawing, as satori's text builder walks the pieces: words merge with what follows them on their line
  // until a space, and the last kept line is cut for the ellipsis.
  const ellipsisWidth = metrics.width(ELLIPSIS);
  const rounded = lineWidths.length > 1;
  const runs: TextRun[] = [];
  let skippedLine = -1;
  let buffer: string | null = null;
  let bufferLeft = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const next = pieces[i + 1];
    if (piece.line === skippedLine) continue;
    let text = piece.text;
    const left = rounded ? Math.round(piece.x) : piece.x;
    let endsWithEllipsis = false;
    const isLastAllowedLine = piece.line + 1 === lineClamp;
    const isNotLastLine = piece.line < lineWidths.length - 1;
    if (isLastAllowedLine && (isNotLastLine || lineWidths[piece.line]! > width)) {
      if (left + piece.width + ellipsisWidth > width || (next && next.line !== piece.line)) {
        // The line keeps its words; characters go only where the ellipsis would not fit after them,
        // and the first character of a line always stays.
        let subset = '';
        for (const char of segmentGraphemes(text.replace(/\s+$/, ''))) {
          const w = left + metrics.width(subset + char);
          if ((subset || piece.x > 0) && w + ellipsisWidth > width) break;
          subset += char;
        }
        text = subset + ELLIPSIS;
        skippedLine = piece.line;
        endsWithEllipsis = true;
      }
    }
    if (!WORD_SEPARATORS.has(text) && next && piece.y === next.y && !endsWithEllipsis) {
      if (buffer === null) bufferLeft = left;
      buffer = buffer === null ? text : buffer + text;
      continue;
    }
    runs.push({ text: buffer === null ? text : buffer + text, left: buffer === null ? left : bufferLeft, baseline: piece.y + baselines[piece.line]!, line: piece.line });
    buffer = null;
    if (endsWithEllipsis) break;
  }
  return { runs, lines: Math.min(lines, lineClamp), height };
}
