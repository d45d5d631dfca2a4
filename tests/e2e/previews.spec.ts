/**
 * Term previews and cross-links in real Chromium, against the built site
 * (`npm run test:e2e` builds, then `astro preview` serves dist/).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { termIdOf } from '../../src/lib/client/term-link.ts';
import { STORY, WEAPON } from './site.ts';

const CARD = '.term-card';

interface CardRecord {
  id: string;
  name: string;
  kindLabel: string;
  short: string;
}

/** The page's preview records: a story page's from the file its `<term-previews>` names, an entry page's inline. */
async function records(page: Page): Promise<Map<string, CardRecord>> {
  const host = page.locator('term-previews');
  const src = await host.getAttribute('data-src');
  const payload = (src ? await (await page.request.get(new URL(src, page.url()).href)).json() : JSON.parse((await host.locator('script').textContent()) ?? 'null')) as { cards: CardRecord[] };
  return new Map(payload.cards.map((r) => [r.id, r]));
}

/** Presses Tab until a term link has focus; returns it. */
async function tabToTerm(page: Page): Promise<Locator> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('a.term') ?? false)) return page.locator('a.term:focus');
  }
  throw new Error('no term link reached with Tab');
}

test.describe('keyboard', () => {
  test('focus shows the card, the link is described by the short definition, Escape closes it', async ({ page }) => {
    await page.goto(STORY);
    const term = await tabToTerm(page);
    const id = termIdOf((await term.getAttribute('href'))!);
    const record = (await records(page)).get(id)!;
    const card = page.locator(CARD);

    await expect(card).toBeVisible();
    await expect(card).toContainText(record.name);
    await expect(card).toContainText(record.kindLabel);
    await expect(card).toContainText(record.short);
    await expect(card.getByRole('link', { name: /^Open page/ })).toHaveAttribute('href', (await term.getAttribute('href'))!);
    await expect(term).toHaveAccessibleDescription(record.short);

    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(term).toBeFocused();
    // Dismissed means dismissed: it does not come back while focus stays.
    await page.waitForTimeout(500);
    await expect(card).toBeHidden();

    // The next term gets its own card.
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('a.term') ?? false)) await expect(card).toBeVisible();
  });

  test('the card sits next to the link on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(STORY);
    const term = await tabToTerm(page);
    const card = page.locator(CARD);
    await expect(card).toBeVisible();
    const t = (await term.boundingBox())!;
    const c = (await card.boundingBox())!;
    const gapBelow = c.y - (t.y + t.height);
    const gapAbove = t.y - (c.y + c.height);
    expect(gapBelow >= 0 && gapBelow < 24 || gapAbove >= 0 && gapAbove < 24).toBe(true);
  });
});

test.describe('pointer', () => {
  test('hover shows the card after a delay; the pointer can move onto it; leaving both hides it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(STORY);
    const term = page.locator('a.term').first();
    const card = page.locator(CARD);
    await term.hover();
    await expect(card).toBeVisible();
    await expect(card).toContainText((await records(page)).get(termIdOf((await term.getAttribute('href'))!))!.name);

    await card.hover();
    await page.waitForTimeout(800);
    await expect(card).toBeVisible();

    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
  });

  test('Escape dismisses a hover card', async ({ page }) => {
    await page.goto(STORY);
    await page.locator('a.term').first().hover();
    const card = page.locator(CARD);
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });
});

test.describe('touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('first tap shows the card without navigating, a second tap navigates', async ({ page }) => {
    await page.goto(STORY);
    const term = page.locator('main p a.term').nth(3);
    const id = termIdOf((await term.getAttribute('href'))!);
    const card = page.locator(CARD);

    await term.tap();
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute('data-place', /^(top|bottom)$/);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe(STORY);

    // A sheet on a narrow screen, and it does not cover the term.
    const t = (await term.boundingBox())!;
    const c = (await card.boundingBox())!;
    expect(c.width).toBeGreaterThanOrEqual(380);
    expect(t.y + t.height <= c.y || c.y + c.height <= t.y).toBe(true);

    await term.tap();
    await expect(page).toHaveURL(new RegExp(`/glossary/${id}/$`));
  });

  test('the card\'s "Open page" link navigates', async ({ page }) => {
    await page.goto(STORY);
    const term = page.locator('main p a.term').first();
    const id = termIdOf((await term.getAttribute('href'))!);
    await term.tap();
    await page.locator(CARD).getByRole('link', { name: /^Open page/ }).tap();
    await expect(page).toHaveURL(new RegExp(`/glossary/${id}/$`));
  });
});

test('turning previews off persists across a reload, and they can be turned back on', async ({ page }) => {
  await page.goto(STORY);
  const card = page.locator(CARD);
  const term = await tabToTerm(page);
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Turn previews off' }).click();
  await expect(card).toBeHidden();
  await expect(term).not.toHaveAttribute('aria-describedby');

  await page.reload();
  const again = await tabToTerm(page);
  await page.waitForTimeout(400);
  await expect(card).toBeHidden();
  await again.hover();
  await page.waitForTimeout(700);
  await expect(card).toBeHidden();
  await expect(again).not.toHaveAttribute('aria-describedby');

  const toggle = page.getByRole('button', { name: 'Turn term previews on' });
  await expect(toggle).toBeVisible();
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Turn term previews off' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Term previews are on.');
  await page.reload();
  await tabToTerm(page);
  await expect(card).toBeVisible();
});

