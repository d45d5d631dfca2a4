/**
 * The title and description of a social card, drawn without satori or a
 * rasteriser per card: the text is laid out by satori's own rules
 * (src/lib/seo/og-text-layout.ts) with HarfBuzz shaping (the shaper satori
 * uses: satori bundles a build of harfbuzzjs 0.10.0), and each glyph is rasterised once per thread by resvg
 * at the card's size and at one of PHASES horizontal sub-pixel offsets. A
 * card is then its frame's palette indices with the glyphs' coverage added in,
 * written straight as palette indices: no SVG, no path filling and no RGBA
 * pixels per card. That is about 3 ms of CPU a card where satori's layout
 * and resvg's fill of the text band took about 15 (tests/bench/og-cost.ts,
 * BENCHMARKS.md).
 *
 * Text that this path does not cover (a character none of the stack's three
 * subsets has, combining marks, right-to-left text) returns undefined, and
 * the caller draws the card with satori as before.
 *
 * Where it differs from satori + resvg: a glyph's sub-pixel position is
 * rounded to an eighth of a pixel, and where two glyphs' edges share a pixel
 * their coverage is added (resvg fills them as one path). Line breaks,
 * clamping and positions are satori's; tests/unit/og-fast-text.test.ts
 * compares both.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { renderAsync } from '@resvg/resvg-js';
import { layOutTextBox, segmentGraphemes, type TextBoxLayout, type TextMetrics } from '../lib/seo/og-text-layout.ts';
import { CARD_COLUMN_LEFT, CARD_COLUMN_WIDTH, CARD_DESCRIPTION, CARD_TEXT_LEFT, CARD_TEXT_TOP, CARD_TITLE, cardColours, titleSize } from '../lib/seo/og-card-layout.ts';
import { DEFAULT_THEME, type Palette } from '../config/schema.ts';
import type { ColourTable } from './png-encode.ts';

/**
 * Sub-pixel offsets a glyph is drawn at: an eighth of a pixel apart, so an
 * edge lands at most a sixteenth from where satori puts it. Four left 0.5 %
 * of a card's pixels more than 8 levels off, eight 0.3 %, sixteen 0.15 %,
 * with twice the glyph masks each time (tests/unit/og-fast-text.test.ts).
 */
export const PHASES = 8;
/** Bumped when the drawing here changes in a way the source digest would not show (it hashes this file anyway). */
export const FAST_TEXT_VERSION = 1;

/** From the project root, as og-draw.ts resolves its packages: in a build this module may run from a bundled chunk elsewhere. */
const requireFromProject = createRequire(join(process.cwd(), 'package.json'));

interface HbApi {
  createBlob(data: Uint8Array): { destroy(): void };
  createFace(blob: unknown, index: number): { collectUnicodes(): Uint32Array; reference_table(tag: string): Uint8Array | undefined; destroy(): void };
  createFont(face: unknown): { setScale(x: number, y: number): void; glyphToPath(glyph: number): string; ptr: number };
  createBuffer(): {
    addText(text: string): void;
    guessSegmentProperties(): void;
    getGlyphInfos(): Array<{ codepoint: number; cluster: number }>;
    getGlyphPositions(): Array<{ x_advance: number; x_offset: number; y_offset: number }>;
    destroy(): void;
  };
  shape(font: unknown, buffer: unknown): void;
}

/** One font file (a family's subset at a weight), parsed for HarfBuzz. */
export interface Face {
  id: number;
  font: ReturnType<HbApi['createFont']>;
  upem: number;
  /** hhea ascender and descender, font units (what opentype.js, hence satori, calls ascender and descender). */
  ascender: number;
  descender: number;
  unicodes: Set<number>;
  /** Outlines in font units, parsed once: [command code, ...points] per glyph. */
  outlines: Map<number, Float64Array>;
}

