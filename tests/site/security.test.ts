/** Content-Security-Policy, external links and the host headers file, as built. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_SITES, fixture, site } from './dist.ts';
import { headersFor, readHeadersFile } from './headers-file.ts';

const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A policy's directives by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

describe.each(ALL_SITES)('%s site', (name) => {
  const built = site(name);
  const DIST = built.dist;
  const pages = built.pages();
  const page = built.page;

  describe('Content-Security-Policy meta tag', () => {
    it('is on every page, first among the scripts, and never allows inline script wholesale', () => {
      for (const path of pages) {
        const html = page(path);
        const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
        expect(metas, path).toHaveLength(1);
        const csp = directives(metas[0]![1]!);
        const scripts = csp.get('script-src') ?? [];
        expect(scripts, path).toContain("'self'");
        expect(scripts, path).not.toContain("'unsafe-inline'");
        expect(scripts, path).not.toContain("'unsafe-eval'");
        expect(csp.get('style-src') ?? [], path).not.toContain("'unsafe-inline'");
        // A meta policy governs only what follows it: no script may run before it.
        const firstScript = html.search(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/);
        if (firstScript >= 0) expect(metas[0]!.index!, path).toBeLessThan(firstScript);
      }
    });

    it('lists the hash of every inline script and style that must run, so each one runs', () => {
      let checked = 0;
      for (const path of pages) {
        const root = built.html(path);
        const csp = directives(root.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!);
        for (const script of root.querySelectorAll('script:not([src])')) {
          const type = (script.getAttribute('type') ?? '').toLowerCase();
          // Data blocks (JSON-LD, preview data) are never executed, so CSP does not apply to them.
          if (!EXECUTABLE.has(type)) continue;
          expect(csp.get('script-src'), `${path}: inline script ${script.rawText.slice(0, 40)}`).toContain(hash(script.rawText));
          checked += 1;
        }
        for (const style of root.querySelectorAll('style')) {
          expect(csp.get('style-src'), `${path}: inline style`).toContain(hash(style.rawText));
        }
        // Style attributes would need 'unsafe-inline' (or 'unsafe-hashes'), which the policy does not give.
        expect(root.querySelectorAll('[style]').map((e) => e.tagName), path).toEqual([]);
      }
      // Astro inlines small scripts (theme, previews): the check above must have had some to check.
      expect(checked).toBeGreaterThan(0);
    });

    it('keeps structured data and preview data as non-executable data blocks', () => {
      for (const path of pages) {
        for (const script of built.html(path).querySelectorAll('script[type*="json"]')) {
          expect(['application/ld+json', 'application/json'], path).toContain(script.getAttribute('type'));
          expect(() => JSON.parse(script.rawText), path).not.toThrow();
        }
      }
    });
  });

  describe('external links', () => {
    const { sources } = fixture(name);
    const sourceUrls = new Set(sources.map((s) => s.url));

    it('gives every link that leaves the site rel="noopener noreferrer external"', () => {
      let sourceLinks = 0;
      for (const path of pages) {
        for (const a of built.html(path).querySelectorAll('a[href^="http"]')) {
          const href = a.getAttribute('href')!;
          const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
          expect(rel, `${path} -> ${href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer', 'external']));
          if (sourceUrls.has(href)) sourceLinks += 1;
        }
      }
      // Every source is linked at least from the sources page, most also from the pages that cite them.
      expect(sourceLinks).toBeGreaterThanOrEqual(sources.length);
    });

    it('marks external links visibly, with a spoken hint, on screen', () => {
      const css = readdirSync(join(DIST, '_astro'))
        .filter((f) => f.endsWith('.css'))
        .map((f) => readFileSync(join(DIST, '_astro', f), 'utf8'))
        .join('\n');
      expect(css).toMatch(/a\[rel~=['"]?external['"]?\]:{1,2}after\{content:"↗";content:"↗"\s*\/\s*", external site"/);
    });
  });

  describe('_headers for static hosts', () => {
    const rules = readHeadersFile();

    it('is published with the site', () => {
      expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
    });

    it('sends the security headers with every page', () => {
      const headers = headersFor(rules, built.storyPages()[0] ?? '/glossary/');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      const permissions = headers.get('permissions-policy') ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions).toContain(`${feature}=()`);
    });

    it('adds to the meta policy without blocking what it allows', () => {
      const csp = directives(headersFor(rules, '/').get('content-security-policy') ?? '');
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      // Both policies apply; these would override the meta tag's per-page hashes, so the header must not set them.
      for (const name of ['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem']) expect(csp.has(name), name).toBe(false);
    });

    it('caches Astro\'s hashed bundles for a year', () => {
      expect(headersFor(rules, '/_astro/Base.abc123.css').get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(headersFor(rules, '/glossary/').has('cache-control')).toBe(false);
      expect(existsSync(join(DIST, '_astro'))).toBe(true);
    });
  });
});
