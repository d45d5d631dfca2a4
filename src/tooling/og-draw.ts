/**
 * Draws one social image. Fonts come from the @fontsource packages' WOFF
 * files (satori reads TTF, OTF and WOFF, not WOFF2), read from node_modules,
 * so the build never fetches anything.
 *
 * Most of a card is the same on every card of its kind and language: the
 * background, the accent bar, the kicker, the rule and the site name (the
 * "frame"). The frame is drawn once per thread with satori and resvg and kept
 * as palette indices. Per card, the title and description are drawn from
 * glyphs rasterised once per thread (src/tooling/og-fast-text.ts: about 3 ms
 * a card); text that path does not cover goes through satori, which lays out
 * only the title and description, and resvg, which rasterises only the band
 * they occupy, copied into the frame (about 15 ms; a whole card, about 30:
 * tests/bench/og-cost.ts). A card whose text would reach the footer is drawn
 * whole.
 *
 * Used both on the main thread and inside the drawing workers
 * (src/tooling/og-worker.ts), so it imports nothing bundler-specific.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_TEXT_LEFT, CARD_TEXT_TOP, cardLayout } from '../lib/seo/og-card-layout.ts';
import type { OgCard } from '../lib/seo/og-image.ts';
import { DEFAULT_THEME, type Palette } from '../config/schema.ts';
import { adler32, ColourTable, deflatePiece, encodeIndexedPng, encodeIndexedPngPieces, encodeOpaquePng, indexPixels, isOpaque, type DeflatedPiece } from './png-encode.ts';
import { layOutFastText, paintFastText, type StackFiles } from './og-fast-text.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

type FontWeight = 400 | 700;
interface LoadedFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

/**
 * Each family in three subsets. Satori keeps one font per name and weight,
 * so the extra subsets get their own names; it falls back to them for
 * glyphs the first one lacks (accented Latin, Cyrillic names).
 */
export const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
export const FACES: ReadonlyArray<{ pkg: string; family: string; weight: FontWeight }> = [
  { pkg: 'noto-serif', family: 'Noto Serif', weight: 700 },
  { pkg: 'noto-sans', family: 'Noto Sans', weight: 400 },
  { pkg: 'noto-sans', family: 'Noto Sans', weight: 700 },
];

/**
 * Resolved from the project root, not from this module: in a build this code
 * runs from a bundled chunk that may sit outside the project (a custom outDir).
 */
export const requireFromProject = createRequire(join(process.cwd(), 'package.json'));

let fonts: Promise<LoadedFont[]> | undefined;

const fontFile = (pkg: string, subset: string, weight: FontWeight) => requireFromProject.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff`);

/** The fonts, read once per thread; satori keeps its parsed faces for the same array. */
export function loadFonts(): Promise<LoadedFont[]> {
  fonts ??= Promise.all(
    FACES.flatMap(({ pkg, family, weight }) =>
      SUBSETS.map(async (subset) => ({
        name: subset === 'latin' ? family : `${family} ${subset}`,
        data: await readFile(fontFile(pkg, subset, weight)),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
  return fonts;
}

/** What a card is drawn from; the worker receives it as a message. */
export interface CardInput {
  card: OgCard;
  siteName: string;
  palette?: Palette;
}

/** The steps a card goes through, reported to the benchmark as each one ends. */
export type DrawPhase = 'layout' | 'raster' | 'encode';
export type PhaseListener = (phase: DrawPhase) => void;

const RESVG_OPTIONS = { font: { loadSystemFonts: false } } as const;

async function toSvg(layout: unknown): Promise<string> {
  return satori(layout as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: await loadFonts() });
}

/**
 * Rasterises a satori SVG; text is already paths, so resvg needs no fonts of
 * its own. Through `renderAsync`, which drops the parsed SVG as soon as it is
 * drawn: a `Resvg` object keeps its tree and pixels in native memory until
 * V8 happens to collect the small wrapper: rasterising 400 cards that way
 * grew a thread to 2.6 GB resident (332 MB with renderAsync, for the same CPU).
 */
async function rasterise(svg: string): Promise<{ pixels: Buffer; width: number; height: number; png: () => Buffer }> {
  const image = await renderAsync(svg, RESVG_OPTIONS);
  return { pixels: image.pixels, width: image.width, height: image.height, png: () => Buffer.from(image.asPng()) };
}

/** Opaque pixels as an indexed-colour PNG when they have at most 256 colours (a card has about 80), else as RGB. */
export function encodeCardPixels(rgba: Uint8Array, width: number, height: number): Buffer {
  const table = new ColourTable();
  const rows = Buffer.alloc((width + 1) * height);
  if (indexPixels(rgba, width, height, table, rows, width + 1, 0, 0)) return encodeIndexedPng(rows, width, height, table);
  return encodeOpaquePng(rgba, width, height);
}

/** The card drawn in one piece: satori and resvg over the whole 1200×630 (the reference the tests compare `drawCard` with). */
export function drawWholeCard(input: CardInput, onPhase?: PhaseListener): Promise<Buffer> {
  return drawWhole(cardLayout(input.card, input.siteName, input.palette), onPhase);
}

async function drawWhole(layout: unknown, onPhase?: PhaseListener): Promise<Buffer> {
  const svg = await toSvg(layout);
  onPhase?.('layout');
  const image = await rasterise(svg);
  onPhase?.('raster');
  // Cards have a solid background; anything translucent keeps resvg's RGBA encoder.
  const png = isOpaque(image.pixels) ? encodeCardPixels(image.pixels, image.width, image.height) : image.png();
  onPhase?.('encode');
  return png;
}

/** A satori box by its position in the tree ("1-0": the column's first child), from the mask satori writes for it. */
export function satoriBox(svg: string, path: string): { x: number; y: number; width: number; height: number } | undefined {
  const match = new RegExp(`<mask id="satori_om-id-${path}"><rect x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"`).exec(svg);
  if (!match) return undefined;
  const [x, y, width, height] = match.slice(1).map(Number) as [number, number, number, number];
  return { x, y, width, height };
}

