/**
 * The Ukrainian edition of a two-language site, built once from the fixture
 * tests/fixtures/sites/bilingual/ (English at the root, Ukrainian under /uk/;
 * its site.yaml says what is translated and what is left in English on
 * purpose). Routing, the fallback for untranslated pages and sections,
 * hreflang in heads and sitemap, per-language search indexes and feeds, the
 * language switcher, the Ukrainian linker and the dictionary are read from
 * the built HTML.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from './temp-project.ts';
import { uk } from '../../src/i18n/uk.ts';
import { en } from '../../src/i18n/en.ts';
import { pageWeight } from '../bench/page-weight.ts';
import { kindDictionaryDefaults } from '../../src/kinds/registry.ts';

const REPO = resolve(import.meta.dirname, '../..');
const SITE = 'tests/fixtures/sites/bilingual';
const ORIGIN = 'https://bilingual.example.org';

const out = mkdtempSync(join(tmpdir(), 'explainer-bilingual-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

beforeAll(() => {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...childEnv(), EXPLAINER_CONTENT: SITE },
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}, 260_000);

const read = (path: string) => readFileSync(join(out, path), 'utf8');
const page = (path: string) => parse(read(`${path.replace(/^\//, '')}index.html`));
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
const fill = (message: string, vars: Record<string, string>) => message.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

/** Every built page's path (`/uk/glossary/lindgrad/`), from its index.html. */
function pagePaths(): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        paths.push(`/${relative(out, dir)}/`.replace(/^\/\/$/, '/').replace(/\/+/g, '/'));
      }
    }
  };
  walk(out);
  return paths.filter((p) => !p.startsWith('/404/'));
}

describe('routing', () => {
  it('puts English at the root and Ukrainian under /uk/, each with its own <html lang>', () => {
    expect(page('/').querySelector('html')?.getAttribute('lang')).toBe('en');
    const home = page('/uk/').querySelector('html');
    expect(home?.getAttribute('lang')).toBe('uk');
    expect(home?.getAttribute('dir')).toBe('ltr');
    for (const path of ['/uk/stories/lindgrad-flood/', '/uk/glossary/', '/uk/glossary/lindgrad/', '/uk/search/', '/uk/sources/']) {
      expect(page(path).querySelector('html')?.getAttribute('lang'), path).toBe('uk');
    }
  });

  it('builds every page in both editions, and links inside each edition stay in it', () => {
    const paths = pagePaths();
    const english = paths.filter((p) => !p.startsWith('/uk/'));
    expect(english.length).toBeGreaterThan(5);
    for (const path of english) expect(paths, path).toContain(`/uk${path}`);
    const ukPage = page('/uk/stories/lindgrad-flood/');
    const internal = ukPage.querySelectorAll('main a[href^="/"]').map((a) => a.getAttribute('href')!);
    expect(internal.length).toBeGreaterThan(3);
    expect(internal.filter((href) => !href.startsWith('/uk/'))).toEqual([]);
  });
});

describe('what the client scripts load, per edition', () => {
  it('gives each edition its own preview file for a story and its own search words, in its language', () => {
    for (const [prefix, dict, locale] of [['', en, /^en/], ['/uk', uk, /^uk/]] as const) {
      const story = page(`${prefix}/stories/lindgrad-flood/`);
      const src = story.querySelector('term-previews')?.getAttribute('data-src');
      expect(src).toBe(`${prefix}/stories/lindgrad-flood/previews.json`);
      const previews = JSON.parse(read(src!.slice(1))) as { locale: string; messages: Record<string, unknown>; cards: Array<{ id: string; kindLabel: string }> };
      expect(previews.locale).toMatch(locale);
      expect(previews.messages['preview.open']).toBe(dict['preview.open']);
      // One card per entry the page links, and no card data in the page itself.
      const linked = new Set(story.querySelectorAll('a.term').map((a) => a.getAttribute('href')!.split('/').filter(Boolean).pop()));
      expect(previews.cards.map((c) => c.id).sort()).toEqual([...linked].sort());
      expect(story.querySelector('term-previews script')).toBeNull();
      const box = story.querySelector('header site-search')!;
      expect(box.getAttribute('data-messages-src')).toBe(`${prefix}/search/messages.json`);
      expect(box.getAttribute('data-load-failed')).toBe(dict['search.loadFailed']);
      const words = JSON.parse(read(box.getAttribute('data-messages-src')!.slice(1))) as { locale: string; messages: Record<string, unknown> };
      expect(words.locale).toMatch(locale);
      expect(words.messages['search.summary']).toEqual(dict['search.summary']);
    }
  });
});

