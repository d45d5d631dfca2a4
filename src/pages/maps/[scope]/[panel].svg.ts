/** The locator-map panels as SVG files (src/data/page-paths.ts); other languages' under /<lang>/maps/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionPaths, mapPaths } from '../../../data/page-paths.ts';

export const getStaticPaths = (() => editionPaths(false, mapPaths)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
