/** The other languages' story preview cards (`/<lang>/stories/<id>/previews.json`). */
import type { GetStaticPaths } from 'astro';
import { editionPaths, storyPreviewPaths } from '../../../../data/page-paths.ts';

export const getStaticPaths = (() => editionPaths(true, storyPreviewPaths)) satisfies GetStaticPaths;
export { GET } from '../../../stories/[story]/previews.json.ts';
