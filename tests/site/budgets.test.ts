/**
 * Page-weight budgets from DESIGN.md, enforced on the built site. Byte sizes
 * are deterministic, so these are real tests; timings live in `npm run bench`.
 *
 * "Compressed" means Brotli at quality 11: what the static hosts this site
 * targets (Netlify, Cloudflare Pages, see public/_headers) send to every
 * current browser. Gzip figures are in `npm run bench:weight`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, pageWeight } from '../bench/page-weight.ts';
import { builtPages, DIST, page } from './dist.ts';

const KB = 1024;
const over = (what: string, size: number, budget: number) => `${what}: ${(size / KB).toFixed(1)} KB compressed (Brotli), budget ${(budget / KB).toFixed(0)} KB (over by ${((size - budget) / KB).toFixed(1)} KB)`;

describe('story page budget', () => {
  const story = pageWeight(DIST, PAGE_TYPES.story!);
  const transfer = (['html', 'css', 'js', 'font', 'other'] as const).reduce((sum, k) => sum + story.totals[k].brotli, 0);

  it('transfers at most 30 KB compressed for the first view, images excluded', () => {
    expect(transfer, over(`${story.page} total`, transfer, 30 * KB)).toBeLessThanOrEqual(30 * KB);
  });
  it('runs at most 5 KB of compressed JavaScript, none render-blocking', () => {
    expect(story.totals.js.brotli, over(`${story.page} JavaScript`, story.totals.js.brotli, 5 * KB)).toBeLessThanOrEqual(5 * KB);
    // Gzip-only hosts (GitHub Pages) still meet the script budget.
    expect(story.totals.js.gzip, over(`${story.page} JavaScript (gzip)`, story.totals.js.gzip, 5 * KB)).toBeLessThanOrEqual(5 * KB);
    expect(story.assets.filter((a) => a.blocking).map((a) => a.url)).toEqual([]);
  });
  it('loads at most 12 KB of compressed CSS', () => {
    expect(story.totals.css.brotli, over(`${story.page} CSS`, story.totals.css.brotli, 12 * KB)).toBeLessThanOrEqual(12 * KB);
    expect(story.totals.css.gzip, over(`${story.page} CSS (gzip)`, story.totals.css.gzip, 12 * KB)).toBeLessThanOrEqual(12 * KB);
  });
  it('needs no web font to render text', () => {
    expect(story.totals.font.raw).toBe(0);
  });
});

describe('every page', () => {
  const pages = builtPages();
  it('requests nothing from another origin', () => {
    for (const path of pages) expect(pageWeight(DIST, path).crossOrigin, path).toEqual([]);
  });
  it('gives every image and inline SVG its size, so nothing shifts as it loads', () => {
    for (const path of pages) {
      for (const el of parse(page(path)).querySelectorAll('img, main svg')) {
        const sized = (el.hasAttribute('width') && el.hasAttribute('height')) || el.getAttribute('aria-hidden') === 'true';
        expect(sized, `${path}: ${el.toString().slice(0, 80)}`).toBe(true);
      }
    }
  });
  it('covers every page type the benchmark reports', () => {
    for (const path of Object.values(PAGE_TYPES)) expect(existsSync(join(DIST, path.endsWith('.html') ? path : `${path}index.html`)), path).toBe(true);
  });
});
