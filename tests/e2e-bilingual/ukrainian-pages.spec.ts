/**
 * The Ukrainian edition's pages in Chromium, light and dark: axe finds no
 * WCAG A/AA violation (the fallback notice, the switcher and the English
 * text marked lang="en" included), and the search box on a Ukrainian page
 * finds Ukrainian pages only, from the Ukrainian index.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = ['/uk/', '/uk/stories/lindgrad-flood/', '/uk/glossary/', '/uk/glossary/lindgrad/', '/uk/glossary/river-council/', '/uk/search/', '/uk/sources/', '/uk/404.html'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of PAGES) {
      test(`${path} is accessible`, async ({ page }) => {
        await page.goto(path, { waitUntil: 'load' });
        await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
        const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
        const { violations } = await (scheme === 'dark' ? axe.withRules(['color-contrast', 'link-in-text-block']) : axe).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('the search box on a Ukrainian page searches the Ukrainian index', async ({ page }) => {
  await page.goto('/uk/search/', { waitUntil: 'load' });
  const box = page.getByRole('searchbox').first();
  await box.fill('Ліндград');
  const results = page.locator('.site-search a[href]').filter({ hasText: 'Ліндград' });
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  const hrefs = await page.locator('.site-search [role="listbox"] a[href], .site-search ol a[href], .site-search ul a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !href!.startsWith('/uk/'))).toEqual([]);
  // The session's words come from the Ukrainian file, so the count is announced in Ukrainian.
  await expect(page.locator('.site-search [role="status"]').first()).toHaveText(/відповіда/);
});
