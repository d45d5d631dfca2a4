/**
 * Social images for the build: a disk cache in node_modules/.cache/og-images/
 * keyed by everything that shapes a PNG, and a pool of drawing threads.
 *
 * Drawing costs a few milliseconds of CPU per image (more for text the glyph
 * cache leaves to satori) and the glossary has
 * one image per entry, so the image route hands every card that is not in
 * the cache to the pool (`prepareOgImages`) when it lists its paths; the
 * workers draw them while the main thread renders other pages, and each
 * image's request only waits for its own file. Without workers (dev, or a
 * worker that cannot start) the main thread draws.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardLayout } from '../lib/seo/og-card-layout.ts';
import type { OgCard } from '../lib/seo/og-image.ts';
import type { Palette } from '../config/schema.ts';
import { drawCard, FACES, requireFromProject, SUBSETS, type CardInput } from './og-draw.ts';
import { FAST_TEXT_VERSION, PHASES } from './og-fast-text.ts';

const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'og-images');
/**
 * The drawing code, read from the project so the worker runs the same source
 * the key covers: the layout module too, since the frame and the text band
 * are drawn from its partial trees, which the whole card's layout (hashed
 * per card) does not show.
 */
const DRAW_SOURCES = ['src/tooling/og-draw.ts', 'src/tooling/og-fast-text.ts', 'src/tooling/png-encode.ts', 'src/lib/seo/og-card-layout.ts', 'src/lib/seo/og-text-layout.ts'];
const WORKER_FILE = join(process.cwd(), 'src/tooling/og-worker.ts');

let rendererDigest: string | undefined;