describe('not-found pages', () => {
  it('gives each edition its own 404.html in its language, linking inside that edition', () => {
    const uk404 = parse(read('uk/404.html'));
    expect(uk404.querySelector('html')?.getAttribute('lang')).toBe('uk');
    expect(text(uk404.querySelector('h1'))).toBe(uk['notFound.title']);
    expect(text(uk404.querySelector('.skip-link'))).toBe(uk['site.skipLink']);
    const links = Object.fromEntries(uk404.querySelectorAll('main a').map((a) => [text(a), a.getAttribute('href')]));
    expect(links).toEqual({ [uk['notFound.homeLink']]: '/uk/', [uk['notFound.glossaryLink']]: '/uk/glossary/', [uk['notFound.sourcesLink']]: '/uk/sources/', English: '/' });
    // The search box searches the Ukrainian index and sends the query to the Ukrainian search page.
    const search = uk404.querySelector('main site-search');
    expect(search?.getAttribute('data-action')).toBe('/uk/search/');
    expect(search?.getAttribute('data-label')).toBe(uk['notFound.searchLabel']);
    // Hosts serve this file at any missing address: its own address is the one it is published at.
    expect(uk404.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}/uk/404.html`);
    // Every link and asset is absolute, so it works at any depth.
    for (const el of uk404.querySelectorAll('[href], [src]')) {
      const url = el.getAttribute('href') ?? el.getAttribute('src')!;
      expect(url, el.toString().slice(0, 120)).toMatch(/^(\/|https:|#)/);
    }
    // No copy at /uk/404/ (which no host serves as a not-found page).
    expect(() => statSync(join(out, 'uk/404'))).toThrow();
  });

  it('keeps the root 404.html in the default language, with a way into the other edition', () => {
    const root404 = parse(read('404.html'));
    expect(root404.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(text(root404.querySelector('h1'))).toBe(en['notFound.title']);
    expect(root404.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toEqual(['/', '/glossary/', '/sources/', '/uk/']);
    // GitHub Pages serves this one file for every missing address, /uk/… included: it leads to the other edition too.
    const edition = root404.querySelector('main a[hreflang="uk"]');
    expect(edition?.getAttribute('lang')).toBe('uk');
    expect(text(edition)).toBe('Українська');
    expect(root404.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}/404.html`);
  });
});

