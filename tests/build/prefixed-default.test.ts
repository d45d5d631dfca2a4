/**
 * A two-language site with every edition under its prefix (site.yaml
 * `prefixDefaultLanguage: true`: /en/… and /uk/…), built from a copy of the
 * bilingual fixture: each edition has its own not-found page, the root one
 * stays for addresses outside both, and the sitemap lists only the editions'
 * pages (never the root pages that redirect into /en/), with x-default
 * pointing at the default edition's address as the page heads do.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject } from './temp-project.ts';

const ORIGIN = 'https://bilingual.example.org';
const content = mkdtempSync(join(tmpdir(), 'explainer-prefixed-'));
cpSync(join(import.meta.dirname, '../fixtures/sites/bilingual'), content, { recursive: true });
const siteYaml = join(content, 'site.yaml');
writeFileSync(siteYaml, readFileSync(siteYaml, 'utf8').replace(/^language: en$/m, 'language: en\nprefixDefaultLanguage: true'));
const project = tempProject(content);
afterAll(() => {
  project.remove();
  rmSync(content, { recursive: true, force: true });
});

beforeAll(() => {
  const result = project.build({ timeout: 300_000 });
  expect(result.status, result.output.slice(-3000)).toBe(0);
}, 320_000);

const read = (path: string) => readFileSync(join(project.dir, 'dist', path), 'utf8');

describe('every edition under its prefix', () => {
  it('writes a not-found page per edition and one at the root', () => {
    expect(parse(read('en/404.html')).querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(parse(read('uk/404.html')).querySelector('html')?.getAttribute('lang')).toBe('uk');
    const root = parse(read('404.html'));
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(root.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toEqual(['/en/', '/en/glossary/', '/en/sources/', '/uk/']);
  });

  it("lists only the editions' pages in the sitemap, each with both editions and x-default", () => {
    const urls = parse(read('sitemap-0.xml')).querySelectorAll('url');
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      const loc = url.querySelector('loc')!.text;
      const path = new URL(loc).pathname;
      expect(path, loc).toMatch(/^\/(en|uk)\//);
      expect(path, loc).not.toMatch(/404/);
      const same = path.replace(/^\/(en|uk)\//, '/');
      const links = url.querySelectorAll('xhtml\\:link').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
      expect(links, loc).toEqual([
        ['en', `${ORIGIN}/en${same}`],
        ['uk', `${ORIGIN}/uk${same}`],
        ['x-default', `${ORIGIN}/en${same}`],
      ]);
    }
  });
});
