/**
 * The story's claims, timeline, range chart and locator map in real Chromium:
 * no contrast or other axe failures in either colour scheme, and the charts'
 * text stays at least 12 px on a 360 px phone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PLACE, STORY } from './site.ts';

const BLOCKS = ['#claims', '#timeline', '#reported-ranges', '#where-it-happened', '#updates'].map((id) => `section[aria-labelledby="${id.slice(1)}"]`);

for (const colorScheme of ['light', 'dark'] as const) {
  test(`claims, timeline, chart and map pass axe in the ${colorScheme} scheme`, async ({ page }) => {
    // axe's contrast check over a long page takes a while on two cores; the time is not what is tested.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await page.goto(STORY);
    // Open every disclosure so the tables and histories are checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']);
    for (const selector of [...BLOCKS, '.latest-update']) axe = axe.include(selector);
    const { violations } = await axe.analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('chart and map text stays at least 12 px on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(STORY);
  const smallest = await page.evaluate(() =>
    Math.min(
      ...[...document.querySelectorAll('svg.rc text')].map((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return parseFloat(getComputedStyle(t).fontSize) * scale;
      }),
    ),
  );
  expect(smallest).toBeGreaterThanOrEqual(12);
  // Map panels are images whose labels are drawn at 13 px: they must not be shrunk below 12/13 of their size.
  const mapScales = await page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('img.lm')].map((img) => img.getBoundingClientRect().width / Number(img.getAttribute('width'))));
  expect(mapScales.length).toBeGreaterThan(0);
  for (const scale of mapScales) expect(scale * 13).toBeGreaterThanOrEqual(12);
});

test('the glossary page of a place highlights it on the map', async ({ page }) => {
  await page.goto(PLACE.path);
  const sources = await page.locator('section[aria-labelledby="on-the-map"] img.lm').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src')!));
  expect(sources[0]).toBe(`/maps/place-${PLACE.id}/overview.svg`);
  // The highlighted dot is labelled in the panel that shows it close up.
  const svgs = await Promise.all(sources.map(async (src) => (await page.request.get(src)).text()));
  expect(svgs.some((svg) => new RegExp(`<g class="s h">[^]*?${PLACE.name}`).test(svg))).toBe(true);
  // Images actually load (no broken map in the page).
  const loaded = await page.locator('section[aria-labelledby="on-the-map"] img.lm').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).complete));
  expect(loaded.length).toBe(sources.length);
});
