/** Social images, drawn at build time: /og/site.png, /og/stories/<id>.png, /og/glossary/<id>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOgCards } from '../../data/og-cards.ts';
import type { OgCard } from '../../lib/seo/og-image.ts';
import { renderOgPng } from '../../tooling/og-render.ts';
import { site } from '../../config/site.ts';

export const getStaticPaths = (async () =>
  (await getOgCards()).map((card) => ({ params: { slug: card.slug }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(await renderOgPng(props.card, site.name, site.theme.light), { headers: { 'Content-Type': 'image/png' } });
