import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { cardLayout } from '../../src/lib/seo/og-card-layout.ts';
import type { OgCard } from '../../src/lib/seo/og-image.ts';
import { drawCard, drawCardWithSatori, drawWholeCard, loadFonts, satoriBox, type DrawPhase } from '../../src/tooling/og-draw.ts';
import { sampleCards } from '../bench/og-sample-cards.ts';

const SITE = 'The Lindgrad Explainer';
const PALETTE = { accent: '#005f73', surface: '#fffdf5', text: '#001219', muted: '#3d5a60' };

/** Decodes a PNG with an independent decoder: resvg drawing it as an <image> at its own size. */
function pixels(png: Buffer): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image width="1200" height="630" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

function colourType(png: Buffer): number {
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return png[25]!;
}

async function expectSameAsWhole(card: OgCard, palette?: typeof PALETTE, draw = drawCardWithSatori) {
  const input = { card, siteName: SITE, palette };
  const [band, whole] = await Promise.all([draw(input), drawWholeCard(input)]);
  expect(colourType(band), card.title).toBe(3);
  expect(pixels(band).equals(pixels(whole)), `${card.title}: the card drawn from its frame and text band differs from the whole card`).toBe(true);
  return band;
}

describe('drawCardWithSatori', () => {
  it('draws every kind of card, in English and Ukrainian, pixel for pixel as the whole card', async () => {
    // 40 cards: each kicker in both languages, titles from one word to clamped, three description lengths.
    for (const card of sampleCards(40)) await expectSameAsWhole(card);
  }, 60_000);

  it('keeps the colours of the palette it is given', async () => {
    const card = sampleCards(8)[5]!;
    const png = await expectSameAsWhole(card, PALETTE);
    const px = pixels(png);
    expect([...px.subarray(0, 3)]).toEqual([0x00, 0x5f, 0x73]); // the accent bar
    const right = (10 * 1200 + 1190) * 4;
    expect([...px.subarray(right, right + 3)]).toEqual([0xff, 0xfd, 0xf5]); // the background
  });

});

describe('drawCard', () => {
  it('draws a card whose text would reach the footer whole, as before', async () => {
    // Short enough for the largest size, but no line holds two of these words: three lines of 76 px.
    const description = 'Timeline, claims and background for a story that is still developing: who said what, what the documents show, what is still unconfirmed, and which figures were corrected after the first reports came in from the river ports.';
    const card: OgCard = { slug: 'x', kicker: 'Weapon', title: 'WWWWWWWWWWW WWWWWWWWWWW WWWWWWWWWWW', description };
    const svg = await satori(cardLayout(card, SITE, undefined, { paint: 'text', kickerHeight: 38 }) as never, { width: 1200, height: 630, fonts: await loadFonts() });
    const text = satoriBox(svg, '1-2')!;
    expect(text.y + text.height, 'the fixture must overflow the band').toBeGreaterThan(521);
    await expectSameAsWhole(card, undefined, drawCard);
  });

  it('draws glyphs no font has as the whole card does (with satori: the glyph cache covers only the fonts’ own)', async () => {
    await expectSameAsWhole({ slug: 'x', kicker: 'Term', title: 'Ψ 漢字 ∰ Ʃ', description: 'ÆØÅ ẞ Ґґ Її — “quoted” ½' }, undefined, drawCard);
  });

  it('keeps the colours of the palette it is given', async () => {
    const card = sampleCards(8)[5]!;
    const png = await drawCard({ card, siteName: SITE, palette: PALETTE });
    const px = pixels(png);
    expect([...px.subarray(0, 3)]).toEqual([0x00, 0x5f, 0x73]);
    const right = (10 * 1200 + 1190) * 4;
    expect([...px.subarray(right, right + 3)]).toEqual([0xff, 0xfd, 0xf5]);
    // The title's ink at full coverage is the palette's text colour.
    const colours = new Set<number>();
    for (let i = 0; i < px.length; i += 4) colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
    expect(colours.has(0x001219)).toBe(true);
    expect(colours.has(0x3d5a60)).toBe(true);
  });

  it('gives the same bytes for the same card, and reports its three steps in order', async () => {
    const card = sampleCards(3)[2]!;
    const phases: DrawPhase[] = [];
    const first = await drawCard({ card, siteName: SITE }, (phase) => phases.push(phase));
    expect(phases).toEqual(['layout', 'raster', 'encode']);
    expect((await drawCard({ card, siteName: SITE })).equals(first)).toBe(true);
  });
});
