/**
 * site.yaml: every field's mistake is reported with file, line, field and a
 * fix an editor can follow; defaults that depend on other fields are filled
 * in; SITE_URL overrides the address; the theme becomes CSS and card colours;
 * the multilingual shape (`languages`) is validated already.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSiteFile } from '../../src/lib/check/site-config.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { DEFAULT_THEME, editionTexts, resolveSite, siteSchema } from '../../src/config/schema.ts';
import { loadSite } from '../../src/config/load.ts';
import { mixHex, themeCss } from '../../src/lib/visuals/theme.ts';
import { cardColours } from '../../src/lib/seo/og-card-layout.ts';
import { withBase, withoutBase } from '../../src/lib/linking/site-path.ts';
import { orderForHome } from '../../src/lib/story/lead.ts';

const FILE = 'content/site.yaml';
const BASE = 'name: Millbrook Explainer\nurl: https://millbrook.example.org\n';

/** The one problem a site.yaml produces, as the editor reads it. */
function problemOf(yaml: string): string {
  const { problems, data } = checkSiteFile({ path: FILE, text: yaml });
  expect(data).toBeNull();
  expect(problems).toHaveLength(1);
  return formatProblem(problems[0]!);
}

describe('site.yaml mistakes name the file, the line, the field and the fix', () => {
  it.each([
    ['name', 'url: https://a.example.org\n', 'content/site.yaml:1:1  name  required field "name" is missing  (add "name:" with text)'],
    ['url', 'name: A\nurl: a.example.org\n', 'content/site.yaml:2:6  url  "url": "a.example.org" is not a full web address  (write the full public address, e.g. "https://news.example.org")'],
    ['url with a path', 'name: A\nurl: https://a.example.org/news\n', 'content/site.yaml:2:6  url  "url": "https://a.example.org/news" is not valid here  (write only the address of the domain here, and the path in "base: /news")'],
    ['base', `${BASE}base: news\n`, 'content/site.yaml:3:7  base  "base": "news" is not written in the expected form  (write a path starting with "/", e.g. "/" or "/explainers/")'],
    ['language', `${BASE}language: xx\n`, 'content/site.yaml:3:11  language  "language": "xx" is not valid here  (the language needs a dictionary in src/i18n/; available: en, uk)'],
    ['locale', `${BASE}locale: not a locale\n`, 'content/site.yaml:3:9  locale  "locale": "not a locale" is not valid here  (write a locale such as "en-GB", "en-US", "de-DE" or "uk-UA")'],
    ['dir', `${BASE}dir: up\n`, 'content/site.yaml:3:6  dir  "dir" is string "up"  (use one of: ltr, rtl)'],
    ['leadStory', `${BASE}leadStory: The Bridge\n`, 'content/site.yaml:3:12  leadStory  "leadStory": "The Bridge" is not written in the expected form  (ids are lower-case letters and digits joined by single hyphens, e.g. "kn-23" or "un-resolution-1718")'],
    ['publisher.logo', `${BASE}publisher: { logo: logo.png }\n`, 'content/site.yaml:3:20  publisher.logo  "publisher.logo": "logo.png" is not written in the expected form  (write the path of a file in public/, starting with "/", e.g. "/logo.png")'],
    ['navigation href', `${BASE}navigation:\n  - { label: Home, href: home }\n`, 'content/site.yaml:4:26  navigation.0.href  "navigation.0.href": "home" is not written in the expected form  (write a path on this site starting with "/" (e.g. "/glossary/"), or a full https:// address)'],
    ['navigation label', `${BASE}navigation:\n  - { href: / }\n`, 'content/site.yaml:4:5  navigation.0.label  required field "navigation.0.label" is missing  (add "label:" with text)'],
    ['footer field', `${BASE}footer: { txt: Hello }\n`, 'content/site.yaml:3:11  footer.txt  unknown field "txt"  (did you mean "text"?)'],
    ['theme colour', `${BASE}theme:\n  dark: { accent: red, surface: "#000000", text: "#ffffff", muted: "#cccccc" }\n`, 'content/site.yaml:4:19  theme.dark.accent  "theme.dark.accent": "red" is not written in the expected form  (write the colour as "#" and six hexadecimal digits, e.g. "#9c2f12")'],
    ['theme token', `${BASE}theme:\n  light: { accent: "#000000", surface: "#ffffff", text: "#000000" }\n`, 'content/site.yaml:4:10  theme.light.muted  required field "theme.light.muted" is missing  (add "muted:" with text)'],
    ['unknown field', `${BASE}colour: red\n`, 'content/site.yaml:3:1  colour  unknown field "colour"  (remove it, or use one of: name, tagline, url, base, publisher, language, locale, dir, languages, prefixDefaultLanguage, leadStory, navigation, footer, theme)'],
  ])('%s', (_field, yaml, expected) => {
    expect(problemOf(yaml)).toBe(expected);
  });

  it('validates the shape for several languages now: the default first, each with code, name and locale', () => {
    expect(problemOf(`${BASE}languages:\n  - { code: en, name: English }\n`)).toBe(
      'content/site.yaml:4:5  languages.0.locale  required field "languages.0.locale" is missing  (add "locale:" with text)',
    );
    expect(problemOf(`${BASE}language: en\nlanguages: []\n`)).toBe('content/site.yaml:4:12  languages  "languages" needs at least 1 item  (add one to the list)');
    const ok = checkSiteFile({ path: FILE, text: `${BASE}languages:\n  - { code: en, name: English, locale: en-US }\n` });
    expect(ok.problems).toEqual([]);
    expect(resolveSite(ok.data!)).toMatchObject({ locale: 'en-US', dir: 'ltr', languages: [{ code: 'en', name: 'English', locale: 'en-US', dir: 'ltr' }] });
  });

  it('takes reader-facing texts per language, refusing an unknown language or a missing default, and warns where an edition has none', () => {
    const LANGS = `${BASE}languages:\n  - { code: en, name: English, locale: en-GB }\n  - { code: uk, name: Українська, locale: uk-UA }\n`;
    expect(problemOf(`${LANGS}navigation:\n  - { label: { en: Home, de: Start }, href: / }\n`)).toBe('content/site.yaml:7:30  navigation.0.label.de  "navigation.0.label.de": "Start" is not valid here  ("de" is not a language of this site (en, uk))');
    expect(problemOf(`${LANGS}tagline: { uk: Довідка }\n`)).toBe('content/site.yaml:6:10  tagline  "tagline": a group of fields is not valid here  (give the default language\'s text too: en: …)');
    const { data, problems } = checkSiteFile({ path: FILE, text: `${LANGS}tagline: { en: Background, uk: Довідка }\nnavigation:\n  - { label: Home, href: / }\nfooter:\n  text: { en: Sources first }\n` });
    expect(problems.map(formatProblem)).toEqual([
      'content/site.yaml:8:14  navigation.0.label  warning: "navigation.0.label" has no uk text: the uk edition shows it in en  (write one text per language, e.g. { en: Home, uk: … })',
      'content/site.yaml:10:9  footer.text  warning: "footer.text" has no uk text: the uk edition shows it in en  (write one text per language, e.g. { en: Sources first, uk: … })',
    ]);
    const config = resolveSite(data!);
    expect(editionTexts(config, 'uk')).toEqual({ name: 'Millbrook Explainer', tagline: 'Довідка', navigation: [{ label: 'Home', lang: 'en', href: '/' }], footer: { text: { text: 'Sources first', lang: 'en' }, links: undefined } });
    expect(editionTexts(config, 'en').tagline).toBe('Background');
  });

  it('reports YAML that does not parse at its line', () => {
    expect(problemOf('name: [Millbrook\nurl: https://a.example.org\n')).toMatch(/^content\/site\.yaml:1:7 {2}YAML {2}the YAML does not parse/);
  });
});

