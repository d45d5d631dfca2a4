/** Each story's term-preview cards as JSON (src/data/story-pages.ts); other languages' under /<lang>/stories/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionPaths, storyPreviewPaths } from '../../../data/page-paths.ts';

export const getStaticPaths = (() => editionPaths(false, storyPreviewPaths)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
