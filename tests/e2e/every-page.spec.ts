/**
 * Every page in the sitemap, in real Chromium, in both colour schemes:
 * axe finds no WCAG A/AA violation, the console stays clean and every
 * request the page makes succeeds (and stays on this origin).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { content, DIST } from './site.ts';

const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

test('the sitemap lists the site', () => {
  expect(paths).toContain('/');
  for (const path of ['/glossary/', '/sources/', '/search/']) expect(paths).toContain(path);
  for (const s of content.stories) expect(paths).toContain(`/stories/${s.id}/`);
  for (const g of content.glossary) expect(paths).toContain(`/glossary/${g.id}/`);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of paths) {
      test(`${path} is accessible, error-free and self-contained`, async ({ page, baseURL }) => {
        const problems: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
        page.on('response', (r) => {
          if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
        });
        page.on('request', (r) => {
          if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) problems.push(`request to another origin: ${r.url()}`);
        });
        await page.goto(path, { waitUntil: 'load' });
        // Lazy images below the fold still have to load: scroll them in.
        await page.evaluate(() => document.querySelectorAll('img[loading="lazy"]').forEach((img) => img.setAttribute('loading', 'eager')));
        await page.waitForFunction(() => [...document.images].every((img) => img.complete));
        // Only colour depends on the scheme: the dark pass checks contrast, the light pass everything.
        const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
        const { violations } = await (scheme === 'dark' ? axe.withRules(['color-contrast', 'link-in-text-block']) : axe).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  });
}
