/**
 * A social-image drawing thread. The build's main thread renders pages one
 * at a time (incremental builds need build.concurrency 1), so the images are
 * handed to a pool of these, one per core but the main thread's, as soon as the image route lists
 * its cards; each worker writes finished PNGs into the image cache.
 *
 * Message in: { id, input, file } (input: the card, site name and palette). Message out: { id } or { id, error }.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parentPort, threadId } from 'node:worker_threads';
import { drawCard, type CardInput } from './og-draw.ts';

interface Job {
  id: number;
  input: CardInput;
  file: string;
}

parentPort?.on('message', async ({ id, input, file }: Job) => {
  try {
    const png = await drawCard(input);
    await mkdir(dirname(file), { recursive: true });
    // Written aside and renamed, so a build running alongside never reads half a file.
    const aside = `${file}.${process.pid}-${threadId}.tmp`;
    await writeFile(aside, png);
    await rename(aside, file);
    parentPort!.postMessage({ id });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
