/**
 * CPU cost of drawing social images, per card and per phase, on this thread:
 * the layout (satori to SVG, or the glyph cache's own layout and glyph
 * masks), rasterising (resvg, or painting cached glyphs) and PNG encoding.
 *
 *   node tests/bench/og-cost.ts [--cards N] [--out DIR] [--varied]
 *
 * Cards: English and Ukrainian, every kind, titles of varied length, the
 * default light theme (tests/bench/og-sample-cards.ts). CPU time is
 * process.cpuUsage() around each phase (all of this process's
 * threads, the garbage collector's included; other processes on a shared
 * machine inflate it little, unlike the wall time printed beside it). `--out`
 * writes the PNGs, to look at. `--varied` measures cards of random words
 * (tests/bench/og-sample-cards.ts `variedCards`) after the same warm-up, so
 * the glyph cache draws the glyphs it meets for the first time as it goes.
 * Never fails on timing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardLayout } from '../../src/lib/seo/og-card-layout.ts';
import type { OgCard } from '../../src/lib/seo/og-image.ts';
import { DEFAULT_THEME } from '../../src/config/schema.ts';
import { drawCard, drawCardWithSatori, loadFonts, OG_HEIGHT, OG_WIDTH, type CardInput, type DrawPhase, type PhaseListener } from '../../src/tooling/og-draw.ts';
import { encodeOpaquePng } from '../../src/tooling/png-encode.ts';
import { sampleCards, variedCards } from './og-sample-cards.ts';

const args = process.argv.slice(2);
const count = args.includes('--cards') ? Number(args[args.indexOf('--cards') + 1]) : 60;
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const SITE = 'The Lindgrad Explainer';
/** Cards drawn before measuring: enough for every kicker's frame to be drawn once, as it is once per thread in a build. */
const WARMUP = 40;

/** The process's CPU, garbage-collector threads included: satori's strings keep them busy. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Phases {
  layout: number;
  raster: number;
  encode: number;
  bytes: number;
}

/** Today's pipeline, phase by phase: the whole card through satori, resvg, the RGB encoder. */
async function drawBaseline(layout: unknown, fonts: Awaited<ReturnType<typeof loadFonts>>): Promise<{ png: Buffer; phases: Phases }> {
  const c0 = cpuMs();
  const svg = await satori(layout as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  const c1 = cpuMs();
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render();
  const pixels = image.pixels;
  const c2 = cpuMs();
  const png = encodeOpaquePng(pixels, image.width, image.height);
  const c3 = cpuMs();
  return { png, phases: { layout: c1 - c0, raster: c2 - c1, encode: c3 - c2, bytes: png.length } };
}

/** A renderer of the frame-and-text kind: satori's text band (until December 2026) or the glyph cache (as the build runs it). */
async function drawFramed(draw: (input: CardInput, onPhase: PhaseListener) => Promise<Buffer>, card: OgCard): Promise<{ png: Buffer; phases: Phases }> {
  const at: Partial<Record<DrawPhase, number>> = {};
  const c0 = cpuMs();
  const png = await draw({ card, siteName: SITE, palette: DEFAULT_THEME.light }, (phase) => (at[phase] = cpuMs()));
  const { layout = c0, raster = layout, encode = raster } = at;
  return { png, phases: { layout: layout - c0, raster: raster - layout, encode: encode - raster, bytes: png.length } };
}

const fonts = await loadFonts();
const cards = args.includes('--varied') ? [...sampleCards(WARMUP), ...variedCards(count)] : sampleCards(count + WARMUP);
if (out) mkdirSync(out, { recursive: true });

const load = loadavg()[0]!.toFixed(2);
const rows: Array<[string, Phases[], number]> = [];
const pipelines = [
  ['whole card, RGB (before)', 'before', (card: OgCard) => drawBaseline(cardLayout(card, SITE, DEFAULT_THEME.light), fonts)],
  ['frame once + satori text band, indexed', 'band', (card: OgCard) => drawFramed(drawCardWithSatori, card)],
  ['frame once + cached glyphs, indexed (now)', 'after', (card: OgCard) => drawFramed(drawCard, card)],
] as const;
for (const [name, file, draw] of pipelines) {
  const results: Phases[] = [];
  let w0 = 0;
  for (const [i, card] of cards.entries()) {
    if (i === WARMUP) w0 = performance.now();
    const { png, phases } = await draw(card);
    if (i < WARMUP) continue;
    results.push(phases);
    if (out) writeFileSync(join(out, `${file}-${i - WARMUP}-${(card as { lang?: string }).lang ?? 'varied'}.png`), png);
  }
  rows.push([name, results, (performance.now() - w0) / count]);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`${count} cards (after ${WARMUP} warm-up), load average ${load} at start, ${loadavg()[0]!.toFixed(2)} at end`);
console.log('| pipeline | layout ms | rasterise ms | encode ms | total CPU ms | wall ms | bytes |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [name, results, wall] of rows) {
  const [layout, raster, encode, bytes] = (['layout', 'raster', 'encode', 'bytes'] as const).map((k) => mean(results.map((r) => r[k])));
  console.log(`| ${name} | ${layout!.toFixed(2)} | ${raster!.toFixed(2)} | ${encode!.toFixed(2)} | ${(layout! + raster! + encode!).toFixed(2)} | ${wall.toFixed(1)} | ${Math.round(bytes!)} |`);
}
