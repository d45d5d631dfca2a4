/**
 * Draws a social image: satori lays the card out as SVG (text turned into
 * paths), resvg rasterises it to PNG. Fonts come from the @fontsource
 * packages' WOFF files (satori reads TTF, OTF and WOFF, not WOFF2), read from
 * node_modules, so the build never fetches anything.
 *
 * Drawing costs about 60 ms of CPU per image, so finished PNGs are kept
 * in node_modules/.cache/og-images/, keyed by everything that shapes them;
 * a rebuild only draws the cards whose text or layout changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_FONT_SUBSETS, CARD_FONTS, cardLayout } from '../lib/seo/og-card-layout.ts';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH, type OgCard } from '../lib/seo/og-image.ts';
import type { Palette } from '../config/schema.ts';

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
const SUBSETS = ['latin', ...CARD_FONT_SUBSETS] as const;
const FACES: Array<{ pkg: string; family: string; weight: FontWeight }> = [
  { pkg: 'noto-serif', family: CARD_FONTS.serif, weight: 700 },
  { pkg: 'noto-sans', family: CARD_FONTS.sans, weight: 400 },
  { pkg: 'noto-sans', family: CARD_FONTS.sans, weight: 700 },
];

/**
 * Resolved from the project root, not from this module: in a build this code
 * runs from a bundled chunk that may sit outside the project (a custom outDir).
 */
const requireFromProject = createRequire(join(process.cwd(), 'package.json'));

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

/** The card as a 1200×630 PNG, in `palette` (the site's light theme). */
export async function renderOgPng(card: OgCard, siteName: string, palette?: Palette): Promise<Uint8Array<ArrayBuffer>> {
  const layout = cardLayout(card, siteName, palette);
  const cached = cacheFile(layout);
  try {
    return Uint8Array.from(await readFile(cached));
  } catch {
    // Not drawn yet: draw it below.
  }
  const svg = await satori(layout as Parameters<typeof satori>[0], {
    width: OG_IMAGE_WIDTH,
    height: OG_IMAGE_HEIGHT,
    fonts: await loadFonts(),
  });
  // Text is already paths, so resvg needs no fonts of its own.
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_IMAGE_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
  // Written aside and renamed, so a build running alongside never reads half a file.
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(`${cached}.${process.pid}.tmp`, png);
  await rename(`${cached}.${process.pid}.tmp`, cached);
  return Uint8Array.from(png);
}

const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'og-images');

let versions: string[] | undefined;

/** The layout tree holds every word, size and colour; the font list and package versions cover the rest. */
function cacheFile(layout: unknown): string {
  versions ??= ['satori', '@resvg/resvg-js', '@fontsource/noto-serif', '@fontsource/noto-sans'].map(
    (name) => `${name}@${(requireFromProject(`${name}/package.json`) as { version: string }).version}`,
  );
  const key = createHash('sha256').update(JSON.stringify({ layout, faces: FACES, subsets: SUBSETS, versions })).digest('hex');
  return join(CACHE_DIR, `${key.slice(0, 32)}.png`);
}
