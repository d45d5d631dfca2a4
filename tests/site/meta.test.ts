/** Every built page's metadata, social image and structured data. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ALL_SITES, fixture, sectionSourceIds, site } from './dist.ts';

/** The schema.org types each glossary kind may be described as. */
const TYPES_OF_KIND: Record<string, string[]> = {
  term: ['DefinedTerm'],
  weapon: ['DefinedTerm'],
  person: ['Person'],
  organization: ['Organization'],
  place: ['City', 'AdministrativeArea', 'Country'],
  law: ['Legislation'],
  event: ['Event'],
};
/** Claim statuses that are a verdict, which structured data reports as a ClaimReview. */
const VERDICTS = ['confirmed', 'corroborated', 'disputed'];

describe.each(ALL_SITES)('%s site', (name) => {
  const built = site(name);
  const content = fixture(name);
  const pages = built.pages();
  const html = new Map(pages.map((p) => [p, built.html(p)]));
  const DIST = built.dist;
  const head = (path: string) => html.get(path)!.querySelector('head')!;
  const one = (root: HTMLElement, selector: string, path: string) => {
    const found = root.querySelectorAll(selector);
    expect(found, `${path}: ${selector}`).toHaveLength(1);
    return found[0]!;
  };
  const meta = (path: string, key: string) => {
    const attr = key.startsWith('og:') || key.startsWith('article:') ? 'property' : 'name';
    return one(head(path), `meta[${attr}="${key}"]`, path).getAttribute('content') ?? '';
  };
  const STORIES = built.storyPages();
  const ENTRIES = built.entryPages();

  /** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
  function pngSize(file: string): { width: number; height: number } | null {
    const bytes = readFileSync(file);
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }

  /** The nodes of a page's JSON-LD graph. */
  function graph(path: string): Array<Record<string, unknown>> {
    const scripts = html.get(path)!.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts, path).toHaveLength(1);
    const data = JSON.parse(scripts[0]!.textContent) as { '@context': string; '@graph': Array<Record<string, unknown>> };
    expect(data['@context']).toBe('https://schema.org');
    return data['@graph'];
  }

  describe('page metadata', () => {
    const SITE = new URL(meta('/', 'og:url')).origin;

    it('gives every page exactly one of each tag, with content', () => {
      const keys = ['description', 'og:type', 'og:title', 'og:description', 'og:url', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'og:site_name', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt'];
      for (const path of pages) {
        expect(one(head(path), 'title', path).text.trim(), path).not.toBe('');
        expect(one(head(path), 'link[rel="canonical"]', path).getAttribute('href'), path).toMatch(/^https:\/\//);
        one(head(path), 'link[rel="alternate"][type="application/rss+xml"]', path);
        for (const key of keys) expect(meta(path, key), `${path} ${key}`).not.toBe('');
        expect(meta(path, 'twitter:card')).toBe('summary_large_image');
        expect(meta(path, 'og:image:width')).toBe('1200');
        expect(meta(path, 'og:image:height')).toBe('630');
        expect(meta(path, 'og:url')).toBe(one(head(path), 'link[rel="canonical"]', path).getAttribute('href'));
      }
    });

    it('keeps titles and canonical URLs unique across pages', () => {
      const titles = pages.map((p) => head(p).querySelector('title')!.text.trim());
      const canonicals = pages.map((p) => head(p).querySelector('link[rel="canonical"]')!.getAttribute('href'));
      expect(new Set(titles).size).toBe(pages.length);
      expect(new Set(canonicals).size).toBe(pages.length);
    });

    it('points each canonical URL at the page itself on the configured site', () => {
      if (!process.env.SITE_URL) expect(SITE).toBe(new URL(String(content.config.url)).origin);
      for (const path of pages) {
        const canonical = new URL(meta(path, 'og:url'));
        expect(canonical.origin).toBe(SITE);
        expect(canonical.pathname, path).toBe(path === '/404.html' ? '/404.html' : path);
      }
    });

    it('marks stories as articles with their dates, and other pages as the website', () => {
      for (const path of pages) {
        const isStory = STORIES.includes(path);
        expect(meta(path, 'og:type'), path).toBe(isStory ? 'article' : 'website');
        const dates = head(path).querySelectorAll('meta[property^="article:"]');
        if (!isStory) expect(dates, path).toHaveLength(0);
      }
      for (const path of STORIES) {
        expect(meta(path, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(meta(path, 'article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });

    it('uses the entry\'s short definition as a glossary page\'s description', () => {
      for (const path of ENTRIES) {
        expect(meta(path, 'description'), path).toBe(html.get(path)!.querySelector('.dek')!.text.trim());
      }
    });
  });

  describe('social images', () => {
    it('gives the story and every glossary entry its own image, and every other page the site image', () => {
      for (const path of [...STORIES, ...ENTRIES]) {
        expect(new URL(meta(path, 'og:image')).pathname, path).toBe(`/og${path.replace(/\/$/, '')}.png`);
      }
      expect(new URL(meta('/', 'og:image')).pathname).toBe('/og/site.png');
    });

    it('builds each image as a 1200×630 PNG', () => {
      const images = new Set(pages.map((p) => new URL(meta(p, 'og:image')).pathname));
      expect(images.size).toBe(STORIES.length + ENTRIES.length + 1);
      for (const image of images) {
        const file = join(DIST, image);
        expect(existsSync(file), image).toBe(true);
        expect(pngSize(file), image).toEqual({ width: 1200, height: 630 });
        expect(meta(pages.find((p) => meta(p, 'og:image').endsWith(image))!, 'twitter:image')).toMatch(image);
      }
    });
  });

  describe('structured data', () => {
    it('gives every page a breadcrumb trail from Home, each step with position, name and item', () => {
      for (const path of pages) {
        const trail = graph(path).find((n) => n['@type'] === 'BreadcrumbList');
        expect(trail, path).toBeDefined();
        const items = trail!.itemListElement as Array<Record<string, unknown>>;
        expect(items.length, path).toBeGreaterThan(0);
        items.forEach((item, i) => {
          expect(item['@type']).toBe('ListItem');
          expect(item.position).toBe(i + 1);
          expect(item.name, path).toBeTruthy();
          expect(item.item, path).toMatch(/^https:\/\//);
        });
        expect(new URL(items[0]!.item as string).pathname, path).toBe('/');
        expect(items.at(-1)!.item, path).toBe(meta(path, 'og:url'));
      }
      for (const path of ENTRIES) {
        const entryTrail = graph(path).find((n) => n['@type'] === 'BreadcrumbList')!.itemListElement as Array<{ name: string; item: string }>;
        expect(entryTrail).toHaveLength(3);
        expect(new URL(entryTrail[1]!.item).pathname, path).toBe('/glossary/');
      }
    });

    it('reviews the story claims that reached a verdict as ClaimReview, pointing at each claim on the page', () => {
      const statusOf = new Map(content.claims.map((c) => [c.id, c.status]));
      for (const path of STORIES) {
        const reviews = graph(path).filter((n) => n['@type'] === 'ClaimReview');
        const onPage = html.get(path)!.querySelectorAll('[id^="claim-"]').map((el) => el.id.slice('claim-'.length)).filter((id) => statusOf.has(id));
        const reviewed = reviews.map((r) => new URL(r.url as string).hash.slice('#claim-'.length));
        expect(reviewed.sort(), path).toEqual(onPage.filter((id) => VERDICTS.includes(statusOf.get(id)!)).sort());
        for (const r of reviews) {
          expect(r.claimReviewed, path).toEqual(expect.any(String));
          expect((r.reviewRating as { alternateName: string }).alternateName).toMatch(/^(Confirmed|Corroborated|Disputed)$/);
          const id = new URL(r.url as string).hash.slice(1);
          expect(html.get(path)!.getElementById(id), `${path}#${id}`).not.toBeNull();
        }
      }
      // A story whose claims are all unverified has no verdict to review; a site with verdicts has some.
      const total = STORIES.reduce((n, path) => n + graph(path).filter((n) => n['@type'] === 'ClaimReview').length, 0);
      if (content.claims.some((c) => VERDICTS.includes(c.status)) && STORIES.length) expect(total).toBeGreaterThan(0);
    });

    it('describes each story as a NewsArticle with headline, dates, author and image, and no citation list (the page links every source)', () => {
      for (const path of STORIES) {
        const article = graph(path).find((n) => n['@type'] === 'NewsArticle')!;
        expect(article, path).toBeDefined();
        expect(article.headline).toBe(meta(path, 'og:title'));
        expect(article.datePublished).toBe(meta(path, 'article:published_time'));
        expect(article.dateModified).toBe(meta(path, 'article:modified_time'));
        expect(article.author).toEqual([expect.objectContaining({ '@type': 'Organization', name: meta(path, 'og:site_name') })]);
        expect(article.image).toEqual([meta(path, 'og:image')]);
        expect(article, path).not.toHaveProperty('citation');
        // Every source the story's sections rely on is linked on the page itself.
        const sourceLinks = new Set(html.get(path)!.querySelectorAll('a[rel~="external"]').map((a) => a.getAttribute('href')));
        const storyId = path.split('/')[2];
        const cited = new Set(content.sections.filter((s) => s.story === storyId).flatMap(sectionSourceIds));
        for (const source of content.sources.filter((s) => cited.has(s.id))) expect(sourceLinks, `${path}: ${source.url}`).toContain(source.url);
      }
    });

    it('describes each glossary entry by its kind, terms and weapons inside the glossary set', () => {
      for (const entry of content.glossary) {
        const path = `/glossary/${entry.id}/`;
        const kind = String(entry.data.kind);
        const node = graph(path).find((n) => n['@type'] !== 'BreadcrumbList')!;
        expect(TYPES_OF_KIND[kind], `${path} (${kind})`).toContain(node['@type']);
        expect(node.name).toBe(entry.data.name);
        if (node['@type'] === 'DefinedTerm') expect(node.inDefinedTermSet, path).toMatchObject({ '@type': 'DefinedTermSet', name: expect.any(String) });
        if (kind === 'place') {
          const { lat, lon } = entry.data.facts.coordinates as { lat: number; lon: number };
          expect(node.geo, path).toMatchObject({ '@type': 'GeoCoordinates', latitude: lat, longitude: lon });
        }
      }
    });

    it('escapes "<" inside the JSON-LD', () => {
      for (const path of pages) {
        const text = html.get(path)!.querySelector('script[type="application/ld+json"]')!.textContent;
        expect(text, path).not.toContain('<');
      }
    });
  });
});
