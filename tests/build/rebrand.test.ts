/**
 * Rebranding is editing site.yaml (and, for wording, content/i18n/<lang>.yaml):
 * a temporary project with this repository's src/ untouched and a fixture's
 * content gets a new name, base path, colours, locale and links, and the
 * built site shows them everywhere: HTML, the theme stylesheet, the social
 * image and the map images. A bad site.yaml stops the build before any page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTemp, tempProject, REPO_ROOT } from '../fixtures/check/fixture.ts';
import { spawnSync } from 'node:child_process';
import { childEnv } from '../build/temp-project.ts';

const BUILD_TIMEOUT = 180_000;
const temps: string[] = [];
afterAll(() => temps.forEach(removeTemp));

const REBRAND = `name: Millbrook Gazette
tagline: Local news with its sources.
url: https://gazette.example.net
base: /gazette/
publisher: { name: Millbrook Media, url: https://media.example.net, logo: /favicon.svg }
language: en
locale: de-DE
dir: rtl
navigation:
  - { label: Front page, href: / }
  - { label: Background, href: /glossary/ }
  - { label: Our newsroom, href: https://media.example.net/about }
footer:
  text: Made in Millbrook.
  links: [ { label: Every source, href: /sources/ } ]
theme:
  light: { accent: "#005f73", surface: "#fffdf5", text: "#001219", muted: "#3d5a60" }
  dark: { accent: "#94d2bd", surface: "#001219", text: "#e9f5f2", muted: "#a8c5c0" }
`;

function build(root: string) {
  const result = spawnSync(join(REPO_ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: root, encoding: 'utf8', timeout: BUILD_TIMEOUT, env: childEnv() });
  return { code: result.status, signal: result.signal, output: `${result.stdout}\n${result.stderr}` };
}

const htmlFiles = (dir: string): string[] => (existsSync(dir) ? (readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) : []);

/** A digest of every file under `dir`, to prove src/ was not edited. */
function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file);
    try {
      hash.update(file).update(readFileSync(path));
    } catch {
      // a folder
    }
  }
  return hash.digest('hex');
}

