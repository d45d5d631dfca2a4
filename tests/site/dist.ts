/**
 * Helpers for tests that read a built fixture site (tests/build-site.ts
 * builds each one into tests/.out/<name>/ before the tests run).
 *
 * `site('tiny')` gives the built pages of that site; `fixture('tiny')`
 * (re-exported from the fixtures) gives the content it was built from, so a
 * test computes its expectations from the same files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { fixture, siteOutDir, SITES, type SiteName } from '../fixtures/sites/sites.ts';
import { dictionaries } from '../../src/i18n/dictionaries.ts';
import { createTranslator, type Translate } from '../../src/i18n/translate.ts';

export { fixture, sectionSourceIds, SITES, type SiteName } from '../fixtures/sites/sites.ts';

export interface BuiltSite {
  name: string;
  /** The built site's folder. */
  dist: string;
  /** Every HTML page, as site paths ("/glossary/millbrook/", "/404.html"), sorted. */
  pages(): string[];
  /** The story pages ("/stories/<id>/"), found in the build. */
  storyPages(): string[];
  /** The glossary entry pages ("/glossary/<id>/"), found in the build. */
  entryPages(): string[];
  /** The HTML of a built page, by site path. */
  page(path: string): string;
  /** A built page, parsed (cached). */
  html(path: string): HTMLElement;
  /** Whether a site path (a page or a file) was built. */
  has(path: string): boolean;
  /** A built file's text, by site path ("/rss.xml"). */
  file(path: string): string;
}

const built = new Map<string, BuiltSite>();

/** The built fixture site `name`; SITE_DIST points `tiny` at another build (e.g. `astro build --outDir /tmp/x`). */
export function site(name: SiteName | string): BuiltSite {
  const known = built.get(name);
  if (known) return known;
  const dist = name === 'tiny' && process.env.SITE_DIST ? resolve(process.env.SITE_DIST) : siteOutDir(name);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`the fixture site "${name}" is not built in ${dist}: run the tests through vitest (tests/build-site.ts builds it)`);
  const parsed = new Map<string, HTMLElement>();
  let pages: string[] | undefined;
  const fileOf = (path: string) => (path.endsWith('.html') ? path : `${path.replace(/\/?$/, '/')}index.html`);
  const result: BuiltSite = {
    name,
    dist,
    pages() {
      if (!pages) {
        const found: string[] = [];
        const walk = (dir: string) => {
          for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) walk(path);
            else if (entry.name.endsWith('.html')) found.push(`/${relative(dist, path).replace(/index\.html$/, '').replace(/\\/g, '/')}`);
          }
        };
        walk(dist);
        pages = found.sort();
      }
      return pages;
    },
    storyPages: () => result.pages().filter((p) => /^\/stories\/[^/]+\/$/.test(p)),
    entryPages: () => result.pages().filter((p) => /^\/glossary\/[^/]+\/$/.test(p)),
    page: (path) => readFileSync(join(dist, fileOf(path)), 'utf8'),
    html(path) {
      let root = parsed.get(path);
      if (!root) {
        root = parse(result.page(path));
        parsed.set(path, root);
      }
      return root;
    },
    has: (path) => existsSync(join(dist, path.endsWith('/') ? `${path}index.html` : path)),
    file: (path) => readFileSync(join(dist, path), 'utf8'),
  };
  built.set(name, result);
  return result;
}

/** The interface text of a fixture site: its language's dictionary in its locale (the fixtures override no message). */
export function translator(name: SiteName | string): Translate {
  const { config } = fixture(name);
  return createTranslator({ locale: String(config.locale ?? 'en-GB'), messages: dictionaries[String(config.language ?? 'en')] });
}

/** Every fixture site that was built, for tests that hold on any site. */
export const ALL_SITES: readonly SiteName[] = SITES;

// The tiny site is the default for tests written before there were several sites.
/** The tiny site's build folder. */
export const DIST = process.env.SITE_DIST ? resolve(process.env.SITE_DIST) : siteOutDir('tiny');
/** Every HTML page of the tiny site. */
export const builtPages = () => site('tiny').pages();
/** The HTML of a page of the tiny site. */
export const page = (path: string) => site('tiny').page(path);