test.describe('cards from their own file', () => {
  test('the story page carries no cards; it fetches its file once, on the first hover, and every card works from it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/previews.json')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(STORY);
    const src = await page.locator('term-previews').getAttribute('data-src');
    expect(src).toBe(`${STORY}previews.json`);
    await expect(page.locator('term-previews script')).toHaveCount(0);
    // Nor the card's styles: they are linked with the module and the cards.
    expect(await (await page.request.get(STORY)).text()).not.toContain('term-card');
    const terms = page.locator('main p a.term');
    await terms.first().hover();
    await expect(page.locator(CARD)).toBeVisible();
    expect(await page.locator(CARD).evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    await expect(page.locator('link[rel="stylesheet"][href*="term-card"]')).toHaveCount(1);
    await page.mouse.move(5, 5);
    await expect(page.locator(CARD)).toBeHidden();
    await terms.nth(1).hover();
    await expect(page.locator(CARD)).toBeVisible();
    expect(fetched).toEqual([src]);
  });

  test.describe('when the file cannot be loaded', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

    test('links stay plain links: a tap navigates, focus shows nothing, the page has no errors', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.route('**/previews.json', (route) => route.abort());
      await page.goto(STORY);
      const term = page.locator('main p a.term').first();
      const id = termIdOf((await term.getAttribute('href'))!);
      await term.focus();
      await page.waitForTimeout(500);
      await expect(page.locator(CARD)).toHaveCount(0);
      await expect(page.locator('.term-previews-toggle')).toBeHidden();
      await expect(term).not.toHaveAttribute('aria-describedby');
      await term.tap();
      await expect(page).toHaveURL(new RegExp(`/glossary/${id}/$`));
      expect(errors).toEqual([]);
    });
  });
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a mention is a plain link to its glossary page; no preview controls show', async ({ page }) => {
    await page.goto(STORY);
    await expect(page.locator('.term-previews-toggle')).toBeHidden();
    const term = page.locator('a.term').first();
    const id = termIdOf((await term.getAttribute('href'))!);
    await term.click();
    await expect(page).toHaveURL(new RegExp(`/glossary/${id}/$`));
    await expect(page.locator('h1')).toBeVisible();
  });
});

test('a glossary page previews only the entries its own body links', async ({ page }) => {
  await page.goto(WEAPON.path);
  const linked = await page.locator('a.term').evaluateAll((as) => [...new Set(as.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname.split('/').filter(Boolean).pop()!)))].sort());
  expect([...(await records(page)).keys()]).toEqual(linked);
  const term = await tabToTerm(page);
  await expect(page.locator(CARD)).toBeVisible();
  await expect(term).toHaveAccessibleDescription((await records(page)).get(termIdOf((await term.getAttribute('href'))!))!.short);
});

test('backlinks on a glossary page land on the paragraph they name', async ({ page }) => {
  await page.goto(WEAPON.path);
  const backlinks = page.locator('#mentioned-in ~ ul a[href*="#"], .mentions li > a[href*="#"]');
  const hrefs = [...new Set(await backlinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))];
  expect(hrefs.length).toBeGreaterThan(0);

  await backlinks.first().click();
  const anchor = new URL(page.url()).hash.slice(1);
  expect(anchor).not.toBe('');
  const target = page.locator(`[id="${anchor}"]`);
  await expect(target).toHaveCount(1);
  await expect(target).toBeInViewport();
  await expect(target).toContainText(/\S/);
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);

  // Every backlink on the page, one visit per target page.
  const byPage = new Map<string, string[]>();
  for (const href of hrefs) {
    const [path, id] = href.split('#');
    byPage.set(path, [...(byPage.get(path) ?? []), decodeURIComponent(id)]);
  }
  for (const [path, ids] of byPage) {
    await page.goto(path);
    for (const id of ids) await expect(page.locator(`[id="${id}"]`), `${path}#${id}`).toHaveCount(1);
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the card appears without animation', async ({ page }) => {
    await page.goto(STORY);
    await tabToTerm(page);
    await expect(page.locator(CARD)).toBeVisible();
    expect(await page.locator(CARD).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });
});

test('without a reduced-motion preference the card fades in', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(STORY);
  await tabToTerm(page);
  expect(await page.locator(CARD).evaluate((el) => getComputedStyle(el).animationName)).toBe('term-card-in');
});

test('Escape with focus inside the card returns focus to the term', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(STORY);
  const term = page.locator('a.term').first();
  await term.hover();
  const card = page.locator(CARD);
  await expect(card).toBeVisible();
  await card.getByRole('link', { name: /^Open page/ }).focus();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(term).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme });

    test('the story page with a card open has no violations', async ({ page }) => {
      await page.goto(STORY);
      await tabToTerm(page);
      await expect(page.locator(CARD)).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('the story page with a sheet open on a phone has no violations', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(STORY);
      await tabToTerm(page);
      await expect(page.locator(CARD)).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('a glossary page has no violations', async ({ page }) => {
      await page.goto(WEAPON.path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