/** The colour of the top-left pixel of a PNG (no filter changes the first pixel of the first row); indexed PNGs through their palette. */
function firstPixel(png: Buffer): string {
  let offset = 8;
  let colourType = 0;
  let palette: Buffer = Buffer.alloc(0);
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') colourType = body[9]!;
    if (type === 'PLTE') palette = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  expect([2, 3, 6]).toContain(colourType);
  const raw = inflateSync(Buffer.concat(data));
  const rgb = colourType === 3 ? palette.subarray(raw[1]! * 3, raw[1]! * 3 + 3) : raw.subarray(1, 4);
  return `#${[...rgb].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

describe('a rebrand by site.yaml alone', { timeout: BUILD_TIMEOUT + 20_000 }, () => {
  let root = '';
  let dist = '';
  let output = '';
  const page = (path: string) => readFileSync(join(dist, path), 'utf8');

  beforeAll(() => {
    root = tempProject('base');
    temps.push(root);
    writeFileSync(join(root, 'content/site.yaml'), REBRAND);
    mkdirSync(join(root, 'content/i18n'), { recursive: true });
    writeFileSync(join(root, 'content/i18n/en.yaml'), 'story.keyPoints: At a glance\nsearch.placeholder: Find a name…\npreview.open: Read the background\n');
    const result = build(root);
    output = result.output;
    expect(result.code, output).toBe(0);
    dist = join(root, 'dist');
  }, BUILD_TIMEOUT + 10_000);

  it('edits nothing under src/', () => {
    expect(treeDigest(join(root, 'src'))).toBe(treeDigest(join(REPO_ROOT, 'src')));
  });

  it('puts the name, language, direction, links and footer into every page', () => {
    const home = page('index.html');
    expect(home).toMatch(/<html lang="en" dir="rtl">/);
    expect(home).toContain('<title>Millbrook Gazette</title>');
    expect(home).toMatch(/<a class="site-name" href="\/gazette\/">Millbrook Gazette<\/a>/);
    expect(home).toMatch(/<a href="\/gazette\/" aria-current="page">Front page<\/a>/);
    expect(home).toContain('<a href="/gazette/glossary/">Background</a>');
    expect(home).toContain('<a href="https://media.example.net/about">Our newsroom</a>');
    expect(home).toMatch(/Made in Millbrook\. <a href="\/gazette\/sources\/">Every source<\/a>/);
    expect(page('stories/river-bridge/index.html')).toContain('<title>The river bridge in Millbrook · Millbrook Gazette</title>');
  });

  it('serves every internal link, asset and the feed under the base path', () => {
    for (const file of htmlFiles(dist)) {
      const hrefs = [...page(file).matchAll(/\s(?:href|src|data-src|data-messages-src|data-action)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(hrefs.filter((h) => !h.startsWith('/gazette/')), file).toEqual([]);
    }
    const feed = page('rss.xml');
    expect(feed).toContain('<title>Millbrook Gazette: story updates</title>');
    expect(feed).toContain('<link>https://gazette.example.net/gazette/stories/river-bridge/</link>');
  });

  it('writes dates in the configured locale and applies the dictionary override', () => {
    const story = page('stories/river-bridge/index.html');
    expect(story).toMatch(/<time datetime="2022-06-10">10\. Juni 2022<\/time>/);
    expect(story).toContain('At a glance</h2>');
  });

  it('gives the client scripts their words, overrides included, as attributes and JSON files under the base path (no inline script)', () => {
    const story = page('stories/river-bridge/index.html');
    const attr = (tag: string, name: string) => new RegExp(`<${tag}[^>]*\\s${name}="([^"]*)"`).exec(story)?.[1];
    const file = (path: string) => {
      expect(path.startsWith('/gazette/'), path).toBe(true);
      return JSON.parse(page(path.slice('/gazette/'.length))) as { locale: string; messages: Record<string, unknown> };
    };
    expect(attr('site-search', 'data-placeholder')).toBe('Find a name…');
    const search = file(attr('site-search', 'data-messages-src')!);
    expect(search.locale).toBe('de-DE');
    expect(search.messages['search.summary']).toEqual({ one: '{count} page matches “{query}”.', other: '{count} pages match “{query}”.' });
    const previews = file(attr('term-previews', 'data-src')!);
    expect(previews.locale).toBe('de-DE');
    expect(previews.messages['preview.open']).toBe('Read the background');
  });

  it('names the publisher and the language in the structured data', () => {
    const story = page('stories/river-bridge/index.html');
    const json = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(story)![1]!);
    const article = json['@graph'].find((n: { '@type': string }) => n['@type'] === 'NewsArticle');
    expect(article).toMatchObject({ inLanguage: 'en', url: 'https://gazette.example.net/gazette/stories/river-bridge/', publisher: { name: 'Millbrook Media', url: 'https://media.example.net/' } });
  });

  it('sets the theme colours as CSS custom properties in a bundled stylesheet, with no inline style', () => {
    const home = page('index.html');
    expect(home).not.toMatch(/\sstyle="/);
    const sheets = [...home.matchAll(/<link rel="stylesheet" href="\/gazette\/(_astro\/[^"]+\.css)"/g)].map((m) => page(m[1]!)).join('\n');
    const inline = [...home.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    const css = `${sheets}\n${inline}`;
    expect(css).toMatch(/:root\{--accent:#005f73;--bg:#fffdf5;--text:#001219;--text-muted:#3d5a60\}/);
    expect(css).toMatch(/:root\[data-theme=dark\]\{--accent:#94d2bd;--bg:#001219/);
    expect(css).not.toContain('#9c2f12');
  });

  it('draws the social image in the light accent colour', () => {
    expect(firstPixel(readFileSync(join(dist, 'og/site.png')))).toBe('#005f73');
    expect(firstPixel(readFileSync(join(dist, 'og/stories/river-bridge.png')))).toBe('#005f73');
  });

  it('colours the map images from the theme, light and dark', () => {
    const svg = page('maps/story-river-bridge/overview.svg');
    expect(svg).toContain('svg{--bg:#fffdf5;--text:#001219;--accent:#005f73;');
    expect(svg).toContain('@media (prefers-color-scheme:dark){svg{--bg:#001219;--text:#e9f5f2;--accent:#94d2bd}}');
    expect(page('glossary/millbrook/index.html')).toContain('src="/gazette/maps/place-millbrook/overview.svg"');
  });
});

describe('a bad site.yaml', { timeout: BUILD_TIMEOUT + 20_000 }, () => {
  it('fails the build naming the file, the line and the field, and writes no page', () => {
    const root = tempProject('site-bad-colour');
    temps.push(root);
    const { code, signal, output } = build(root);
    expect(signal, 'the build timed out').toBeNull();
    expect(code, output).not.toBe(0);
    expect(output).toMatch(/content\/site\.yaml:5:20 +theme\.light\.accent +"theme\.light\.accent": "#9c2f1" is not written in the expected form +\(write the colour as "#" and six hexadecimal digits/);
    expect(output).toContain('nothing was published');
    expect(htmlFiles(join(root, 'dist'))).toEqual([]);
  });
});