describe('translated pages', () => {
  it('shows the translation with the UI in Ukrainian and dates in uk-UA', () => {
    const story = page('/uk/stories/lindgrad-flood/');
    expect(text(story.querySelector('h1'))).toBe('Березнева повінь у Ліндграді');
    expect(story.querySelector('h1')?.getAttribute('lang')).toBeUndefined();
    expect(text(story.querySelector('#key-points-heading'))).toBe(uk['story.keyPoints']);
    expect(text(story.querySelector('.skip-link'))).toBe(uk['site.skipLink']);
    // Citation markers in translated text are named in Ukrainian; those in untranslated text in English.
    expect(story.querySelector('#the-flood sup.cite a, section sup.cite a')?.getAttribute('aria-label')).toBe('Джерело 1');
    expect(page('/stories/lindgrad-flood/').querySelector('section sup.cite a')?.getAttribute('aria-label')).toBe('Source 1');
    expect(text(story.querySelector('.byline'))).toContain('5 березня 2024');
    // A month-precision date in a grammatical sentence: «по березень … включно», never «до березень».
    expect(text(story.querySelector('.covers-until'))).toBe('Цей матеріал охоплює події по березень 2024 р. включно.');
    expect(text(page('/stories/lindgrad-flood/').querySelector('.covers-until'))).toBe('This explainer covers events up to March 2024.');
    // Only the untranslated second section carries a notice.
    expect(story.querySelectorAll('.fallback-notice').length).toBe(1);
    expect(story.querySelector('article > header .fallback-notice') === null).toBe(true);
    // The timeline's translated event, and the untranslated one in English.
    expect(text(story.querySelector('#event-flood-begins'))).toContain('Річка Вельд затоплює старе місто Ліндграда');
    expect(text(story.querySelector('#event-council-bulletin-published'))).toContain('The River Council publishes its flood bulletin');
    expect(text(story.querySelector('#claim-council-warned-city'))).toContain('Річкова рада попередила Ліндград');
  });

  it('shows no English wording of the site on any Ukrainian page: dictionary, kinds\' facts labels and site.yaml texts, outside text marked lang="en"', () => {
    // Every English phrase the engine or site.yaml could show: the dictionary's and the kinds' strings, split at their placeholders.
    const english = new Set<string>();
    const ukrainian = JSON.stringify(Object.values(uk));
    const addPhrases = (message: unknown) => {
      for (const value of typeof message === 'string' ? [message] : Object.values(message as Record<string, string>)) {
        for (const piece of value.split(/\{\w+\}/)) {
          const phrase = piece.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '');
          if (/[A-Za-z]{4}/.test(phrase) && !ukrainian.includes(phrase)) english.add(phrase);
        }
      }
    };
    Object.values(en).forEach(addPhrases);
    Object.values(kindDictionaryDefaults()).forEach(addPhrases);
    ['Front page', 'Background', 'A made-up flood story in two languages'].forEach(addPhrases);
    const patterns = [...english].map((phrase) => [phrase, new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)] as const);
    const found: string[] = [];
    const visit = (node: Node, path: string) => {
      if (node.nodeType === 3) {
        const value = node.rawText;
        for (const [phrase, pattern] of patterns) if (pattern.test(value)) found.push(`${path}: "${phrase}" in "${value.trim().slice(0, 80)}"`);
        return;
      }
      const el = node as HTMLElement;
      if (el.nodeType !== 1) return;
      const tag = el.rawTagName?.toLowerCase();
      if (tag === 'script' || tag === 'style' || (el.getAttribute('lang') && el.getAttribute('lang') !== 'uk')) return;
      for (const attr of ['aria-label', 'alt', 'title', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value) for (const [phrase, pattern] of patterns) if (pattern.test(value)) found.push(`${path} @${attr}: "${phrase}"`);
      }
      for (const child of el.childNodes) visit(child, path);
    };
    const ukPages = pagePaths().filter((p) => p.startsWith('/uk/'));
    expect(ukPages.length).toBeGreaterThan(5);
    for (const path of ukPages) visit(page(path).querySelector('html')!, path);
    expect(found).toEqual([]);
  });

  it("lays translated facts over the original's: text translated, coordinates kept, row labels and compass words in Ukrainian", () => {
    const facts = page('/uk/glossary/veldmark/').querySelector('.facts dl')!;
    const rows = Object.fromEntries(facts.querySelectorAll('dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(rows['Координати']).toMatch(/^51,00° пн\. ш\., 24,00° сх\. д\. \(столиця\)/);
    expect(rows['Країна']).toBe('Veldmark');
    // Left as the original's by the translation, so marked as English.
    expect(facts.querySelector('dd span[lang="en"]')?.text).toBe('Veldmark');
    expect(page('/glossary/veldmark/').querySelectorAll('.facts [lang]').length).toBe(0);
    expect(text(page('/glossary/veldmark/').querySelector('.facts dl'))).toContain('51.00° N, 24.00° E (the capital)');
  });

  it('shows a translator\'s note where the translation has one', () => {
    expect(text(page('/uk/glossary/veldmark/').querySelector('.translator-note'))).toContain('Усталеної української назви');
  });

  it('keeps the English edition exactly English', () => {
    const story = page('/stories/lindgrad-flood/');
    expect(text(story.querySelector('h1'))).toBe('The March flood in Lindgrad');
    expect(text(story.querySelector('#key-points-heading'))).toBe(en['story.keyPoints']);
    expect(story.querySelectorAll('.fallback-notice').length).toBe(0);
    // Nothing Ukrainian in the page but the switcher's link to the Ukrainian edition.
    expect(story.querySelector('main')!.toString()).not.toMatch(/[а-яіїєґ]/i);
    expect(story.querySelector('head')!.toString().replace(/hreflang="uk"/g, '')).not.toMatch(/[а-яіїєґ]/i);
  });
});

