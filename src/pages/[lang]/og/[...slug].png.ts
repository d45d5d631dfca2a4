/** The other languages' social images (`/<lang>/og/…`), with their translated text. */
import type { GetStaticPaths } from 'astro';
import { editionPaths, ogPaths } from '../../../data/page-paths.ts';

export const getStaticPaths = (() => editionPaths(true, ogPaths)) satisfies GetStaticPaths;
export { GET } from '../../og/[...slug].png.ts';
