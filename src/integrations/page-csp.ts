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

const digest = (algorithm: string, text: string) => createHash(algorithm).update(text, 'utf8').digest('base64');

export default function pageCsp(): AstroIntegration {
  return {
    name: 'explainer:page-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        let trimmed = 0;
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          const next = trimPageCsp(html, digest);
          if (next === html) continue;
          await writeFile(path, next);
          trimmed += 1;
        }
        logger.info(`Content-Security-Policy trimmed to each page's own hashes on ${trimmed} of ${files.length} pages.`);
      },
    },
  };
}
