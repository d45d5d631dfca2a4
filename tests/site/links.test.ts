/** Every internal link and anchor resolves; glossary links stay out of headings and code; stories link what they mention. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_SITES, fixture, site } from './dist.ts';

/** Whether `text` uses `phrase` as whole words, in any case (the linker's rules are finer; the fixtures keep to plain cases). */
const uses = (text: string, phrase: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu').test(text);

describe.each(ALL_SITES)('internal links (%s site)', (name) => {
  const built = site(name);
  const content = fixture(name);
  const pages = built.pages();
  const ids = new Map(pages.map((p) => [p, new Set(built.html(p).querySelectorAll('[id]').map((e) => e.id))]));

  it('resolve to a built page and an existing anchor', () => {
    const broken: string[] = [];
    for (const path of pages) {
      for (const a of built.html(path).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
        const url = new URL(href, `http://site${path}`);
        const target = url.pathname;
        const exists = target.endsWith('/') ? existsSync(join(built.dist, target, 'index.html')) : existsSync(join(built.dist, target));
        if (!exists) broken.push(`${path} -> ${href}`);
        else if (url.hash && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path} -> ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('never puts a glossary link inside a heading or code', () => {
    for (const path of pages) {
      const bad = built.html(path).querySelectorAll('h1 a.term, h2 a.term, h3 a.term, h4 a.term, h5 a.term, h6 a.term, code a.term, pre a.term');
      expect(bad.map((a) => a.toString()), path).toEqual([]);
    }
  });

  it('links each story to every entry its text names', () => {
    for (const story of content.stories) {
      const text = [story.body, ...content.sections.filter((s) => s.story === story.id).map((s) => s.body)].join('\n');
      const linked = new Set(built.html(`/stories/${story.id}/`).querySelectorAll('a.term').map((a) => a.getAttribute('href')));
      const named = content.glossary.filter((g) => [g.data.name as string, ...((g.data.aliases ?? []) as string[])].some((phrase) => uses(text, phrase)));
      for (const entry of named) expect(linked, `${story.id} names ${entry.id}`).toContain(`/glossary/${entry.id}/`);
      // Nothing is linked that the content does not name (or force-link).
      for (const href of linked) expect(content.glossary.map((g) => `/glossary/${g.id}/`), `${story.id} links ${href}`).toContain(href);
    }
  });

  it('lands each "Mentioned in" backlink on an element of the story that links back to the entry', () => {
    let backlinks = 0;
    for (const path of built.entryPages()) {
      for (const a of built.html(path).querySelectorAll('section.mentions a[href*="#"]')) {
        const url = new URL(a.getAttribute('href')!, 'http://site');
        const anchor = decodeURIComponent(url.hash.slice(1));
        expect(ids.get(url.pathname)?.has(anchor), `${path}: ${url.href}`).toBe(true);
        const target = built.html(url.pathname).getElementById(anchor)!;
        expect(target.querySelectorAll(`a.term[href="${path}"]`).length, `${path}: ${url.href} links back`).toBeGreaterThan(0);
        backlinks += 1;
      }
    }
    // Every entry a story links has its mentions listed on its own page.
    const linkedFromStories = new Set(built.storyPages().flatMap((p) => built.html(p).querySelectorAll('a.term').map((a) => a.getAttribute('href')!)));
    for (const href of linkedFromStories) expect(built.html(href).querySelectorAll('section.mentions a[href*="#"]').length, href).toBeGreaterThan(0);
    if (content.stories.length) expect(backlinks).toBeGreaterThan(0);
  });
});
