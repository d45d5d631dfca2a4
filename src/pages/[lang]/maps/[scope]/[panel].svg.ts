/** The other languages' locator-map panels (`/<lang>/maps/…`), labelled in that language. */
import type { GetStaticPaths } from 'astro';
import { editionPaths, mapPaths } from '../../../../data/page-paths.ts';

export const getStaticPaths = (() => editionPaths(true, mapPaths)) satisfies GetStaticPaths;
export { GET } from '../../../maps/[scope]/[panel].svg.ts';
