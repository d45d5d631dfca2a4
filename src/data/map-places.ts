/**
 * Every glossary place with coordinates, and the Natural Earth outlines the
 * locator map draws them on (from the `world-atlas` package; no network).
 * The 1:110m outlines keep the overview light; the 1:50m ones give the
 * close-up panels a recognisable coastline.
 */
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { glossaryPath } from '../lib/linking/glossary-url.ts';
import type { MapPlace, WorldTopology } from '../lib/visuals/locator-map.ts';
import { getGlossary } from './glossary.ts';
import { perBuild } from './per-build.ts';
import { getSources, type Source } from './sources.ts';
import { site } from '../config/site.ts';

export interface PlaceData extends MapPlace {
  href: string;
  coordinatesNote?: string;
  coordinatesSource?: Source;
}

/** Every place in the glossary, by name. Computed once per build. */
export const getMapPlaces = perBuild(async (): Promise<PlaceData[]> => {
  const sources = new Map((await getSources()).map((s) => [s.id, s.data]));
  const places: PlaceData[] = [];
  for (const entry of await getGlossary()) {
    if (entry.data.kind !== 'place') continue;
    const { facts } = entry.data;
    const source = sources.get(facts.coordinatesSource.id);
    places.push({
      id: entry.id,
      name: entry.data.name,
      placeType: facts.placeType,
      country: facts.country,
      lat: facts.coordinates.lat,
      lon: facts.coordinates.lon,
      href: glossaryPath(entry.id, site.base),
      ...(facts.coordinatesNote ? { coordinatesNote: facts.coordinatesNote } : {}),
      ...(source ? { coordinatesSource: source } : {}),
    });
  }
  return places;
});

export const mapTopologies = {
  overview: countries110m as unknown as WorldTopology,
  detail: countries50m as unknown as WorldTopology,
};
