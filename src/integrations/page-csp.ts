/**
 * Astro integration: after the build, each page's Content-Security-Policy
 * meta tag keeps only the hashes of that page's own inline scripts and styles
 * (src/lib/html/page-csp.ts says why). Runs before the search index is built,
 * on every HTML file in the output, restored pages included, so a warm build
 * writes the same bytes as a cold one.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trimPageCsp } from '../lib/html/page-csp.ts';

/** Pages read and written at once: enough to keep libuv's four file-system threads busy. */
const FILES_IN_FLIGHT = 8;

const digest = (algorithm: string, text: string) => createHash(algorithm).update(text, 'utf8').digest('base64');

export default function pageCsp(): AstroIntegration {
  return {
    name: 'explainer:page-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        let trimmed = 0;
        let next = 0;
        // A few files in flight at once: one at a time, each page waited for its read and its write in turn.
        const trimFiles = async () => {
          while (next < files.length) {
            const path = join(root, files[next++]!);
            const html = await readFile(path, 'utf8');
            const page = trimPageCsp(html, digest);
            if (page === html) continue;
            await writeFile(path, page);
            trimmed += 1;
          }
        };
        await Promise.all(Array.from({ length: FILES_IN_FLIGHT }, trimFiles));
        logger.info(`Content-Security-Policy trimmed to each page's own hashes on ${trimmed} of ${files.length} pages.`);
      },
    },
  };
}
