import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterPoints, formatCoordinates, locatorMap, MAP_FONT, placeLabels, sharedCoordinatesSource, sitesOf, type MapPlace, type WorldTopology } from '../../src/lib/visuals/locator-map.ts';
import { textWidth } from '../../src/lib/visuals/text-fit.ts';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as WorldTopology;

const place = (id: string, name: string, lat: number, lon: number, placeType: MapPlace['placeType'] = 'city', country = 'Ukraine'): MapPlace => ({ id, name, lat, lon, placeType, country });

const places: MapPlace[] = [
  place('kyiv', 'Kyiv', 50.45, 30.52),
  place('ukraine', 'Ukraine', 50.45, 30.52, 'country'),
  place('kharkiv', 'Kharkiv', 49.98, 36.25),
  place('kharkiv-oblast', 'Kharkiv Oblast', 49.98, 36.25, 'region'),
  place('belgorod-oblast', 'Belgorod Oblast', 50.6, 36.58, 'region', 'Russia'),
  place('kursk-oblast', 'Kursk Oblast', 51.73, 36.18, 'region', 'Russia'),
  place('north-korea', 'North Korea', 39.03, 125.75, 'country', 'North Korea'),
  place('south-korea', 'South Korea', 37.57, 126.98, 'country', 'South Korea'),
];

const allSites = (map: ReturnType<typeof locatorMap>) => map.panels.flatMap((p) => p.sites);

describe('sitesOf', () => {
  it('merges places that share a point, city before region before country', () => {
    const sites = sitesOf(places);
    expect(sites).toHaveLength(6);
    expect(sites.find((s) => s.places.length === 2 && s.places[0]!.id === 'kyiv')!.places.map((p) => p.name)).toEqual(['Kyiv', 'Ukraine']);
    expect(sites.find((s) => s.places[0]!.id === 'kharkiv')!.places.map((p) => p.name)).toEqual(['Kharkiv', 'Kharkiv Oblast']);
  });
});

