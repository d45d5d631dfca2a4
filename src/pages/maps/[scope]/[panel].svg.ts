/** The locator-map panels as SVG files: the map of every place, and one per place with it highlighted. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapPlaces, mapTopologies } from '../../../data/map-places.ts';
import { locatorMap } from '../../../lib/visuals/locator-map.ts';
import { mapScope, panelSvg } from '../../../lib/visuals/locator-map-svg.ts';

export const getStaticPaths = (async () => {
  const places = await getMapPlaces();
  const maps = [undefined, ...places.map((p) => p.id)].map((highlight) => ({
    scope: mapScope(highlight),
    map: locatorMap(places, mapTopologies.overview, { highlight, detailTopology: mapTopologies.detail }),
  }));
  return maps.flatMap(({ scope, map }) =>
    map.panels.map((panel) => ({ params: { scope, panel: panel.key }, props: { svg: panelSvg(panel) } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