describe('sources in each edition', () => {
  const item = (path: string, id: string) => page(path).querySelector(`li#source-${id}`)!;

  it("shows a source's translated note in Ukrainian, and an untranslated one in English marked lang=\"en\"", () => {
    const herald = item('/uk/sources/', 'lindgrad-herald-flood');
    const heraldNote = herald.querySelectorAll('div.muted')[0]!;
    expect(text(heraldNote)).toBe('Перше повідомлення про повінь, надіслане тієї ж ночі.');
    expect(heraldNote.getAttribute('lang')).toBeUndefined();
    const bulletinNote = item('/uk/sources/', 'council-bulletin').querySelectorAll('div.muted')[0]!;
    expect(text(bulletinNote)).toBe("The council's own account of its warnings; the city has not answered it.");
    expect(bulletinNote.getAttribute('lang')).toBe('en');
    // The entry pages' source lists say the same (a story's list leaves notes to the sources page).
    expect(page('/uk/glossary/river-council/').querySelector('li#source-council-bulletin .muted')?.getAttribute('lang')).toBe('en');
    expect(text(page('/uk/glossary/petro-kovalenko/').querySelector('li#source-lindgrad-herald-flood .muted'))).toBe('Перше повідомлення про повінь, надіслане тієї ж ночі.');
    expect(page('/uk/glossary/petro-kovalenko/').querySelector('li#source-lindgrad-herald-flood .muted')?.getAttribute('lang')).toBeUndefined();
  });

  it('shows a translated publisher line in its edition only', () => {
    expect(text(item('/uk/sources/', 'lindgrad-herald-flood')).startsWith('Ліндградський вісник, ')).toBe(true);
    expect(text(item('/sources/', 'lindgrad-herald-flood')).startsWith('Lindgrad Herald, ')).toBe(true);
    expect(text(item('/uk/sources/', 'council-bulletin')).startsWith('River Council, ')).toBe(true);
  });

  it('marks titles with the language they were published in: the default language unless sources.yaml says otherwise', () => {
    const title = (path: string, id: string) => item(path, id).querySelector('a[rel~="external"]')!;
    expect(title('/uk/sources/', 'lindgrad-herald-flood').getAttribute('lang')).toBe('en');
    expect(title('/uk/sources/', 'example-atlas').getAttribute('lang')).toBe('de');
    // On English pages only the German title is marked, and no note is.
    expect(title('/sources/', 'lindgrad-herald-flood').getAttribute('lang')).toBeUndefined();
    expect(title('/sources/', 'example-atlas').getAttribute('lang')).toBe('de');
    expect(page('/sources/').querySelectorAll('div.muted[lang]').length).toBe(0);
    expect(text(item('/sources/', 'lindgrad-herald-flood').querySelector('div.muted'))).toBe('The first report of the flood, filed the same night.');
  });

  it('names the citing pages in the edition\'s language, marking the untranslated ones', () => {
    const citedBy = (id: string) => item('/uk/sources/', id).querySelectorAll('div.muted a').map((a) => [text(a), a.getAttribute('lang') ?? null]);
    expect(citedBy('lindgrad-herald-flood')).toEqual([['Повінь у Ліндграді', null], ['Petro Kovalenko', 'en']]);
    expect(citedBy('council-bulletin')).toEqual([['The response', 'en'], ['River Council', 'en']]);
  });
});