describe('locatorMap', () => {
  const map = locatorMap(places, topology);

  it('draws an overview plus one close-up per group of nearby places', () => {
    expect(map.panels.map((p) => p.key)).toEqual(['overview', 'A', 'B']);
    expect(map.panels[0]!.boxes.map((b) => b.key)).toEqual(['A', 'B']);
    expect(map.panels[1]!.title).toBe('Detail A: Ukraine and Russia');
    expect(map.panels[2]!.title).toBe('Detail B: North Korea and South Korea');
  });

  it('returns country outlines as SVG path data for every panel', () => {
    for (const panel of map.panels) {
      expect(panel.land, panel.key).toMatch(/^M[\d.-]/);
      expect(panel.borders, panel.key).toMatch(/^M[\d.-]/);
      expect(panel.width).toBe(310);
      expect(panel.height).toBeGreaterThan(100);
    }
  });

  it('labels every place in a close-up, inside the panel, with no two labels overlapping', () => {
    const labelled = map.panels.slice(1).flatMap((p) => p.sites.map((s) => s.label!.text));
    expect(labelled.sort()).toEqual(['Belgorod Oblast', 'Kharkiv, Kharkiv Oblast', 'Kursk Oblast', 'Kyiv, Ukraine', 'North Korea', 'South Korea']);
    for (const panel of map.panels.slice(1)) {
      const rects = panel.sites.map(({ label }) => {
        const width = textWidth(label!.text, MAP_FONT);
        const x = label!.anchor === 'start' ? label!.x : label!.anchor === 'end' ? label!.x - width : label!.x - width / 2;
        return { x, y: label!.y - MAP_FONT, width, height: MAP_FONT };
      });
      for (const r of rects) {
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width).toBeLessThanOrEqual(panel.width);
        expect(r.y).toBeGreaterThanOrEqual(0);
        expect(r.y + r.height).toBeLessThanOrEqual(panel.height);
      }
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const [a, b] = [rects[i]!, rects[j]!];
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${panel.key}: ${panel.sites[i]!.label!.text} / ${panel.sites[j]!.label!.text}`).toBe(false);
        }
      }
    }
  });

  it('puts Kyiv west of Kharkiv and Kursk north of Kharkiv (screen y grows downwards)', () => {
    const a = map.panels[1]!;
    const at = (name: string) => a.sites.find((s) => s.names.includes(name))!;
    expect(at('Kyiv').x).toBeLessThan(at('Kharkiv').x);
    expect(at('Kursk Oblast').y).toBeLessThan(at('Kharkiv').y);
  });

  it('highlights the page’s own place, its cluster box and, for a country, its outline', () => {
    const highlighted = locatorMap(places, topology, { highlight: 'north-korea' });
    expect(allSites(highlighted).filter((s) => s.highlighted).every((s) => s.placeIds.includes('north-korea'))).toBe(true);
    expect(highlighted.panels[0]!.boxes.find((b) => b.key === 'B')!.highlighted).toBe(true);
    expect(highlighted.panels[0]!.boxes.find((b) => b.key === 'A')!.highlighted).toBe(false);
    expect(highlighted.panels[2]!.highlightCountry).toMatch(/^M/);
    expect(highlighted.panels[1]!.highlightCountry).toBeUndefined();
    expect(locatorMap(places, topology, { highlight: 'kharkiv' }).panels[0]!.highlightCountry).toBeUndefined();
  });

  it('describes every place in the panels’ text', () => {
    const text = map.panels.map((p) => p.desc).join(' ');
    for (const p of places) expect(text).toContain(p.name);
  });

  it('shows a new place added to the content with no code change', () => {
    const next = locatorMap([...places, place('fixture-town', 'Fixture Town', 43.1, 131.9, 'city', 'Russia')], topology);
    const site = allSites(next).find((s) => s.placeIds.includes('fixture-town'));
    expect(site).toBeDefined();
    expect(next.panels.map((p) => p.desc).join(' ')).toContain('Fixture Town');
  });

  it('draws a single labelled panel when every place is close together', () => {
    const near = locatorMap(places.filter((p) => p.country !== 'North Korea' && p.country !== 'South Korea').slice(2), topology);
    expect(near.panels).toHaveLength(1);
    expect(near.panels[0]!.sites.every((s) => s.label)).toBe(true);
  });

  it('returns no panels for no places', () => {
    expect(locatorMap([], topology).panels).toEqual([]);
  });
});

describe('helpers', () => {
  it('clusters points closer than the distance, transitively', () => {
    expect(clusterPoints([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 20, y: 0 }, { x: 100, y: 0 }], 15)).toEqual([[0, 1, 2], [3]]);
  });

  it('moves a label off a neighbour', () => {
    const [a, b] = placeLabels(
      [{ x: 50, y: 50, text: 'Kharkiv', bold: false }, { x: 52, y: 60, text: 'Belgorod', bold: false }],
      { width: 300, height: 200 },
    );
    expect(a!.y === b!.y && a!.anchor === b!.anchor).toBe(false);
  });

  it('formats coordinates with hemispheres', () => {
    expect(formatCoordinates(49.98, 36.25)).toBe('49.98° N, 36.25° E');
    expect(formatCoordinates(-33.87, -70.65)).toBe('33.87° S, 70.65° W');
  });
});

describe('sharedCoordinatesSource', () => {
  const geonames = { id: 'geonames' };
  it('is the one source every place cites, so the table names it once', () => {
    expect(sharedCoordinatesSource([{ coordinatesSource: geonames }, { coordinatesSource: { id: 'geonames' } }])).toBe(geonames);
  });
  it('is undefined when the sources differ, one is missing, or there is a single place', () => {
    expect(sharedCoordinatesSource([{ coordinatesSource: geonames }, { coordinatesSource: { id: 'atlas' } }])).toBeUndefined();
    expect(sharedCoordinatesSource([{ coordinatesSource: geonames }, {}])).toBeUndefined();
    expect(sharedCoordinatesSource([{ coordinatesSource: geonames }])).toBeUndefined();
    expect(sharedCoordinatesSource([])).toBeUndefined();
  });
});
