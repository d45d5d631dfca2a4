/**
 * Search, the theme switch and their fallbacks in real Chromium, against the
 * built site with its Pagefind index and its CSP (`npm run test:e2e`).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LAW, PERSON, STORY, WEAPON } from './site.ts';

const ALIAS = WEAPON.aliases[0]!;
/** A word of the law's name that is not its first word. */
const WORD = LAW.name.split(/\s+/).at(-1)!;
/** A phrase of the story's sections, to find them as results of their own. */
const SECTION_PHRASE = 'cut the ribbon';
const HEADER_BOX = 'header.site-header site-search';
/** The first query loads Pagefind, its WASM and index chunks: give it longer than the default five seconds. */
const FIRST = { timeout: 20_000 };

/** Collects CSP violations and script errors, which must never happen. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function headerSearch(page: Page, query: string) {
  const input = page.locator(`${HEADER_BOX} input[type="search"]`);
  await input.click();
  await input.fill(query);
  return page.locator(`${HEADER_BOX} .search-list`);
}

test.describe('header search', () => {
  for (const { query, href, why } of [
    { query: WEAPON.name, href: WEAPON.path, why: 'the entry by its name' },
    { query: WORD, href: LAW.path, why: `the ${LAW.name} by a word of its name` },
    { query: ALIAS, href: WEAPON.path, why: `the ${WEAPON.name} by its alias` },
  ]) {
    test(`"${query}" finds ${why}`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(STORY);
      const results = await headerSearch(page, query);
      const first = results.locator('.search-result').first();
      await expect(first.locator('a.search-title')).toHaveAttribute('href', href, FIRST);
      await expect(first.locator('.search-kind')).not.toBeEmpty();
      await expect(page.locator(`${HEADER_BOX} [role="status"]`)).toHaveText(/\d+ pages? match/);
      expect(errors).toEqual([]);
    });
  }

  test('shows the kind of each result and highlights the match, with nothing but <mark> in the excerpt', async ({ page }) => {
    await page.goto('/');
    const results = await headerSearch(page, WEAPON.name);
    const first = results.locator('.search-result').first();
    await expect(first.locator('.search-kind')).toHaveText(WEAPON.kindLabel(), FIRST);
    await expect(first.locator('.search-excerpt mark').first()).toBeVisible();
    const tags = await results.locator('.search-excerpt *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
    expect(tags).toEqual(['MARK']);
  });

  test('lists matching story sections as their own results', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(SECTION_PHRASE)}`);
    const section = page.locator('main .search-result', { has: page.locator('.search-kind', { hasText: 'Story section' }) }).first();
    await expect(section.locator('a')).toHaveAttribute('href', new RegExp(`^${STORY}#`), FIRST);
  });

  test('Enter opens the search page with the query', async ({ page }) => {
    await page.goto('/glossary/');
    const input = page.locator(`${HEADER_BOX} input`);
    const surname = PERSON.name.split(/\s+/).at(-1)!;
    await input.fill(surname);
    await input.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/search/\\?q=${surname}$`));
    await expect(page.locator('main input[type="search"]')).toHaveValue(surname);
    await expect(page.locator(`main .search-result a[href="${PERSON.path}"]`)).toBeVisible(FIRST);
  });

  test('its words load with the search code, once, from the language\'s file; the page carries only the box\'s own', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/messages.json')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(STORY);
    const box = page.locator(HEADER_BOX);
    await expect(box).toHaveAttribute('data-messages-src', '/search/messages.json');
    await expect(box).not.toHaveAttribute('data-messages');
    expect(fetched).toEqual([]);
    await headerSearch(page, WEAPON.name);
    await expect(page.locator(`${HEADER_BOX} [role="status"]`)).toHaveText(/\d+ pages? match/, FIRST);
    await expect(page.locator(`${HEADER_BOX} .search-list`)).toHaveAttribute('aria-label', 'Search results');
    expect(fetched).toEqual(['/search/messages.json']);
  });

  test('if its words cannot load, the box says search could not load, and nothing breaks', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/search/messages.json', (route) => route.abort());
    await page.goto(STORY);
    await headerSearch(page, WEAPON.name);
    await expect(page.locator(`${HEADER_BOX} [role="status"]`)).toHaveText(/could not load/);
    expect(errors).toEqual([]);
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/');
    await headerSearch(page, 'qwxyzzy');
    await expect(page.locator(`${HEADER_BOX} [role="status"]`)).toHaveText(/No results/, FIRST);
  });
});

test.describe('keyboard only', () => {
  test('Tab reaches the skip link first, then the search box before the content; arrows and Escape work', async ({ page }) => {
    await page.goto(STORY);
    await page.keyboard.press('Tab');
    await expect(page.locator('a.skip-link')).toBeFocused();

    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main')), 'focus entered the content before the search box').toBe(false);
      reached = await page.evaluate(() => document.activeElement?.matches('header site-search input') ?? false);
    }
    expect(reached, 'the search box is reachable with Tab').toBe(true);

    const input = page.locator(`${HEADER_BOX} input`);
    await page.keyboard.type(WEAPON.name);
    await expect(page.locator(`${HEADER_BOX} .search-result`).first()).toBeVisible(FIRST);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`${HEADER_BOX} .search-result a`).first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(input).toHaveValue('');
    await expect(input).toBeFocused();
    await expect(page.locator(`${HEADER_BOX} .search-list`)).toBeHidden();

    // Enter on a result follows it.
    await page.keyboard.type(ALIAS);
    await expect(page.locator(`${HEADER_BOX} .search-result`).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${WEAPON.path}$`));
  });

  test('results close when focus leaves the search box', async ({ page }) => {
    await page.goto('/');
    await headerSearch(page, PERSON.name);
    await expect(page.locator(`${HEADER_BOX} .search-list`)).toBeVisible(FIRST);
    await page.locator('main a').first().focus();
    await expect(page.locator(`${HEADER_BOX} .search-list`)).toBeHidden();
  });
});

test.describe('theme', () => {
  test('the choice persists across reloads, and applies before any module runs', async ({ page }) => {
    await page.goto('/');
    const root = page.locator('html');
    await expect(root).not.toHaveAttribute('data-theme');
    await expect(page.getByRole('button', { name: 'Auto' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'Dark' }).click();
    await expect(root).toHaveAttribute('data-theme', 'dark');
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await page.reload();
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);

    // With every bundled module blocked, only the <head> script can have set the theme: no flash of light.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.reload();
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await page.unroute('**/_astro/*.js');

    await page.reload();
    await page.getByRole('button', { name: 'Auto' }).click();
    await expect(root).not.toHaveAttribute('data-theme');
    await page.reload();
    await expect(root).not.toHaveAttribute('data-theme');
  });

  test('the reader’s choice overrides the system scheme both ways', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const systemDark = await bg();
    await page.getByRole('button', { name: 'Light' }).click();
    const light = await bg();
    expect(light).not.toBe(systemDark);
    await page.getByRole('button', { name: 'Dark' }).click();
    expect(await bg()).toBe(systemDark);
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`search results pass axe in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/search/?q=${encodeURIComponent(WORD)}`);
      await expect(page.locator('main .search-result').first()).toBeVisible(FIRST);
      const results = await new AxeBuilder({ page }).include('main').include('header').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`the header dropdown passes axe in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(STORY);
      await headerSearch(page, WEAPON.name);
      await expect(page.locator(`${HEADER_BOX} .search-result`).first()).toBeVisible(FIRST);
      const results = await new AxeBuilder({ page }).include('header').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('404', () => {
  test('has a search box that finds entries', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    const input = page.locator('main site-search input[type="search"]');
    await input.fill(WEAPON.name);
    await expect(page.locator(`main .search-result a[href="${WEAPON.path}"]`).first()).toBeVisible(FIRST);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header offers the glossary link instead of a search box', async ({ page }) => {
    await page.goto(STORY);
    const link = page.locator(`${HEADER_BOX} a`);
    await expect(link).toHaveText('Glossary A–Z');
    await expect(link).toHaveAttribute('href', '/glossary/');
    await expect(page.locator(`${HEADER_BOX} input`)).toHaveCount(0);
    await expect(page.locator('theme-toggle')).toBeHidden();
  });

  test('the search page explains and links to the glossary', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('main')).toContainText('Search needs JavaScript');
    await page.locator('main').getByRole('link', { name: 'glossary A–Z' }).click();
    await expect(page).toHaveURL(/\/glossary\/$/);
  });
});
