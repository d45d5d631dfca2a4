/**
 * Search in the built site: `astro build` leaves a Pagefind index in
 * dist/pagefind/ covering the story and the glossary (and nothing from home,
 * search or 404), pages mark what is indexed and with which kind, and the
 * header search box degrades to a glossary link without JavaScript.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ALL_SITES, fixture, site, translator } from './dist.ts';
import { themeInitScript } from '../../src/lib/client/theme.ts';

/** Interface text from the site's dictionary. */
const t = translator('tiny');
const UI = {
  glossaryIndexKind: t('glossary.searchKind'),
  storyKind: t('story.searchKind'),
  sectionKind: t('story.searchSectionKind'),
  glossaryLink: t('search.glossaryAZ'),
  /** The no-JavaScript notes of the search page and of the 404 page, up to their first link. */
  noScript: { '/search/': t('search.page.noScript').split('{link}')[0]!.trim(), '/404.html': t('notFound.noScript') },
};

const built = site('tiny');
const content = fixture('tiny');
const DIST = built.dist;
const page = built.page;
const builtPages = built.pages;
/** An entry with aliases (the search must find it by another spelling), and one of another kind. */
const aliased = content.glossary.find((g) => g.data.kind === 'weapon' && (g.data.aliases ?? []).length > 0) ?? content.glossary.find((g) => (g.data.aliases ?? []).length > 0)!;
const other = content.glossary.find((g) => g.data.kind !== aliased.data.kind)!;
const alias = (aliased.data.aliases as string[])[0]!;

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: Array<{ element: string; id: string; text: string }>;
}

const PAGEFIND = join(DIST, 'pagefind');
const glossaryIds = content.glossary.map((g) => g.id);
const storyIds = content.stories.map((s) => s.id);

/** Every page record in the index: Pagefind fragments are gzip files that start with a signature. */
function fragments(pagefind = PAGEFIND): Map<string, Fragment> {
  const dir = join(pagefind, 'fragment');
  const all = readdirSync(dir).map((file) => {
    const bytes = gunzipSync(readFileSync(join(dir, file)));
    expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
    return JSON.parse(bytes.subarray(12).toString('utf8')) as Fragment;
  });
  return new Map(all.map((f) => [f.url, f]));
}

const indexedPages = ['/glossary/', '/sources/', ...glossaryIds.map((id) => `/glossary/${id}/`), ...storyIds.map((id) => `/stories/${id}/`)];
const notIndexed = ['/', '/404.html', '/search/'];

describe('search index', () => {
  it('is written by astro build into dist/pagefind', () => {
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']) expect(existsSync(join(PAGEFIND, file)), file).toBe(true);
    const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual([String(content.config.language ?? 'en')]);
  });

  it('holds the story, every glossary entry, the glossary index and the sources page, and nothing else', () => {
    expect([...fragments().keys()].sort()).toEqual([...indexedPages].sort());
  });

  it('labels each page with its kind', () => {
    const index = fragments();
    for (const entry of content.glossary) {
      // The kind as the page itself shows it above the name.
      const shown = parse(page(`/glossary/${entry.id}/`)).querySelector('.kicker')!.text.trim();
      expect(shown, entry.id).not.toBe('');
      expect(index.get(`/glossary/${entry.id}/`)?.meta, entry.id).toMatchObject({ kind: shown, title: entry.data.name });
    }
    expect(index.get('/glossary/')?.meta.kind).toBe(UI.glossaryIndexKind);
    for (const id of storyIds) expect(index.get(`/stories/${id}/`)?.meta).toMatchObject({ kind: UI.storyKind, sections: UI.sectionKind });
  });

  it('indexes aliases, so another spelling finds the entry', () => {
    expect(fragments().get(`/glossary/${aliased.id}/`)?.content).toContain(alias);
    expect(fragments().get(`/glossary/${other.id}/`)?.content).not.toContain(alias);
  });

  it('indexes each story section under its own heading, and leaves navigation and page furniture out', () => {
    const index = fragments();
    for (const id of storyIds) {
      const story = index.get(`/stories/${id}/`)!;
      const html = parse(page(`/stories/${id}/`));
      const sectionIds = html.querySelectorAll('section.section > h2').map((h) => h.id);
      const headingAnchors = story.anchors.filter((a) => /^h[2-6]$/.test(a.element)).map((a) => a.id);
      for (const sectionId of sectionIds) expect(headingAnchors).toContain(sectionId);
      expect(headingAnchors).not.toContain('toc-heading');
      expect(headingAnchors).not.toContain('key-points-heading');
      // Page furniture, by its own text on the built page.
      const furniture = [html.querySelector('.term-previews-toggle button'), html.querySelector('a.skip-link')].map((el) => el?.text.trim() ?? '');
      for (const words of furniture) {
        expect(words).not.toBe('');
        expect(story.content).not.toContain(words);
      }
    }
    const glossaryLink = parse(page('/')).querySelector('header.site-header site-search a')!.text.trim();
    expect(glossaryLink).not.toBe('');
    for (const fragment of index.values()) expect(fragment.content, fragment.url).not.toContain(glossaryLink);
  });
});

