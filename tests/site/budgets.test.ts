/**
 * Page-weight budgets from DESIGN.md, enforced on the built site. Byte sizes
 * are deterministic, so these are real tests; timings live in `npm run bench`.
 *
 * "Compressed" means both Brotli at quality 11 (what Netlify and Cloudflare
 * Pages send, see public/_headers) and gzip at level 9 (all GitHub Pages, the
 * documented host, sends): each budget holds for both. The budgets apply to
 * every story page of the site that is built, not to one named story.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, pageWeight, type PageWeight } from '../bench/page-weight.ts';
import { builtPages, DIST, page } from './dist.ts';

const KB = 1024;
const over = (what: string, size: number, budget: number) => `${what}: ${(size / KB).toFixed(1)} KB compressed, budget ${(budget / KB).toFixed(0)} KB (over by ${((size - budget) / KB).toFixed(1)} KB)`;

/** Every story page of whatever site is built (the shipped one or a fixture site), in any language. */
const storyPages = builtPages().filter((path) => /\/stories\/[^/]+\/$/.test(path));
/** What the first view transfers, images excluded (they load lazily and are not text). */
const firstView = (weight: PageWeight, encoding: 'gzip' | 'brotli') =>
  (['html', 'css', 'js', 'font', 'other'] as const).reduce((sum, k) => sum + weight.totals[k][encoding], 0);

describe('story page budgets', () => {
  it('finds the story pages to check', () => {
    expect(storyPages.length).toBeGreaterThan(0);
  });
  describe.each(storyPages)('%s', (path) => {
    const story = pageWeight(DIST, path);

    it('transfers at most 30 KB compressed for the first view, images excluded', () => {
      const brotli = firstView(story, 'brotli');
      expect(brotli, over(`${path} total`, brotli, 30 * KB)).toBeLessThanOrEqual(30 * KB);
      // Gzip-only hosts (GitHub Pages, the documented host) send gzip: the same budget holds there.
      const gzip = firstView(story, 'gzip');
      expect(gzip, over(`${path} total (gzip)`, gzip, 30 * KB)).toBeLessThanOrEqual(30 * KB);
    });
    it('runs at most 5 KB of compressed JavaScript, none render-blocking', () => {
      expect(story.totals.js.brotli, over(`${path} JavaScript`, story.totals.js.brotli, 5 * KB)).toBeLessThanOrEqual(5 * KB);
      expect(story.totals.js.gzip, over(`${path} JavaScript (gzip)`, story.totals.js.gzip, 5 * KB)).toBeLessThanOrEqual(5 * KB);
      expect(story.assets.filter((a) => a.blocking).map((a) => a.url)).toEqual([]);
    });
    it('loads at most 12 KB of compressed CSS', () => {
      expect(story.totals.css.brotli, over(`${path} CSS`, story.totals.css.brotli, 12 * KB)).toBeLessThanOrEqual(12 * KB);
      expect(story.totals.css.gzip, over(`${path} CSS (gzip)`, story.totals.css.gzip, 12 * KB)).toBeLessThanOrEqual(12 * KB);
    });
    it('needs no web font to render text', () => {
      expect(story.totals.font.raw).toBe(0);
    });
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
