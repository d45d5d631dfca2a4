/** Social images, drawn at build time: /og/site.png, /og/stories/<id>.png, /og/glossary/<id>.png (other languages: /<lang>/og/…). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { OgCard } from '../../lib/seo/og-image.ts';
import { renderOgPng } from '../../tooling/og-render.ts';
import { site } from '../../config/site.ts';
import { editionPaths, ogPaths } from '../../data/page-paths.ts';

export const getStaticPaths = (() => editionPaths(false, ogPaths)) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(await renderOgPng(props.card, site.name, site.theme.light), { headers: { 'Content-Type': 'image/png' } });