describe('fallback for what is not translated', () => {
  it('shows an untranslated entry in English under /uk/, with the notice in Ukrainian and lang="en" on its text', () => {
    const entry = page('/uk/glossary/river-council/');
    expect(entry.querySelector('html')?.getAttribute('lang')).toBe('uk');
    expect(text(entry.querySelector('.fallback-notice'))).toBe(fill(uk['i18n.fallbackPage'], { language: 'English' }));
    expect(entry.querySelector('h1')?.getAttribute('lang')).toBe('en');
    expect(text(entry.querySelector('h1'))).toBe('River Council');
    const body = entry.querySelector('.entry-body');
    expect(body?.getAttribute('lang')).toBe('en');
    expect(text(body)).toContain('The River Council runs the dams');
    // The surrounding UI is Ukrainian; the English text stays out of the Ukrainian search index.
    expect(text(entry.querySelector('#background'))).toBe(uk['entry.background']);
    expect(entry.querySelectorAll('[data-pagefind-body]').length).toBe(0);
    // The original's glossary links lead to the Ukrainian edition's pages.
    expect(body?.querySelector('a.term')?.getAttribute('href')).toBe('/uk/glossary/lindgrad/');
  });

  it('marks the untranslated items of the timeline and the claims as English, item by item and field by field', () => {
    const story = page('/uk/stories/lindgrad-flood/');
    expect(story.querySelector('#event-council-bulletin-published strong')?.getAttribute('lang')).toBe('en');
    expect(story.querySelector('#event-flood-begins strong')?.getAttribute('lang')).toBeUndefined();
    const claim = story.querySelector('#claim-council-warned-city')!;
    // The claim's text is translated; its claimant, River Council, is not.
    expect(claim.querySelectorAll('.claim-text [lang], .claim-evidence [lang]').length).toBe(0);
    expect(claim.querySelector('.claim-meta a')?.getAttribute('lang')).toBe('en');
    expect(text(claim.querySelector('.claim-meta a'))).toBe('River Council');
    // An untranslated claim: its text, evidence and history note are the original's.
    const untranslated = story.querySelector('#claim-mayor-evacuation-order')!;
    expect(untranslated.querySelector('.claim-text span[lang]')?.getAttribute('lang')).toBe('en');
    expect(text(untranslated.querySelector('.claim-text span[lang]'))).toBe('Petro Kovalenko says he ordered the evacuation within an hour of the first report.');
    expect(untranslated.querySelector('.claim-evidence span')?.getAttribute('lang')).toBe('en');
    expect(untranslated.querySelector('.claim-history li span[lang]')?.getAttribute('lang')).toBe('en');
    expect(text(untranslated.querySelector('.claim-history li span[lang]'))).toBe('The mayor first said so on local radio.');
    // The English edition marks none of them.
    const english = page('/stories/lindgrad-flood/');
    expect(english.querySelectorAll('section.timeline [lang], .claim [lang]').length).toBe(0);
  });

  it('marks an untranslated section of a translated story, and only that one', () => {
    const story = page('/uk/stories/lindgrad-flood/');
    const translated = story.querySelector('section[aria-labelledby="the-flood"]');
    const untranslated = story.querySelector('section[aria-labelledby="the-response"]');
    expect(translated?.querySelectorAll('.fallback-notice').length).toBe(0);
    expect(translated?.querySelector('.section-body')?.getAttribute('lang')).toBeUndefined();
    expect(text(untranslated?.querySelector('.fallback-notice'))).toBe(fill(uk['i18n.fallbackSection'], { language: 'English' }));
    expect(untranslated?.querySelector('.section-body')?.getAttribute('lang')).toBe('en');
    expect(untranslated?.querySelector('h2')?.getAttribute('lang')).toBe('en');
  });
});

