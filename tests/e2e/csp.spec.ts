/**
 * The Content-Security-Policy meta tag Astro writes holds in a real browser:
 * no page reports a violation, and the page's scripts still run (the term
 * previews open, so the hashed module script was allowed).
 */
import { expect, test, type Page } from '@playwright/test';
import { headersFor, readHeadersFile } from '../site/headers-file.ts';
import { PLACE, STORY, WEAPON } from './site.ts';

const PAGES = ['/', STORY, '/glossary/', WEAPON.path, PLACE.path, '/sources/', '/search/'];

/** Records every CSP violation event and console report from the page's first byte on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const reports: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) reports.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
  return async () => [...reports, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

for (const path of PAGES) {
  test(`no CSP violations on ${path}`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    await page.waitForLoadState('load');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(await violations()).toEqual([]);
  });
}

test('scripts allowed by the policy still run: a term preview opens on the story page', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(STORY);
  const term = page.locator('a.term').first();
  await term.focus();
  await expect(page.locator('.term-card')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('structured data parses in the browser', async ({ page }) => {
  await page.goto(STORY);
  const types = await page.evaluate(() =>
    [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap(
      (s) => (JSON.parse(s.textContent ?? '{}') as { '@graph': Array<{ '@type': string }> })['@graph'].map((n) => n['@type']),
    ),
  );
  expect(types).toEqual(expect.arrayContaining(['BreadcrumbList', 'NewsArticle']));
});

test('the headers in public/_headers, as a host would send them, block nothing the pages need', async ({ page }) => {
  const rules = readHeadersFile();
  // Every request goes to the site itself (tests/site/budgets.test.ts checks there are no others).
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const extra = Object.fromEntries(headersFor(rules, new URL(route.request().url()).pathname));
    await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
  });
  const violations = await watchViolations(page);
  const response = await page.goto(STORY);
  expect(await response!.headerValue('content-security-policy')).toContain("frame-ancestors 'none'");
  await page.locator('a.term').first().focus();
  await expect(page.locator('.term-card')).toBeVisible();
  expect(await violations()).toEqual([]);
});