/** A package's version from its package.json, found beside its entry point when its exports do not list the file (linebreak). */
function packageVersion(name: string): string {
  try {
    return (requireFromProject(`${name}/package.json`) as { version: string }).version;
  } catch {
    for (let dir = dirname(requireFromProject.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (manifest.name === name) return manifest.version;
    }
    throw new Error(`no package.json found for ${name}`);
  }
}

/**
 * Package versions of the renderers (satori and resvg; HarfBuzz and the line
 * breaker of the glyph-cache renderer, src/tooling/og-fast-text.ts) and fonts,
 * zlib's version (deflate's output bytes are its own), the glyph-cache
 * renderer's version, and the drawing code itself: a change to any redraws
 * every image.
 */
function renderer(): string {
  if (rendererDigest === undefined) {
    const hash = createHash('sha256');
    for (const name of ['satori', '@resvg/resvg-js', 'harfbuzzjs', 'linebreak', '@fontsource/noto-serif', '@fontsource/noto-sans']) {
      hash.update(`${name}@${packageVersion(name)}\n`);
    }
    hash.update(`zlib@${process.versions.zlib}\n`);
    hash.update(`fast-text@${FAST_TEXT_VERSION}/${PHASES}\n`);
    hash.update(JSON.stringify({ faces: FACES, subsets: SUBSETS }));
    for (const file of DRAW_SOURCES) {
      try {
        hash.update(readFileSync(join(process.cwd(), file)));
      } catch {
        hash.update(`missing:${file}`);
      }
    }
    rendererDigest = hash.digest('hex');
  }
  return rendererDigest;
}

/**
 * What a card's PNG depends on: its layout tree (every word, size and
 * colour) and the renderer. Also the image route's incremental-build key.
 */
export function ogImageKey(card: OgCard, siteName: string, palette?: Palette): string {
  return createHash('sha256').update(JSON.stringify(cardLayout(card, siteName, palette))).update(renderer()).digest('hex').slice(0, 32);
}

const cacheFile = (key: string) => join(CACHE_DIR, `${key}.png`);

interface Job {
  id: number;
  input: CardInput;
  file: string;
  done: (error?: Error) => void;
}

/** Files being drawn, so a request for one waits instead of drawing it again. */
const pending = new Map<string, Promise<void>>();
const queue: Job[] = [];
const idle: Worker[] = [];
const busy = new Map<Worker, Job>();
let workers: Worker[] = [];
let workersFailed = false;
let nextId = 0;

function startWorkers(): void {
  if (workers.length > 0 || workersFailed || !existsSync(WORKER_FILE)) return;
  // One core stays with the main thread, which renders the pages meanwhile: on 2 cores a second drawing
  // thread only shares the same cores and adds its own heap.
  const count = Math.max(1, availableParallelism() - 1);
  for (let i = 0; i < count; i++) {
    // A small young generation: drawing allocates short-lived strings and buffers at a high rate, and
    // V8's default nursery let one thread grow to about 450 MiB resident over 2,000 cards (live data:
    // about 20 MiB); 24 MiB keeps it near 310 MiB for a few per cent more collection work. A thread that
    // ever runs out of heap fails like any other and the main thread draws the rest.
    const worker = new Worker(WORKER_FILE, { resourceLimits: { maxYoungGenerationSizeMb: 24 } });
    worker.unref();
    worker.on('message', (message: { id: number; error?: string }) => {
      const job = busy.get(worker);
      busy.delete(worker);
      job?.done(message.error ? new Error(message.error) : undefined);
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (error) => {
      // A worker that cannot run (e.g. no TypeScript support): draw on the main thread instead.
      workersFailed = true;
      const job = busy.get(worker);
      busy.delete(worker);
      if (job) queue.unshift(job);
      stopWorkers();
      if (!(error instanceof Error)) return;
      drainOnMainThread();
    });
    workers.push(worker);
    idle.push(worker);
  }
}

function stopWorkers(): void {
  for (const worker of workers) void worker.terminate();
  workers = [];
  idle.length = 0;
  busy.clear();
}

function dispatch(): void {
  while (idle.length > 0 && queue.length > 0) {
    const worker = idle.pop()!;
    const job = queue.shift()!;
    busy.set(worker, job);
    worker.postMessage({ id: job.id, input: job.input, file: job.file });
  }
  // All drawn: free the threads' memory for the rest of the build (Pagefind).
  if (queue.length === 0 && busy.size === 0 && workers.length > 0) stopWorkers();
}

async function drawToFile(input: CardInput, file: string): Promise<void> {
  const png = await drawCard(input);
  await mkdir(CACHE_DIR, { recursive: true });
  const aside = `${file}.${process.pid}.tmp`;
  await writeFile(aside, png);
  await rename(aside, file);
}

function drainOnMainThread(): void {
  for (const job of queue.splice(0)) drawToFile(job.input, job.file).then(() => job.done(), job.done);
}

/** Starts drawing `card` unless it is cached or already on its way; resolves when its file exists. */
function schedule(card: OgCard, siteName: string, palette: Palette | undefined, useWorkers: boolean): Promise<void> {
  const input: CardInput = { card, siteName, palette };
  const file = cacheFile(ogImageKey(card, siteName, palette));
  const known = pending.get(file);
  if (known) return known;
  if (existsSync(file)) return Promise.resolve();
  const promise = new Promise<void>((resolve, reject) => {
    const job: Job = { id: nextId++, input, file, done: (error) => (error ? reject(error) : resolve()) };
    if (useWorkers) startWorkers();
    if (workers.length === 0) {
      drawToFile(input, file).then(() => job.done(), job.done);
      return;
    }
    queue.push(job);
    dispatch();
  });
  pending.set(file, promise);
  promise.finally(() => pending.delete(file)).catch(() => {});
  return promise;
}

/**
 * Queues every card missing from the cache on the drawing threads, in the
 * order given (the order the build will ask for them). Call once per build.
 */
export function prepareOgImages(cards: readonly OgCard[], siteName: string, palette?: Palette): void {
  for (const card of cards) schedule(card, siteName, palette, true).catch(() => {
    // Reported when the route asks for this image.
  });
}

/** The card as a 1200×630 PNG in `palette` (the site's light theme): from the cache, from the pool, or drawn here. */
export async function renderOgPng(card: OgCard, siteName: string, palette?: Palette): Promise<Uint8Array<ArrayBuffer>> {
  await schedule(card, siteName, palette, false);
  return Uint8Array.from(await readFile(cacheFile(ogImageKey(card, siteName, palette))));
}