describe('defaults and overrides', () => {
  const minimal = siteSchema.parse({ name: 'Millbrook Explainer', url: 'https://millbrook.example.org' });

  it('fills every optional field: root base, English in en-GB, the shipped colours, the site as its own publisher', () => {
    expect(resolveSite(minimal)).toEqual({
      name: 'Millbrook Explainer',
      tagline: '',
      url: 'https://millbrook.example.org/',
      base: '/',
      publisher: { name: 'Millbrook Explainer', url: 'https://millbrook.example.org/', logo: '/favicon.svg' },
      language: 'en',
      locale: 'en-GB',
      dir: 'ltr',
      languages: [{ code: 'en', name: 'en', locale: 'en-GB', dir: 'ltr' }],
      prefixDefaultLanguage: false,
      leadStory: undefined,
      navigation: undefined,
      footer: { text: undefined, links: undefined },
      texts: { name: 'Millbrook Explainer', tagline: '', navigation: undefined, footer: { text: undefined, links: undefined } },
      theme: DEFAULT_THEME,
    });
  });

  it('lets SITE_URL override the address, and writes the base path with slashes at both ends', () => {
    const data = siteSchema.parse({ name: 'A', url: 'https://a.example.org', base: '/news' });
    const site = resolveSite(data, { SITE_URL: 'https://staging.example.net' });
    expect(site).toMatchObject({ url: 'https://staging.example.net/', base: '/news/', publisher: { url: 'https://staging.example.net/news/' } });
  });

  it('puts site paths under the base path and takes them out again', () => {
    expect(withBase('/glossary/kn-23/', '/news/')).toBe('/news/glossary/kn-23/');
    expect(withBase('/', '/news/')).toBe('/news/');
    expect(withBase('/glossary/', '/')).toBe('/glossary/');
    expect(withBase('https://other.example.org/', '/news/')).toBe('https://other.example.org/');
    expect(withoutBase('/news/search/', '/news/')).toBe('/search/');
  });
});

