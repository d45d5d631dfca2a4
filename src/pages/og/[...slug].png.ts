/** Social images, drawn at build time: /og/site.png, /og/stories/<id>.png, /og/glossary/<id>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOgCards } from '../../data/og-cards.ts';
import type { OgCard } from '../../lib/seo/og-image.ts';
import { ogImageKey, prepareOgImages, renderOgPng } from '../../tooling/og-render.ts';
import { site } from '../../config/site.ts';

export const getStaticPaths = (async () => {
  const cards = await getOgCards();
  // In a build, start drawing every uncached image on the worker threads now.
  if (import.meta.env.PROD) prepareOgImages(cards, site.name, site.theme.light);
  // The image's cache key covers its whole layout (text, sizes, the theme's colours, the site name) and the renderer.
  return cards.map((card) => ({ params: { slug: card.slug }, props: { card }, cacheKey: ogImageKey(card, site.name, site.theme.light) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(await renderOgPng(props.card, site.name, site.theme.light), { headers: { 'Content-Type': 'image/png' } });
