/** The built site has every page the content promises, in order, and none is empty. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtPages, page } from './dist.ts';
import { splitFrontmatter } from '../../src/lib/text/frontmatter.ts';

const glossaryIds = readdirSync('content/glossary').filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
const storyIds = readdirSync('content/stories').map((f) => f.replace(/\.mdx?$/, ''));
const frontmatter = (path: string) => YAML.parse(splitFrontmatter(readFileSync(path, 'utf8'))!.yaml) as Record<string, unknown>;

describe('built pages', () => {
  it('has a page for every glossary entry', () => {
    const pages = new Set(builtPages());
    for (const id of glossaryIds) expect(pages, id).toContain(`/glossary/${id}/`);
  });

  it('has the fixed pages', () => {
    const pages = new Set(builtPages());
    for (const path of ['/', '/glossary/', '/sources/', '/404.html']) expect(pages).toContain(path);
    for (const id of storyIds) expect(pages).toContain(`/stories/${id}/`);
  });

  it('shows every section heading on the story page, in file order', () => {
    for (const story of storyIds) {
      const files = readdirSync(join('content/sections', story)).sort();
      const expected = files.map((f) => String(frontmatter(join('content/sections', story, f)).title));
      const html = parse(page(`/stories/${story}/`));
      const headings = html.querySelectorAll('article section.section > h2').map((h) => h.text.trim());
      expect(headings).toEqual(expected);
      // The table of contents lists the same sections and points at their anchors.
      const toc = html.querySelectorAll('nav.toc ol a');
      expect(toc.map((a) => a.text.trim())).toEqual(expected);
      for (const a of html.querySelectorAll('nav.toc a')) expect(html.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')).not.toBeNull();
    }
  });

  it('gives every page one h1, a main landmark, a skip link and real text', () => {
    for (const path of builtPages()) {
      const html = parse(page(path));
      expect(html.querySelectorAll('h1'), path).toHaveLength(1);
      expect(html.querySelectorAll('main#main'), path).toHaveLength(1);
      expect(html.querySelector('a.skip-link')?.getAttribute('href'), path).toBe('#main');
      expect(html.querySelector('html')?.getAttribute('lang'), path).toBe('en');
      const words = (html.querySelector('main')?.text ?? '').split(/\s+/).filter(Boolean).length;
      expect(words, `${path} has only ${words} words of main text`).toBeGreaterThan(30);
    }
  });

  it('renders each glossary page with its definition, facts, background and sources', () => {
    for (const id of glossaryIds) {
      const html = parse(page(`/glossary/${id}/`));
      const data = frontmatter(`content/glossary/${id}.md`);
      expect(html.querySelector('h1')?.text.trim(), id).toBe(data.name);
      expect(html.querySelector('.dek')?.text, id).toContain(String(data.short).slice(0, 40));
      expect(html.querySelectorAll('.facts dt').length, `${id} facts`).toBeGreaterThan(1);
      const background = html.getElementById('background')?.parentNode.text ?? '';
      expect(background.split(/\s+/).length, `${id} background`).toBeGreaterThan(80);
      expect(html.querySelectorAll('#sources ~ ol li, section[aria-labelledby="sources"] li').length, `${id} sources`).toBeGreaterThan(0);
    }
  });

  it('lists every entry on the glossary index, A-Z and by kind', () => {
    const html = parse(page('/glossary/'));
    for (const id of glossaryIds) {
      expect(html.querySelectorAll(`a[href="/glossary/${id}/"]`).length, id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('sources', () => {
  const sources = YAML.parse(readFileSync('content/sources.yaml', 'utf8')) as Array<{ id: string; url: string }>;
  it('lists every source on the sources page with an external link', () => {
    const html = parse(page('/sources/'));
    for (const s of sources) {
      const item = html.getElementById(`source-${s.id}`);
      expect(item, s.id).not.toBeNull();
      const a = item!.querySelector('a[rel~="noopener"]');
      expect(a?.getAttribute('href')).toBe(s.url);
    }
  });

  it('only links to sources that exist', () => {
    const known = new Set(sources.map((s) => s.url));
    for (const path of builtPages()) {
      for (const a of parse(page(path)).querySelectorAll('a[rel~="external"]')) {
        expect(known, `${path} links ${a.getAttribute('href')}`).toContain(a.getAttribute('href'));
      }
    }
  });
});