/** WOFF 1 to the sfnt HarfBuzz reads: each table inflated when it is compressed. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const numTables = woff.readUInt16BE(12);
  const tables: Array<{ tag: string; data: Buffer; checksum: number }> = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag: woff.toString('latin1', at, at + 4), data: compLength < origLength ? inflateSync(raw) : raw, checksum: woff.readUInt32BE(at + 16) });
  }
  const headerSize = 12 + 16 * numTables;
  const size = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), headerSize);
  const out = Buffer.alloc(size);
  woff.copy(out, 0, 4, 8); // flavour
  out.writeUInt16BE(numTables, 4);
  const entrySelector = Math.floor(Math.log2(numTables));
  out.writeUInt16BE(16 << entrySelector, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - (16 << entrySelector), 10);
  let offset = headerSize;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    out.write(table.tag, at, 'latin1');
    out.writeUInt32BE(table.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(table.data.length, at + 12);
    table.data.copy(out, offset);
    offset += (table.data.length + 3) & ~3;
  });
  return out;
}

let hbLoading: Promise<HbApi> | undefined;
/** HarfBuzz, compiled to WebAssembly, loaded once per thread. */
function harfbuzz(): Promise<HbApi> {
  hbLoading ??= requireFromProject('harfbuzzjs') as Promise<HbApi>;
  return hbLoading;
}

/** Faces by font file, and the stacks (a family's subsets at a weight) built from them. */
const faces = new Map<string, Face>();
function loadFace(api: HbApi, file: string): Face {
  let face = faces.get(file);
  if (!face) {
    const blob = api.createBlob(new Uint8Array(woffToSfnt(readFileSync(file))));
    const hbFace = api.createFace(blob, 0);
    const font = api.createFont(hbFace);
    const head = hbFace.reference_table('head')!;
    const hhea = hbFace.reference_table('hhea')!;
    const view = (table: Uint8Array) => new DataView(table.buffer, table.byteOffset, table.byteLength);
    const upem = view(head).getUint16(18);
    font.setScale(upem, upem);
    face = {
      id: faces.size,
      font,
      upem,
      ascender: view(hhea).getInt16(4),
      descender: view(hhea).getInt16(6),
      unicodes: new Set(hbFace.collectUnicodes()),
      outlines: new Map(),
    };
    hbFace.destroy();
    blob.destroy();
    faces.set(file, face);
  }
  return face;
}

interface ShapedRun {
  face: Face;
  /** Per glyph: its id, advance, and x and y offsets, in font units (HarfBuzz's output, as satori reads it). */
  glyphs: Int32Array;
}
interface Shaped {
  runs: ShapedRun[];
  /** Advance in px at the stack's size. */
  width: number;
}

/** A font stack at one size: satori's engine for one text style, limited to the stack's own faces. */
export class StackMetrics implements TextMetrics {
  private readonly shaped = new Map<string, Shaped>();
  private readonly api: HbApi;
  readonly faces: readonly Face[];
  readonly fontSize: number;
  readonly lineHeight: number;
  constructor(api: HbApi, faces: readonly Face[], fontSize: number, lineHeight: number) {
    this.api = api;
    this.faces = faces;
    this.fontSize = fontSize;
    this.lineHeight = lineHeight;
  }

  /** The face satori would pick for a character: the first of the stack that has it. */
  private faceOf(code: number): Face | undefined {
    return this.faces.find((face) => face.unicodes.has(code));
  }

  /**
   * True when a face of the stack has every character and each character is
   * a grapheme of its own: no marks, joiners or controls (the stack's faces
   * have no emoji, Hangul or regional indicators).
   */
  covers(text: string): boolean {
    if (/[\p{M}\p{Cc}\p{Cf}]/u.test(text)) return false;
    for (const char of text) if (!this.faceOf(char.codePointAt(0)!)) return false;
    return true;
  }

