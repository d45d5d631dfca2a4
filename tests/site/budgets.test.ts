/**
 * Page-weight budgets, enforced on every built fixture site: a story page
 * transfers at most 30 KB compressed for its first view (images excluded),
 * with at most 5 KB of JavaScript and 12 KB of CSS, and needs no web font.
 * Byte sizes are deterministic, so these are real tests; timings live in
 * `npm run bench`, which reports the same figures for the shipped site.
 *
 * "Compressed" means both Brotli at quality 11 (what Netlify and Cloudflare
 * Pages send, see public/_headers) and gzip at level 9 (all GitHub Pages, the
 * documented host, sends): each budget holds for both.
 */
import { describe, expect, it } from 'vitest';
import { pageTypes, pageWeight, storyPages } from '../bench/page-weight.ts';
import { ALL_SITES, fixture, site } from './dist.ts';

const KB = 1024;
const over = (what: string, size: number, budget: number) => `${what}: ${(size / KB).toFixed(1)} KB compressed (Brotli), budget ${(budget / KB).toFixed(0)} KB (over by ${((size - budget) / KB).toFixed(1)} KB)`;

describe.each(ALL_SITES)('%s site', (name) => {
  const built = site(name);

  describe.each(storyPages(built.dist))('story page budget: %s', (path) => {
    const story = pageWeight(built.dist, path);
    // The HTML with its inline code, plus every file it loads but images: inline scripts counted once.
    const transfer = (encoding: 'gzip' | 'brotli') => story.transfer[encoding];

    it('transfers at most 30 KB compressed for the first view, images excluded', () => {
      expect(transfer('brotli'), over(`${story.page} total`, transfer('brotli'), 30 * KB)).toBeLessThanOrEqual(30 * KB);
      // Gzip-only hosts (GitHub Pages, the documented host) send gzip: the same budget holds there.
      expect(transfer('gzip'), over(`${story.page} total (gzip)`, transfer('gzip'), 30 * KB)).toBeLessThanOrEqual(30 * KB);
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
    it("loads no module-preload helper (its lazy modules have nothing to preload: src/integrations/no-preload-helper.ts)", () => {
      expect(story.assets.filter((a) => /preload-helper/.test(a.url)).map((a) => a.url)).toEqual([]);
    });
  });

  describe('every page', () => {
    const pages = built.pages();
    it('requests nothing from another origin', () => {
      for (const path of pages) expect(pageWeight(built.dist, path).crossOrigin, path).toEqual([]);
    });
    it('gives every image and inline SVG its size, so nothing shifts as it loads', () => {
      for (const path of pages) {
        for (const el of built.html(path).querySelectorAll('img, main svg')) {
          const sized = (el.hasAttribute('width') && el.hasAttribute('height')) || el.getAttribute('aria-hidden') === 'true';
          expect(sized, `${path}: ${el.toString().slice(0, 80)}`).toBe(true);
        }
      }
    });
  });
});

describe('the page types the benchmark reports', () => {
  it('are all found in the tiny site, each a built page', () => {
    const built = site('tiny');
    const types = pageTypes(built.dist);
    expect(Object.keys(types)).toEqual(['home', 'story', 'glossary index', 'person', 'weapon', 'search', 'not found (404)']);
    for (const path of Object.values(types)) expect(built.has(path), path).toBe(true);
    expect(types.story).toBe(built.storyPages()[0]);
    const firstOfKind = (kind: string) => fixture('tiny').glossary.find((g) => g.data.kind === kind)!.id;
    expect(types.person).toBe(`/glossary/${firstOfKind('person')}/`);
    expect(types.weapon).toBe(`/glossary/${firstOfKind('weapon')}/`);
  });

  it('leave out what a site has no page for', () => {
    const types = pageTypes(site('empty').dist);
    expect(Object.keys(types)).toEqual(['home', 'glossary index', 'search', 'not found (404)']);
  });
});
