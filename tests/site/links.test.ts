/** Every internal link and anchor in dist/ resolves; glossary links stay out of headings and code. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, page } from './dist.ts';

const pages = builtPages();
const ids = new Map(pages.map((p) => [p, new Set(parse(page(p)).querySelectorAll('[id]').map((e) => e.id))]));

describe('internal links', () => {
  it('resolve to a built page and an existing anchor', () => {
    const broken: string[] = [];
    for (const path of pages) {
      for (const a of parse(page(path)).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
        const url = new URL(href, `http://site${path}`);
        const target = url.pathname;
        const exists = target.endsWith('/') ? existsSync(join(DIST, target, 'index.html')) : existsSync(join(DIST, target));
        if (!exists) broken.push(`${path} -> ${href}`);
        else if (url.hash && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path} -> ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('never puts a glossary link inside a heading or code', () => {
    for (const path of pages) {
      const bad = parse(page(path)).querySelectorAll('h1 a.term, h2 a.term, h3 a.term, h4 a.term, h5 a.term, h6 a.term, code a.term, pre a.term');
      expect(bad.map((a) => a.toString()), path).toEqual([]);
    }
  });

  it('links the story to its entries and each mention backlink lands on a paragraph', () => {
    const story = pages.find((p) => p.startsWith('/stories/'))!;
    expect(parse(page(story)).querySelectorAll('a.term').length).toBeGreaterThan(30);
    let backlinks = 0;
    for (const path of pages.filter((p) => p.startsWith('/glossary/') && p !== '/glossary/')) {
      for (const a of parse(page(path)).querySelectorAll('section.mentions a[href*="#"]')) {
        const url = new URL(a.getAttribute('href')!, 'http://site');
        expect(ids.get(url.pathname)?.has(url.hash.slice(1)), `${path}: ${url.href}`).toBe(true);
        backlinks += 1;
      }
    }
    expect(backlinks).toBeGreaterThan(40);
  });
});