  /** `text` split by face (a space stays with the face before it when that face has one) and shaped per run, as satori does. */
  shape(text: string): Shaped {
    let shaped = this.shaped.get(text);
    if (!shaped) {
      const runs: ShapedRun[] = [];
      let width = 0;
      let runText = '';
      let runFace: Face | undefined;
      const flush = () => {
        if (!runFace) return;
        const buffer = this.api.createBuffer();
        try {
          buffer.addText(runText);
          buffer.guessSegmentProperties();
          this.api.shape(runFace.font, buffer);
          const infos = buffer.getGlyphInfos();
          const positions = buffer.getGlyphPositions();
          const glyphs = new Int32Array(infos.length * 4);
          let advance = 0;
          infos.forEach((info, i) => {
            glyphs.set([info.codepoint, positions[i]!.x_advance, positions[i]!.x_offset, positions[i]!.y_offset], i * 4);
            advance += positions[i]!.x_advance;
          });
          runs.push({ face: runFace, glyphs });
          width += (advance / runFace.upem) * this.fontSize;
        } finally {
          buffer.destroy();
        }
      };
      for (const grapheme of segmentGraphemes(text)) {
        const code = grapheme.codePointAt(0)!;
        const face = /^\s$/.test(grapheme) && runFace?.unicodes.has(code) ? runFace : this.faceOf(code);
        if (!face) throw new Error(`no face for U+${code.toString(16)}`);
        if (face === runFace) runText += grapheme;
        else {
          flush();
          runFace = face;
          runText = grapheme;
        }
      }
      flush();
      shaped = { runs, width };
      // Words repeat across a glossary's cards; a bound (about 1 MB a stack) keeps a long build's thread small.
      if (this.shaped.size >= 5_000) this.shaped.clear();
      this.shaped.set(text, shaped);
    }
    return shaped;
  }

  width(text: string): number {
    return this.shape(text).width;
  }

  baseline(text: string): number {
    const face = this.faceOf(text.codePointAt(0)!) ?? this.faces[0]!;
    const ascent = Math.round((face.ascender / face.upem) * this.fontSize);
    const descent = Math.round((-face.descender / face.upem) * this.fontSize);
    return ascent + Math.floor((this.fontSize * this.lineHeight - ascent - descent) / 2);
  }
}

/** The stack of a family and weight: its latin, latin-ext and cyrillic files, in the renderer's order (og-draw.ts `SUBSETS`). */
export async function stackMetrics(files: readonly string[], fontSize: number, lineHeight: number): Promise<StackMetrics> {
  const api = await harfbuzz();
  const key = `${files.join('|')}@${fontSize}/${lineHeight}`;
  let metrics = stacks.get(key);
  if (!metrics) {
    metrics = new StackMetrics(api, files.map((file) => loadFace(api, file)), fontSize, lineHeight);
    stacks.set(key, metrics);
  }
  return metrics;
}
const stacks = new Map<string, StackMetrics>();

/** A glyph's coverage at one size and phase: `alpha` is w × h, its top-left at (left, top) from the pen on the baseline. */
interface Mask {
  left: number;
  top: number;
  w: number;
  h: number;
  alpha: Uint8Array;
  /** Per row, the first and past-the-last column with any coverage: a glyph's box is about half blank. */
  spans: Int16Array;
}

function withSpans(left: number, top: number, w: number, h: number, alpha: Uint8Array): Mask {
  const spans = new Int16Array(2 * h);
  for (let y = 0; y < h; y++) {
    let start = 0;
    let end = w;
    while (start < w && alpha[y * w + start] === 0) start++;
    while (end > start && alpha[y * w + end - 1] === 0) end--;
    spans[2 * y] = start;
    spans[2 * y + 1] = end;
  }
  return { left, top, w, h, alpha, spans };
}
const masks = new Map<string, Mask>();
let maskBytes = 0;
/**
 * A bound on the masks' memory; a thousand cards of varied English and
 * Ukrainian text needed about 1,800 masks and 2 MB (tests/bench/og-cost.ts
 * --varied), so only text in far more scripts would reach it.
 */
const MAX_MASK_BYTES = 24 << 20;

/** Numbers after each path command: M, L, Q, C, Z (the command's code is its index). */
const ARITY = [2, 2, 4, 6, 0];

/** The glyph's outline from HarfBuzz (font units, y up) as numbers: a command code, then its points. */
function outline(face: Face, glyph: number): Float64Array {
  let parsed = face.outlines.get(glyph);
  if (!parsed) {
    const out: number[] = [];
    for (const [, command, args] of face.font.glyphToPath(glyph).matchAll(/([MLQCZ])([^MLQCZ]*)/g)) {
      const code = 'MLQCZ'.indexOf(command!);
      out.push(code, ...args!.split(/[ ,]+/).filter(Boolean).map(Number).slice(0, ARITY[code]));
    }
    parsed = Float64Array.from(out);
    face.outlines.set(glyph, parsed);
  }
  return parsed;
}