/**
 * The parts of a card shared by every card with the same kicker, site name
 * and palette, drawn and indexed once. Only the indices are kept (0.75 MB, a
 * quarter of the pixels), as a build's threads each hold a frame per kicker.
 */
interface Frame {
  /** PNG scanlines of palette indices (filter byte 0 and one byte per pixel), for `table`. */
  rows: Buffer;
  table: ColourTable;
  background: string;
  /** Kicker height and the footer's top edge, measured in the frame; text must end above `footerTop`. */
  kickerHeight: number;
  footerTop: number;
  /**
   * The frame's scanlines above the text (from the top of the card to the
   * kicker's end) and below it (from a row to the bottom, by that row: a
   * multiple of PIECE_ROWS), deflated once: a card deflates only the rows its
   * text is drawn in, about 40 % less deflate than the whole card's rows.
   */
  above?: DeflatedPiece;
  below: Map<number, DeflatedPiece>;
  /** Adler-32 of `rows`, which a card's follows as its text is painted in. */
  adler?: number;
}

/** Rows below the text start at a multiple of this, so cards share the frame's deflated rows below them. */
const PIECE_ROWS = 8;
const STRIDE = OG_WIDTH + 1;

function framePieces(frame: Frame, top: number, end: number): [DeflatedPiece, DeflatedPiece] {
  frame.above ??= deflatePiece(frame.rows.subarray(0, top * STRIDE), false);
  let below = frame.below.get(end);
  if (!below) {
    below = deflatePiece(frame.rows.subarray(end * STRIDE), true);
    frame.below.set(end, below);
  }
  return [frame.above, below];
}

/** Frames by their layout; a build has one per kicker (kind, story status, language) and palette. */
const frames = new Map<string, Promise<Frame | null>>();
const MAX_FRAMES = 64;

async function drawFrame(input: CardInput): Promise<Frame | null> {
  const layout = cardLayout(input.card, input.siteName, input.palette, { paint: 'frame' });
  const svg = await toSvg(layout);
  const kicker = satoriBox(svg, '1-0');
  const footer = satoriBox(svg, '1-3');
  const image = await rasterise(svg);
  const table = new ColourTable();
  const rows = Buffer.alloc((OG_WIDTH + 1) * OG_HEIGHT);
  // Without the boxes, or with a translucent or many-coloured frame, every card of this frame is drawn whole.
  if (!kicker || !footer || !isOpaque(image.pixels) || !indexPixels(image.pixels, OG_WIDTH, OG_HEIGHT, table, rows, OG_WIDTH + 1, 0, 0)) return null;
  return {
    rows,
    table,
    background: (input.palette ?? DEFAULT_THEME.light).surface,
    kickerHeight: kicker.height,
    footerTop: footer.y,
    below: new Map(),
  };
}

function frameFor(input: CardInput): Promise<Frame | null> {
  // Drawn from the card without its text, so the frame is the same for every card that shares it.
  const shared = { ...input, card: { ...input.card, slug: '', title: '', description: '' } };
  const key = JSON.stringify(cardLayout(shared.card, shared.siteName, shared.palette, { paint: 'frame' }));
  let frame = frames.get(key);
  if (!frame) {
    if (frames.size >= MAX_FRAMES) frames.delete(frames.keys().next().value!);
    frame = drawFrame(shared);
    frames.set(key, frame);
  }
  return frame;
}

/**
 * Room left below the last text box before the band ends: a serif title's
 * descenders reach about a tenth of its size below its line box (the font's
 * ascent and descent exceed the 1.15 line height).
 */
