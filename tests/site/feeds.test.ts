/** The sitemap, robots.txt and the RSS feed of story updates, as built. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_SITES, fixture, site } from './dist.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

describe.each(ALL_SITES)('%s site', (name) => {
  const built = site(name);
  const DIST = built.dist;
  const builtPages = built.pages;
  const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
  const SITE = new URL(built.html('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;

  describe('sitemap', () => {
    const sitemaps = locs(read('sitemap-index.xml'));
    const urls = sitemaps.flatMap((url) => locs(read(new URL(url).pathname)));

    it('is an index of sitemaps on the configured site', () => {
      expect(sitemaps.length).toBeGreaterThan(0);
      for (const url of sitemaps) expect(url.startsWith(`${SITE}/`), url).toBe(true);
    });

    it('lists every page once, by its canonical URL, and not the 404 page', () => {
      const canonical = builtPages()
        .filter((p) => p !== '/404.html')
        .map((p) => built.html(p).querySelector('link[rel="canonical"]')!.getAttribute('href'));
      expect([...urls].sort()).toEqual([...canonical].sort());
      expect(urls.some((u) => u.includes('404'))).toBe(false);
    });
  });

  describe('robots.txt', () => {
    it('allows crawling and points at the sitemap index on the configured site', () => {
      const robots = read('robots.txt');
      expect(robots).toMatch(/^User-agent: \*$/m);
      expect(robots).not.toMatch(/^Disallow: \/$/m);
      const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
      expect(sitemap).toBe(`${SITE}/sitemap-index.xml`);
      expect(existsSync(join(DIST, new URL(sitemap!).pathname))).toBe(true);
    });
  });

  describe('RSS feed', () => {
    const xml = read('rss.xml');
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => {
      const field = (name: string) => new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(m[1]!)?.[1] ?? '';
      return { title: field('title'), link: field('link'), guid: field('guid'), pubDate: field('pubDate'), description: field('description') };
    });
    const stories = fixture(name).stories;

    it('is RSS 2.0 with a channel on the configured site', () => {
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
      expect(xml).toContain(`<link>${SITE}/</link>`);
      expect(xml).toContain(`<atom:link href="${SITE}/rss.xml" rel="self"`);
    });

    it('has one item per story and one per entry in its updates log', () => {
      const expected = stories.reduce((n, s) => n + 1 + (s.data.updates?.length ?? 0), 0);
      expect(items).toHaveLength(expected);
      for (const story of stories) {
        const own = items.filter((i) => new URL(i.link).pathname === `/stories/${story.id}/`);
        expect(own).toHaveLength(1 + (story.data.updates?.length ?? 0));
        expect(own.some((i) => i.title === story.data.title)).toBe(true);
      }
    });

    it('dates every item and lists them newest first', () => {
      const times = items.map((i) => Date.parse(i.pubDate));
      for (const t of times) expect(Number.isNaN(t)).toBe(false);
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('links every item to a built story page on the site, each link unique', () => {
      for (const item of items) {
        const url = new URL(item.link);
        expect(url.origin).toBe(SITE);
        expect(existsSync(join(DIST, url.pathname, 'index.html')), item.link).toBe(true);
        expect(item.guid).toBe(item.link);
        expect(item.description.length).toBeGreaterThan(10);
      }
      expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
    });

    it('is linked from every page head', () => {
      for (const path of builtPages()) {
        const link = built.html(path).querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]');
        expect(link, path).toHaveLength(1);
        expect(link[0]!.getAttribute('href')).toBe('/rss.xml');
      }
    });
  });
});