describe('loading from the content folder', () => {
  const dirs: string[] = [];
  const folder = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-site-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('reads site.yaml and the override file of its language', () => {
    const dir = folder({ 'site.yaml': `${BASE}locale: de-DE\n`, 'i18n/en.yaml': 'nav.glossary: Background\n' });
    const loaded = loadSite(dir, dir, {});
    expect(loaded.problems).toEqual([]);
    expect(loaded.site).toMatchObject({ name: 'Millbrook Explainer', locale: 'de-DE' });
    expect(loaded.overrides).toEqual({ 'nav.glossary': 'Background' });
  });

  it('returns the problems of a bad file with the defaults, so the build can report them instead of crashing', () => {
    const dir = folder({ 'site.yaml': 'url: https://a.example.org\n' });
    const loaded = loadSite(dir, dir, {});
    expect(loaded.problems.map((p) => [p.field, p.severity])).toEqual([['name', 'error']]);
    expect(loaded.site.theme).toEqual(DEFAULT_THEME);
  });
});

describe('the theme reaches CSS, social images and maps from one place', () => {
  const theme = { light: { accent: '#005f73', surface: '#ffffff', text: '#001219', muted: '#3d5a60' }, dark: { accent: '#94d2bd', surface: '#001219', text: '#e9f5f2', muted: '#a8c5c0' } };

  it('writes the four tokens for light, system dark and chosen dark', () => {
    const css = themeCss(theme);
    expect(css).toContain(':root { --accent: #005f73; --bg: #ffffff; --text: #001219; --text-muted: #3d5a60; }');
    expect(css).toContain("@media (prefers-color-scheme: dark) { :root:not([data-theme='light']) { --accent: #94d2bd; --bg: #001219;");
    expect(css).toContain(":root[data-theme='dark'] { --accent: #94d2bd;");
  });

  it('gives the social card the light palette, with a rule mixed from text and surface', () => {
    expect(cardColours(theme.light)).toEqual({ bg: '#ffffff', text: '#001219', muted: '#3d5a60', accent: '#005f73', border: mixHex('#001219', '#ffffff', 0.18) });
    expect(mixHex('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});

describe('the lead story', () => {
  const stories = [
    { id: 'older', updated: '2024-01-01', published: '2023-01-01' },
    { id: 'newest', updated: '2024-06-01', published: '2024-02-01' },
    { id: 'middle', updated: '2024-03-01', published: '2024-03-01' },
  ];

  it('is the most recently updated story when site.yaml names none', () => {
    expect(orderForHome(stories).map((s) => s.id)).toEqual(['newest', 'middle', 'older']);
  });

  it('is the named story when site.yaml has leadStory, the others following by recency', () => {
    expect(orderForHome(stories, 'older').map((s) => s.id)).toEqual(['older', 'newest', 'middle']);
  });
});

describe('the JSON Schema VS Code reads for site.yaml (npm run schemas)', async () => {
  const { readFileSync } = await import('node:fs');
  const { Ajv } = await import('ajv');
  const { parse } = await import('yaml');
  const root = join(import.meta.dirname, '../..');
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\/\/\S+$/i);
  const validate = ajv.compile(JSON.parse(readFileSync(join(root, '.vscode/schemas/site.schema.json'), 'utf8')));

  it('accepts a fixture site.yaml and documents every field', () => {
    expect(validate(parse(readFileSync(join(root, 'tests/fixtures/check/base/content/site.yaml'), 'utf8')))).toBe(true);
    const schema = JSON.parse(readFileSync(join(root, '.vscode/schemas/site.schema.json'), 'utf8'));
    for (const [key, value] of Object.entries(schema.properties as Record<string, { description?: string }>)) expect(value.description, key).toBeTruthy();
  });

  it('rejects a colour that is not #rrggbb and an unknown field', () => {
    expect(validate({ name: 'A', url: 'https://a.example.org', theme: { light: { accent: 'red', surface: '#ffffff', text: '#000000', muted: '#333333' } } })).toBe(false);
    expect(validate({ name: 'A', url: 'https://a.example.org', colour: 'red' })).toBe(false);
  });

  it('is wired into VS Code settings', () => {
    expect(readFileSync(join(root, '.vscode/settings.json'), 'utf8')).toContain('"./.vscode/schemas/site.schema.json": "content/site.yaml"');
  });
});

describe('the social card layout takes the palette it is given', async () => {
  const { cardLayout } = await import('../../src/lib/seo/og-card-layout.ts');
  it('paints the background, text and accent bar from the site theme', () => {
    const palette = { accent: '#005f73', surface: '#fffdf5', text: '#001219', muted: '#3d5a60' };
    const layout = cardLayout({ slug: 'site', kicker: 'K', title: 'T', description: 'D' }, 'Millbrook Gazette', palette);
    expect(layout.props.style).toMatchObject({ backgroundColor: '#fffdf5', color: '#001219' });
    const [bar] = layout.props.children as Array<{ props: { style: Record<string, unknown> } }>;
    expect(bar!.props.style.backgroundColor).toBe('#005f73');
    expect(JSON.stringify(layout)).not.toContain('#9c2f12');
  });
});

describe('optional theme tokens', () => {
  it('are written only when given, so global.css keeps its own values otherwise', () => {
    const light = { accent: '#005f73', surface: '#ffffff', text: '#001219', muted: '#3d5a60' };
    expect(themeCss({ light, dark: light })).not.toContain('--bg-raised');
    const css = themeCss({ light: { ...light, raised: '#eef6f5', border: '#c5d9d6', link: '#0a5a8f' }, dark: light });
    expect(css).toContain(':root { --accent: #005f73; --bg: #ffffff; --text: #001219; --text-muted: #3d5a60; --bg-raised: #eef6f5; --border: #c5d9d6; --link: #0a5a8f; }');
  });
});