const INK_BELOW = 12;
/** Room either side of the text column for glyphs that overhang their advance (a serif J, an ellipsis at the line's end). */
const INK_BESIDE = 32;
let scanlines: Buffer | undefined;
const SVG_HEAD = `<svg width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" xmlns="http://www.w3.org/2000/svg">`;

/** The title's and description's font files, in satori's fallback order (`SUBSETS`). */
let stackFiles: StackFiles | undefined;
function textStacks(): StackFiles {
  stackFiles ??= {
    serif700: SUBSETS.map((subset) => fontFile('noto-serif', subset, 700)),
    sans400: SUBSETS.map((subset) => fontFile('noto-sans', subset, 400)),
  };
  return stackFiles;
}

/**
 * The card as a 1200×630 PNG; `onPhase` hears the end of each step (for
 * tests/bench/og-cost.ts). The title and description are drawn from cached
 * glyphs (src/tooling/og-fast-text.ts) when that path covers their text, else
 * with satori and resvg (`drawCardWithSatori`).
 */
export async function drawCard(input: CardInput, onPhase?: PhaseListener): Promise<Buffer> {
  const frame = await frameFor(input);
  if (!frame) return drawWholeCard(input, onPhase);
  const text = await layOutFastText(input.card, input.palette, { ...frame, width: OG_WIDTH }, textStacks());
  if (text === 'overflow') return drawWholeCard(input, onPhase);
  if (text) {
    onPhase?.('layout');
    const table = frame.table.clone();
    // One buffer per thread: from the frame's copy to the encoded PNG nothing awaits, so no other card can be using it.
    scanlines ??= Buffer.alloc(frame.rows.length);
    frame.rows.copy(scanlines);
    frame.adler ??= adler32(frame.rows);
    const adler = paintFastText(text, scanlines, OG_WIDTH, table, frame.adler);
    if (adler !== undefined) {
      onPhase?.('raster');
      const end = Math.min(OG_HEIGHT, Math.ceil(text.inkBottom / PIECE_ROWS) * PIECE_ROWS);
      const [above, below] = framePieces(frame, text.top, end);
      const png = encodeIndexedPngPieces([above, deflatePiece(scanlines.subarray(text.top * STRIDE, end * STRIDE), false), below], adler, OG_WIDTH, OG_HEIGHT, table);
      onPhase?.('encode');
      return png;
    }
  }
  return drawCardWithSatori(input, onPhase);
}

/** The card from its frame and a text band that satori lays out and resvg rasterises (what the cards were before og-fast-text.ts). */
export async function drawCardWithSatori(input: CardInput, onPhase?: PhaseListener): Promise<Buffer> {
  const frame = await frameFor(input);
  if (!frame) return drawWholeCard(input, onPhase);
  const svg = await toSvg(cardLayout(input.card, input.siteName, input.palette, { paint: 'text', kickerHeight: frame.kickerHeight }));
  const title = satoriBox(svg, '1-1');
  const description = satoriBox(svg, '1-2');
  const top = CARD_TEXT_TOP + frame.kickerHeight;
  // Text that reaches the footer would have made the whole card's boxes shrink: draw that card whole.
  if (!svg.startsWith(SVG_HEAD) || !title || !description || description.y + description.height > frame.footerTop) return drawWholeCard(input, onPhase);
  onPhase?.('layout');

  const bottom = Math.min(frame.footerTop, Math.ceil(description.y + description.height) + INK_BELOW);
  const x = Math.max(CARD_TEXT_LEFT, Math.floor(Math.min(title.x, description.x)) - INK_BESIDE);
  const right = Math.min(OG_WIDTH, Math.ceil(Math.max(title.x + title.width, description.x + description.width)) + INK_BESIDE);
  const [width, height] = [right - x, bottom - top];
  // The same paths in a window onto the band, over the card's background, so resvg blends them exactly as on the whole card.
  const band = await rasterise(
    `<svg width="${width}" height="${height}" viewBox="${x} ${top} ${width} ${height}" xmlns="http://www.w3.org/2000/svg">` +
      `<rect x="${x}" y="${top}" width="${width}" height="${height}" fill="${frame.background}"/>${svg.slice(SVG_HEAD.length)}`,
  );
  onPhase?.('raster');

  const table = frame.table.clone();
  // One buffer per thread: from here to the encoded PNG nothing awaits, so no other card can be using it.
  scanlines ??= Buffer.alloc(frame.rows.length);
  const rows = scanlines;
  frame.rows.copy(rows);
  // The band is painted over the opaque background rectangle, so it is opaque too. More than 256
  // colours (no card seen so far has half as many) would need the frame's pixels, which are not kept: draw whole.
  if (!indexPixels(band.pixels, width, height, table, rows, OG_WIDTH + 1, x, top)) return drawWholeCard(input, onPhase);
  const png = encodeIndexedPng(rows, OG_WIDTH, OG_HEIGHT, table);
  onPhase?.('encode');
  return png;
}
