/**
 * Every entry whose kind provides map coordinates (the `coordinates`
 * capability of a kind module in src/kinds/), and the Natural Earth outlines the
 * locator map draws them on (from the `world-atlas` package; no network).
 * The 1:110m outlines keep the overview light; the 1:50m ones give the
 * close-up panels a recognisable coastline.
 */
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { glossaryPath } from '../lib/linking/glossary-url.ts';
import type { MapPlace, WorldTopology } from '../lib/visuals/locator-map.ts';
import { kinds } from '../kinds/registry.ts';
import { getGlossary } from './glossary.ts';
import { perBuild } from './per-build.ts';
import { getSources, type Source } from './sources.ts';
import { sitePath } from '../config/site.ts';

export interface PlaceData extends MapPlace {
  href: string;
  coordinatesNote?: string;
  coordinatesSource?: Source;
}

/** Every entry with coordinates, by name (glossary order). Computed once per build. */
export const getMapPlaces = perBuild(async (): Promise<PlaceData[]> => {
  const sources = new Map((await getSources()).map((s) => [s.id, s.data]));
  const places: PlaceData[] = [];
  for (const entry of await getGlossary()) {
    const point = kinds.get(entry.data.kind)?.coordinates?.(entry.data.facts);
    if (!point) continue;
    const source = point.source ? sources.get(point.source.id) : undefined;
    places.push({
      id: entry.id,
      name: entry.data.name,
      placeType: point.placeType,
      country: point.country,
      lat: point.lat,
      lon: point.lon,
      href: sitePath(glossaryPath(entry.id)),
      ...(point.note ? { coordinatesNote: point.note } : {}),
      ...(source ? { coordinatesSource: source } : {}),
    });
  }
  return places;
});

/** Whether entries of `kind` have a point on the locator map. */
export const providesCoordinates = (kind: string) => typeof kinds.get(kind)?.coordinates === 'function';

export const mapTopologies = {
  overview: countries110m as unknown as WorldTopology,
  detail: countries50m as unknown as WorldTopology,
};
