/** The built site has every page the content promises, in order, and none is empty. */
import { describe, expect, it } from 'vitest';
import { ALL_SITES, fixture, site } from './dist.ts';

/** Markdown to the words a reader sees: no link targets, emphasis marks or heading hashes. */
const plain = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\((?:source:[^)]*)\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** Whitespace collapsed, typographic apostrophes and quotes back to plain ones (the site's Markdown makes them curly). */
const text = (s: string | undefined) => (s ?? '').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
const firstSentence = (markdown: string) => plain(markdown).split(/(?<=\.)\s/)[0]!;

describe.each(ALL_SITES)('built pages (%s site)', (name) => {
  const built = site(name);
  const content = fixture(name);

  it('has a page for every glossary entry and every story, and the fixed pages', () => {
    const pages = new Set(built.pages());
    for (const g of content.glossary) expect(pages, g.id).toContain(`/glossary/${g.id}/`);
    for (const s of content.stories) expect(pages, s.id).toContain(`/stories/${s.id}/`);
    for (const path of ['/', '/glossary/', '/sources/', '/search/', '/404.html']) expect(pages).toContain(path);
    // And no other story or entry pages than the content has.
    expect(built.storyPages()).toEqual(content.stories.map((s) => `/stories/${s.id}/`).sort());
    expect(built.entryPages()).toEqual(content.glossary.map((g) => `/glossary/${g.id}/`).sort());
  });

  it('shows every section heading on the story page, in file order', () => {
    for (const story of content.stories) {
      const expected = content.sections.filter((s) => s.story === story.id).map((s) => String(s.data.title));
      const html = built.html(`/stories/${story.id}/`);
      const headings = html.querySelectorAll('article section.section > h2').map((h) => h.text.trim());
      expect(headings).toEqual(expected);
      // The table of contents lists the same sections and points at their anchors.
      const toc = html.querySelectorAll('nav.toc ol a');
      expect(toc.map((a) => a.text.trim())).toEqual(expected);
      for (const a of html.querySelectorAll('nav.toc a')) expect(html.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')).not.toBeNull();
      // Each section's text is on the page.
      for (const section of content.sections.filter((s) => s.story === story.id)) {
        const shown = text(html.querySelectorAll('article section.section').map((el) => el.text).join(' '));
        expect(shown.includes(firstSentence(section.body)), `${section.id} shows "${firstSentence(section.body)}"`).toBe(true);
      }
    }
  });

  it('gives every page one h1, a main landmark, a skip link, the site language and text beyond the heading', () => {
    const language = String(content.config.language ?? 'en');
    for (const path of built.pages()) {
      const html = built.html(path);
      expect(html.querySelectorAll('h1'), path).toHaveLength(1);
      expect(html.querySelectorAll('main#main'), path).toHaveLength(1);
      expect(html.querySelector('a.skip-link')?.getAttribute('href'), path).toBe('#main');
      expect(html.querySelector('html')?.getAttribute('lang'), path).toBe(language);
      const main = text(html.querySelector('main')?.text);
      expect(main.length, `${path} main text`).toBeGreaterThan(text(html.querySelector('h1')?.text).length);
    }
  });

  it('renders each glossary page with its name, definition, facts, background and sources', () => {
    for (const entry of content.glossary) {
      const html = built.html(`/glossary/${entry.id}/`);
      expect(html.querySelector('h1')?.text.trim(), entry.id).toBe(entry.data.name);
      expect(text(html.querySelector('.dek')?.text), entry.id).toBe(text(String(entry.data.short)));
      expect(html.querySelectorAll('.facts dt').length, `${entry.id} facts`).toBeGreaterThan(1);
      const background = text(html.getElementById('background')?.parentNode.text);
      expect(background.includes(firstSentence(entry.body)), `${entry.id} background shows "${firstSentence(entry.body)}"`).toBe(true);
      const listed = html.querySelectorAll('#sources ~ ol li, section[aria-labelledby="sources"] li');
      expect(listed.length, `${entry.id} sources`).toBeGreaterThanOrEqual((entry.data.sources as string[]).length);
    }
  });

  it('lists every entry on the glossary index, A-Z and by kind', () => {
    const html = built.html('/glossary/');
    for (const entry of content.glossary) {
      expect(html.querySelectorAll(`a[href="/glossary/${entry.id}/"]`).length, entry.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('lists every story on the home page', () => {
    const home = built.html('/');
    for (const story of content.stories) expect(home.querySelectorAll(`main a[href="/stories/${story.id}/"]`).length, story.id).toBeGreaterThan(0);
  });
});

describe.each(ALL_SITES)('sources (%s site)', (name) => {
  const built = site(name);
  const { sources } = fixture(name);

  it('lists every source on the sources page with an external link', () => {
    const html = built.html('/sources/');
    for (const s of sources) {
      const item = html.getElementById(`source-${s.id}`);
      expect(item, s.id).not.toBeNull();
      const a = item!.querySelector('a[rel~="noopener"]');
      expect(a?.getAttribute('href')).toBe(s.url);
    }
    expect(html.querySelectorAll('[id^="source-"]')).toHaveLength(sources.length);
  });

  it('only links to sources that exist', () => {
    const known = new Set(sources.map((s) => s.url));
    for (const path of built.pages()) {
      for (const a of built.html(path).querySelectorAll('a[rel~="external"]')) {
        expect(known, `${path} links ${a.getAttribute('href')}`).toContain(a.getAttribute('href'));
      }
    }
  });
});