describe('indexing markers in the pages', () => {
  it('marks the content of content pages, outside header, navigation and footer', () => {
    for (const path of indexedPages) {
      const html = parse(page(path));
      const bodies = html.querySelectorAll('[data-pagefind-body]');
      expect(bodies, path).toHaveLength(1);
      expect(bodies[0]!.closest('header.site-header, footer, nav'), path).toBeNull();
      expect(bodies[0]!.querySelector('.site-header, .site-footer, site-search'), path).toBeNull();
      expect(bodies[0]!.getAttribute('data-pagefind-meta'), path).toMatch(/^kind:/);
    }
  });

  it('does not mark home, search or 404', () => {
    for (const path of notIndexed) expect(page(path), path).not.toContain('data-pagefind-body');
  });

  it('weights the "Also written" line of an entry like a heading', () => {
    const html = parse(page(`/glossary/${aliased.id}/`));
    const aliases = html.querySelector('[data-pagefind-body] .aliases');
    expect(aliases?.text).toContain(alias);
    expect(aliases?.getAttribute('data-pagefind-weight')).toBe('7');
  });
});

describe('search box without JavaScript', () => {
  it('is a link to the glossary A–Z in the header of every page but the search page', () => {
    for (const path of builtPages()) {
      const box = parse(page(path)).querySelector('header.site-header site-search[data-variant="header"]');
      if (path === '/search/') {
        expect(box, path).toBeNull();
        continue;
      }
      const link = box?.querySelector('a');
      expect(link?.getAttribute('href'), path).toBe('/glossary/');
      expect(link?.text, path).toBe(UI.glossaryLink);
      expect(box?.querySelector('form, input'), path).toBeNull();
    }
  });

  it('on the search page and the 404 page, says search needs JavaScript and what works instead', () => {
    for (const path of ['/search/', '/404.html']) {
      const box = parse(page(path)).querySelector('main site-search[data-variant="page"]');
      expect(box?.text.replace(/\s+/g, ' '), path).toContain(UI.noScript[path as keyof typeof UI.noScript]);
    }
    expect(parse(page('/search/')).querySelector('main site-search a[href="/glossary/"]')).not.toBeNull();
  });
});

describe('colour scheme', () => {
  it('runs the theme script in <head> of every page, allowed by the page CSP when there is one', () => {
    const hash = `'sha256-${createHash('sha256').update(themeInitScript()).digest('base64')}'`;
    for (const path of builtPages()) {
      const html = parse(page(path));
      const scripts = html.querySelectorAll('head script:not([src]):not([type])').map((s) => s.text);
      expect(scripts, path).toContain(themeInitScript());
      const csp = html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      if (csp) expect(csp, path).toContain(hash);
    }
  });

  it('offers the three-way switch in the header', () => {
    const toggle = parse(page('/')).querySelector('header.site-header theme-toggle');
    expect(toggle?.querySelectorAll('button[data-theme-choice]').map((b) => b.getAttribute('data-theme-choice'))).toEqual(['system', 'light', 'dark']);
  });
});

describe.each(ALL_SITES)('search index of the %s site', (name) => {
  it('holds every story, every glossary entry, the glossary index and the sources page, and nothing else', () => {
    const { stories, glossary } = fixture(name);
    const expected = ['/glossary/', '/sources/', ...glossary.map((g) => `/glossary/${g.id}/`), ...stories.map((s) => `/stories/${s.id}/`)];
    expect([...fragments(join(site(name).dist, 'pagefind')).keys()].sort()).toEqual(expected.sort());
  });
});