/** Forgets every glyph mask, as a fresh thread has none (for tests: a card must not depend on what was drawn before it). */
export function forgetGlyphMasks(): void {
  masks.clear();
  maskBytes = 0;
}

/** satori's rounding of path coordinates (to a tenth of a pixel, half away from zero). */
const tenth = (n: number) => (n < 0 ? -Math.round(-n * 10) : Math.round(n * 10)) / 10;

export interface MaskRequest {
  key: string;
  face: Face;
  glyph: number;
  fontSize: number;
  phase: number;
}

/**
 * Draws the missing masks, each glyph alone in an SVG of its own size, so a
 * mask is the same bytes whichever card or thread meets the glyph first:
 * drawn as cells of one tall image, about one glyph in 300 came out a few
 * pixels different (resvg's precision falls with the distance from the
 * origin), which would make a card's PNG depend on the cards drawn before it.
 * Alone costs about 0.4 ms a mask against 0.2, once per glyph, size and
 * phase per thread (about 2,000 masks for a thousand varied cards).
 */
export async function drawMasks(requests: MaskRequest[]): Promise<Map<string, Mask>> {
  const drawn = new Map<string, Mask>();
  for (const request of requests) {
    const { face, glyph, fontSize, phase } = request;
    const scale = fontSize / face.upem;
    const commands = outline(face, glyph);
    const points: number[] = [];
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < commands.length; ) {
      const code = commands[i++]!;
      for (let k = 0; k < ARITY[code]!; k += 2, i += 2) {
        const x = tenth(phase / PHASES + commands[i]! * scale);
        const y = tenth(-commands[i + 1]! * scale);
        points.push(x, y);
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
    let mask: Mask;
    if (points.length === 0) mask = withSpans(0, 0, 0, 0, new Uint8Array(0));
    else {
      const left = Math.floor(minX) - 1;
      const top = Math.floor(minY) - 1;
      const w = Math.ceil(maxX) + 1 - left;
      const h = Math.ceil(maxY) + 1 - top;
      // The pen at (-left, -top): the mask's pixels are the card's, offset by whole pixels.
      let d = '';
      let p = 0;
      for (let i = 0; i < commands.length; ) {
        const code = commands[i++]!;
        d += 'MLQCZ'[code];
        for (let k = 0; k < ARITY[code]!; k += 2, i += 2, p += 2) d += `${k ? ' ' : ''}${+(points[p]! - left).toFixed(1)} ${+(points[p + 1]! - top).toFixed(1)}`;
      }
      const image = await renderAsync(`<svg width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" xmlns="http://www.w3.org/2000/svg"><path d="${d}"/></svg>`, { font: { loadSystemFonts: false } });
      // `pixels` copies the image out of resvg on every read: once.
      const pixels = image.pixels;
      const alpha = new Uint8Array(w * h);
      for (let i = 0; i < alpha.length; i++) alpha[i] = pixels[i * 4 + 3]!;
      mask = withSpans(left, top, w, h, alpha);
    }
    if (maskBytes > MAX_MASK_BYTES) {
      masks.clear();
      maskBytes = 0;
    }
    masks.set(request.key, mask);
    drawn.set(request.key, mask);
    maskBytes += mask.alpha.length + 3 * mask.h + 64;
  }
  return drawn;
}

/** A glyph to draw: its mask's key and where its pen starts, in whole pixels. */
interface Placement {
  key: string;
  request: MaskRequest;
  x: number;
  y: number;
  ink: number;
  mask?: Mask;
}

/** Where each glyph of a laid-out box goes on the card. Undefined for glyphs offset vertically (marks), which this path does not draw. */
function place(layout: TextBoxLayout, metrics: StackMetrics, boxLeft: number, boxTop: number, ink: number, out: Placement[]): boolean {
  for (const run of layout.runs) {
    let pen = boxLeft + run.left;
    const baseline = boxTop + run.baseline;
    for (const { face, glyphs } of metrics.shape(run.text).runs) {
      const scale = metrics.fontSize / face.upem;
      for (let i = 0; i < glyphs.length; i += 4) {
        const [glyph, advance, dx, dy] = [glyphs[i]!, glyphs[i + 1]!, glyphs[i + 2]!, glyphs[i + 3]!];
        if (dy !== 0) return false;
        const x = pen + dx * scale;
        let whole = Math.floor(x);
        let phase = Math.round((x - whole) * PHASES);
        if (phase === PHASES) {
          whole++;
          phase = 0;
        }
        const key = `${face.id}:${glyph}:${metrics.fontSize}:${phase}`;
        out.push({ key, request: { key, face, glyph, fontSize: metrics.fontSize, phase }, x: whole, y: baseline, ink });
        pen += advance * scale;
      }
    }
  }
  return true;
}

/** What the fast path needs of the card's frame (og-draw.ts). */
export interface FrameRows {
  /** PNG scanlines of palette indices, 1 + width bytes a row. */
  rows: Buffer;
  table: ColourTable;
  width: number;
  kickerHeight: number;
  footerTop: number;
}

export interface TextCard {
  title: string;
  description: string;
}

/** Font files of a stack, as og-draw.ts resolves them. */
export type StackFiles = { serif700: readonly string[]; sans400: readonly string[] };

const mix = (ink: number, bg: number, a: number) => {
  const channel = (shift: number) => Math.round((((ink >> shift) & 0xff) * a + ((bg >> shift) & 0xff) * (255 - a)) / 255);
  return (channel(16) << 16) | (channel(8) << 8) | channel(0);
};
const ADLER_BASE = 65521;
const hex = (colour: string) => Number.parseInt(colour.slice(1), 16);

/** A card's text, laid out and with every glyph's mask at hand: painting it awaits nothing. */
export interface FastText {
  placements: Placement[];
  bg: number;
  inks: number[];
  top: number;
  bottom: number;
  /** The row below the lowest glyph's mask: rows from here down are the frame's. */
  inkBottom: number;
}

/**
 * Lays out the card's title and description and rasterises the glyphs it
 * lacks. "overflow" when the text would reach the footer (the caller draws
 * the card whole, where satori shrinks its boxes), undefined for text this
 * path does not cover.
 */
export async function layOutFastText(card: TextCard, palette: Palette | undefined, frame: FrameRows, files: StackFiles): Promise<FastText | 'overflow' | undefined> {
  if (!card.title.trim() || !card.description.trim()) return undefined;
  const colours = cardColours(palette ?? DEFAULT_THEME.light);
  // Inks blended here from #rrggbb; any other colour syntax is satori's to read.
  if (![colours.bg, colours.text, colours.muted].every((c) => /^#[0-9a-f]{6}$/i.test(c))) return undefined;
  const size = titleSize(card.title);
  const title = await stackMetrics(files.serif700, size, CARD_TITLE.lineHeight);
  const description = await stackMetrics(files.sans400, CARD_DESCRIPTION.fontSize, CARD_DESCRIPTION.lineHeight);
  if (!title.covers(card.title) || !description.covers(card.description)) return undefined;
  const titleLayout = layOutTextBox(card.title, { fontSize: size, lineHeight: CARD_TITLE.lineHeight, lineClamp: CARD_TITLE.lineClamp, width: CARD_COLUMN_WIDTH }, title);
  const descriptionLayout = layOutTextBox(card.description, { fontSize: CARD_DESCRIPTION.fontSize, lineHeight: CARD_DESCRIPTION.lineHeight, lineClamp: CARD_DESCRIPTION.lineClamp, width: CARD_COLUMN_WIDTH }, description);
  if (!titleLayout || !descriptionLayout) return undefined;
  const titleTop = CARD_TEXT_TOP + frame.kickerHeight + CARD_TITLE.marginTop;
  const descriptionTop = titleTop + titleLayout.height + CARD_DESCRIPTION.marginTop;
  if (descriptionTop + descriptionLayout.height > frame.footerTop) return 'overflow';

  const placements: Placement[] = [];
  if (!place(titleLayout, title, CARD_COLUMN_LEFT, titleTop, 0, placements) || !place(descriptionLayout, description, CARD_COLUMN_LEFT, descriptionTop, 1, placements)) return undefined;
  const missing = new Map<string, MaskRequest>();
  for (const placement of placements) {
    placement.mask = masks.get(placement.key);
    if (!placement.mask) missing.set(placement.key, placement.request);
  }
  if (missing.size > 0) {
    const drawn = await drawMasks([...missing.values()]);
    for (const placement of placements) placement.mask ??= drawn.get(placement.key);
  }
  const top = CARD_TEXT_TOP + frame.kickerHeight;
  const bottom = frame.footerTop;
  const inkBottom = placements.reduce((lowest, { y, mask }) => Math.max(lowest, Math.min(bottom, y + mask!.top + mask!.h)), top);
  return { placements, bg: hex(colours.bg), inks: [hex(colours.text), hex(colours.muted)], top, bottom, inkBottom };
}

/**
 * Adds the glyphs' coverage into `rows` (PNG scanlines of palette indices,
 * `width` pixels a row, a copy of the frame's), adding the colours to
 * `table`. Returns the Adler-32 of the rows afterwards, from theirs before
 * (`adler`), or undefined when the card would need more than 256 colours.
 *
 * Adler-32 is linear in the bytes (a byte d at offset i of n adds d to the
 * first sum and (n - i) × d to the second), so it follows each write: summing
 * the text's 300,000 scanline bytes afresh took 0.45 ms a card.
 */
export function paintFastText(text: FastText, rows: Buffer, width: number, table: ColourTable, adler: number): number | undefined {
  // Palette indices of each ink at each coverage, looked up as they are first needed, and the coverage
  // each index stands for (0 for the background), so a pixel two glyphs' edges share adds up without
  // a coverage buffer beside the rows.
  const luts = [new Int16Array(256).fill(-1), new Int16Array(256).fill(-1)];
  const coverageOf = new Uint8Array(256);
  const stride = width + 1;
  const { top, bottom, bg, inks } = text;
  const length = rows.length;
  let sumA = 0;
  let sumB = 0;
  for (const { x, y, ink, mask } of text.placements) {
    const { left, top: maskTop, w, h, alpha, spans } = mask!;
    const lut = luts[ink]!;
    const colour = inks[ink]!;
    const x0 = Math.max(CARD_TEXT_LEFT, x + left);
    const x1 = Math.min(width, x + left + w);
    const y0 = Math.max(top, y + maskTop);
    const y1 = Math.min(bottom, y + maskTop + h);
    for (let py = y0; py < y1; py++) {
      const maskY = py - y - maskTop;
      const maskRow = maskY * w - x - left;
      const rowStart = py * stride + 1;
      const from = Math.max(x0, x + left + spans[2 * maskY]!);
      const to = Math.min(x1, x + left + spans[2 * maskY + 1]!);
      // The row's share of the Adler-32 change, in small integers (sums past 2^30 made V8 leave its
      // optimised code for this loop again and again): the second sum gains (length - at) × change.
      let change = 0;
      let weighted = 0;
      for (let px = from; px < to; px++) {
        const at = rowStart + px;
        const old = rows[at]!;
        const sum = Math.min(255, coverageOf[old]! + alpha[maskRow + px]!);
        let index = lut[sum]!;
        if (index < 0) {
          index = table.indexOf(sum === 0 ? bg : mix(colour, bg, sum));
          // More than 256 colours: the caller draws this card with satori.
          if (index < 0) return undefined;
          lut[sum] = index;
          coverageOf[index] = sum;
        }
        rows[at] = index;
        change += index - old;
        weighted += px * (index - old);
      }
      sumA = (sumA + change) % ADLER_BASE;
      sumB = (sumB + (length - rowStart) * change - weighted) % ADLER_BASE;
    }
  }
  const mod = (n: number) => ((n % ADLER_BASE) + ADLER_BASE) % ADLER_BASE;
  return ((mod((adler >>> 16) + sumB) << 16) | mod((adler & 0xffff) + sumA)) >>> 0;
}