describe('language alternates', () => {
  it('lists both editions and x-default in the head of every page', () => {
    for (const path of pagePaths()) {
      const same = path.replace(/^\/uk\//, '/');
      const alternates = Object.fromEntries(page(path).querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      expect(alternates, path).toEqual({ en: `${ORIGIN}${same}`, uk: `${ORIGIN}/uk${same}`, 'x-default': `${ORIGIN}${same}` });
    }
  });

  it('leaves the 404 pages, which have no counterpart at their address, without alternates or switcher', () => {
    for (const file of ['404.html', 'uk/404.html']) {
      const notFound = parse(read(file));
      expect(notFound.querySelectorAll('link[hreflang]').length, file).toBe(0);
      expect(notFound.querySelectorAll('nav.language-switcher').length, file).toBe(0);
    }
  });

  it('lists both editions and x-default of every URL in the sitemap, as the page heads do', () => {
    const sitemap = parse(read('sitemap-0.xml'));
    const urls = sitemap.querySelectorAll('url');
    expect(urls.length).toBe(pagePaths().length);
    for (const url of urls) {
      const loc = text(url.querySelector('loc'));
      const same = new URL(loc).pathname.replace(/^\/uk\//, '/');
      const links = url.querySelectorAll('xhtml\\:link').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
      expect(links, loc).toEqual([
        ['en', `${ORIGIN}${same}`],
        ['uk', `${ORIGIN}/uk${same}`],
        ['x-default', `${ORIGIN}${same}`],
      ]);
      // The same set the page itself lists in its head.
      const head = page(new URL(loc).pathname).querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
      expect(links, loc).toEqual(head);
    }
    expect(read('sitemap-0.xml')).not.toContain('404');
  });
});

describe('language switcher', () => {
  it('links each page to the same page in the other language, never to its home page', () => {
    const cases: Array<[string, string]> = [
      ['/stories/lindgrad-flood/', '/uk/stories/lindgrad-flood/'],
      ['/uk/stories/lindgrad-flood/', '/stories/lindgrad-flood/'],
      ['/uk/glossary/river-council/', '/glossary/river-council/'],
      ['/glossary/veldmark/', '/uk/glossary/veldmark/'],
      ['/uk/', '/'],
    ];
    for (const [from, to] of cases) {
      const switcher = page(from).querySelector('nav.language-switcher');
      const links = switcher?.querySelectorAll('a') ?? [];
      expect(links.map((a) => a.getAttribute('href')), from).toEqual([to]);
      expect(links[0]?.getAttribute('hreflang')).toBe(to.startsWith('/uk/') ? 'uk' : 'en');
      expect(switcher?.querySelector('[aria-current]')?.getAttribute('lang')).toBe(from.startsWith('/uk/') ? 'uk' : 'en');
    }
    expect(text(page('/stories/lindgrad-flood/').querySelector('nav.language-switcher a'))).toBe('Українська');
  });
});

describe('search and feeds per language', () => {
  it('indexes each language separately (Pagefind splits by <html lang>)', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'uk']);
    expect(entry.languages.en!.page_count).toBeGreaterThan(0);
    // Translated pages only: fallback pages carry no data-pagefind-body.
    const translatedPages = pagePaths().filter((p) => p.startsWith('/uk/') && page(p).querySelector('[data-pagefind-body]'));
    expect(entry.languages.uk!.page_count).toBe(translatedPages.length);
    expect(translatedPages).toContain('/uk/glossary/lindgrad/');
    expect(translatedPages).not.toContain('/uk/glossary/river-council/');
  });

  it('has one feed per language, each advertised in its own edition', () => {
    const enFeed = parse(read('rss.xml'));
    const ukFeed = parse(read('uk/rss.xml'));
    expect(text(enFeed.querySelector('language'))).toBe('en');
    expect(text(ukFeed.querySelector('language'))).toBe('uk');
    expect(text(ukFeed.querySelector('item title'))).toBe('Березнева повінь у Ліндграді');
    expect(text(ukFeed.querySelector('item guid'))).toBe(`${ORIGIN}/uk/stories/lindgrad-flood/`);
    expect(text(enFeed.querySelector('item title'))).toBe('The March flood in Lindgrad');
    expect(page('/uk/glossary/').querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe('/uk/rss.xml');
    expect(page('/glossary/').querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe('/rss.xml');
  });

  it('labels the maps of each edition in its language', () => {
    const img = page('/uk/glossary/lindgrad/').querySelector('.lm-panels img');
    const src = img?.getAttribute('src') ?? '';
    expect(src).toMatch(/^\/uk\/maps\//);
    const svg = read(src.slice(1));
    expect(svg).toContain('>Ліндград</text>');
    expect(read(page('/glossary/lindgrad/').querySelector('.lm-panels img')!.getAttribute('src')!.slice(1))).toContain('>Lindgrad</text>');
  });

  it('gives each edition its own social images and structured-data language', () => {
    const head = page('/uk/stories/lindgrad-flood/');
    expect(head.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${ORIGIN}/uk/og/stories/lindgrad-flood.png`);
    expect(statSync(join(out, 'uk/og/stories/lindgrad-flood.png')).size).toBeGreaterThan(1000);
    const graph = JSON.parse(head.querySelector('script[type="application/ld+json"]')!.text) as { '@graph': Array<{ '@type': string; inLanguage?: string }> };
    expect(graph['@graph'].find((n) => n['@type'] === 'NewsArticle')?.inLanguage).toBe('uk');
  });
});

describe('linking in Ukrainian', () => {
  const section = () => page('/uk/stories/lindgrad-flood/').querySelector('section[aria-labelledby="the-flood"]')!;

  it('links inflected mentions to the Ukrainian entry pages, first mention per section only', () => {
    const links = section().querySelectorAll('.section-body a.term');
    expect(links.map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Ліндграда', '/uk/glossary/lindgrad/'],
      ['Вельдмарку', '/uk/glossary/veldmark/'],
    ]);
  });

  it('never links inside a heading', () => {
    const heading = section().querySelectorAll('h2').find((h) => text(h) === 'Ліндград уночі');
    expect(heading).toBeDefined();
    expect(heading!.querySelectorAll('a').length).toBe(0);
  });

  it('lists Ukrainian mentions under "Mentioned in" of the Ukrainian entry page', () => {
    const mentions = page('/uk/glossary/veldmark/').querySelector('section.mentions');
    expect(text(mentions?.querySelector('h2'))).toBe(uk['entry.mentionedIn']);
    const quoted = mentions?.querySelectorAll('blockquote').map(text) ?? [];
    expect(quoted.some((q) => q.includes('Вельдмарку'))).toBe(true);
    expect(mentions?.querySelector('a')?.getAttribute('href')).toMatch(/^\/uk\/stories\/lindgrad-flood\//);
  });

  it('marks a mention quoted from an untranslated section as English', () => {
    const mentions = page('/uk/glossary/river-council/').querySelector('section.mentions');
    const quote = mentions?.querySelectorAll('blockquote').find((q) => text(q).includes('The River Council says'));
    expect(quote?.getAttribute('lang')).toBe('en');
    const translated = page('/uk/glossary/veldmark/').querySelector('section.mentions blockquote');
    expect(translated?.getAttribute('lang')).toBeUndefined();
  });
});

describe('page weight of the Ukrainian story page', () => {
  // The budgets of tests/site/budgets.test.ts (DESIGN.md), on the edition's own copy of the page.
  const KB = 1024;
  it('stays within the story page budgets: 30 KB first view, 5 KB of script, 12 KB of CSS, no web font', () => {
    const story = pageWeight(out, '/uk/stories/lindgrad-flood/');
    expect(story.transfer.brotli).toBeLessThanOrEqual(30 * KB);
    expect(story.transfer.gzip).toBeLessThanOrEqual(30 * KB);
    expect(story.totals.js.brotli).toBeLessThanOrEqual(5 * KB);
    expect(story.totals.css.brotli).toBeLessThanOrEqual(12 * KB);
    expect(story.totals.font.raw).toBe(0);
    expect(story.assets.filter((a) => a.blocking).map((a) => a.url)).toEqual([]);
    expect(story.crossOrigin).toEqual([]);
  });
});
