/** The locator-map panels as SVG files: one map per story (its own places), and one per place (every place, that one highlighted). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapPlaces, mapTopologies } from '../../../data/map-places.ts';
import { getStoryBlocks } from '../../../data/story-blocks.ts';
import { locatorMap } from '../../../lib/visuals/locator-map.ts';
import { mapScope, panelSvg } from '../../../lib/visuals/locator-map-svg.ts';
import { site } from '../../../config/site.ts';

export const getStaticPaths = (async () => {
  const places = await getMapPlaces();
  const draw = (subset: typeof places, highlight?: string) => locatorMap(subset, mapTopologies.overview, { highlight, detailTopology: mapTopologies.detail });
  const maps = [
    ...[...(await getStoryBlocks())].filter(([, blocks]) => blocks.shown.map).map(([story, blocks]) => ({ scope: mapScope({ story }), map: draw(blocks.places) })),
    ...places.map((p) => ({ scope: mapScope({ highlight: p.id }), map: draw(places, p.id) })),
  ];
  return maps.flatMap(({ scope, map }) =>
    map.panels.map((panel) => ({ params: { scope, panel: panel.key }, props: { svg: panelSvg(panel, site.theme) } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
