/**
 * Draws one social image: satori lays the card out as SVG (text turned into
 * paths), resvg rasterises it, and the pixels are encoded as PNG. Fonts come
 * from the @fontsource packages' WOFF files (satori reads TTF, OTF and WOFF,
 * not WOFF2), read from node_modules, so the build never fetches anything.
 *
 * Used both on the main thread and inside the drawing workers
 * (src/tooling/og-worker.ts), so it imports nothing bundler-specific.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { encodeOpaquePng, isOpaque } from './png-encode.ts';

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

function loadFonts(): Promise<LoadedFont[]> {
  fonts ??= Promise.all(
    FACES.flatMap(({ pkg, family, weight }) =>
      SUBSETS.map(async (subset) => ({
        name: subset === 'latin' ? family : `${family} ${subset}`,
        data: await readFile(requireFromProject.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
  return fonts;
}

/** The card's layout tree (src/lib/seo/og-card-layout.ts) as a 1200×630 PNG. */
export async function drawCard(layout: unknown): Promise<Buffer> {
  const svg = await satori(layout as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: await loadFonts() });
  // Text is already paths, so resvg needs no fonts of its own.
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render();
  const pixels = image.pixels;
  // Cards have a solid background; anything translucent keeps resvg's RGBA encoder.
  return isOpaque(pixels) ? encodeOpaquePng(pixels, image.width, image.height) : Buffer.from(image.asPng());
}
