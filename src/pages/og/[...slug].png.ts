/** Social images, drawn at build time: /og/site.png, /og/stories/<id>.png, /og/glossary/<id>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOgCards } from '../../data/og-cards.ts';
import type { OgCard } from '../../lib/seo/og-image.ts';
import { ogImageKey, prepareOgImages, renderOgPng } from '../../tooling/og-render.ts';
import { SITE_NAME } from '../../config/site.ts';

export const getStaticPaths = (async () => {
  const cards = await getOgCards();
  // In a build, start drawing every uncached image on the worker threads now.
  if (import.meta.env.PROD) prepareOgImages(cards, SITE_NAME);
  // The image's cache key covers its whole layout (text, sizes, colours) and the renderer.
  return cards.map((card) => ({ params: { slug: card.slug }, props: { card }, cacheKey: ogImageKey(card, SITE_NAME) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(await renderOgPng(props.card, SITE_NAME), { headers: { 'Content-Type': 'image/png' } });
