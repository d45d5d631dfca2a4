/**
 * Geometry of the locator map: country outlines from a Natural Earth topology
 * (the `world-atlas` package) and a dot with a label for every place, drawn at
 * build time as SVG. Pure: given places and a topology, returns path strings
 * and points; the component only draws them.
 *
 * The story's places run from Kyiv to Seoul, 8,000 km apart, while Kharkiv,
 * Belgorod and Kursk lie within 200 km of each other. One map fitted to all of
 * them would pile the nearby dots on top of each other, so the map is split:
 * - an overview fitted to every place, where places closer than
 *   `clusterDistance` (in drawn units) join a cluster, shown as a lettered box;
 * - one detail panel per cluster, fitted to its places, where each gets its own
 *   dot and label.
 * Places that share a point (a region and its administrative centre, a
 * country and its capital) become one dot with both names.
 *
 * Each panel uses a conformal conic projection centred on its places, which
 * keeps shapes true across the mid-latitude band from Europe to Korea.
 * Known limit: a set of places on both sides of the 180° meridian is boxed
 * the long way round.
 */
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiLineString, MultiPoint } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { compactPath } from './svg-path.ts';
import { textWidth } from './text-fit.ts';
import { englishT, type Translate } from '../../i18n/translate.ts';
import { compareIn } from '../text/collate.ts';

export type PlaceType = 'city' | 'region' | 'country';

export interface MapPlace {
  id: string;
  name: string;
  placeType: PlaceType;
  /** The country it is in (for a country, itself); matched against the topology's country names. */
  country: string;
  lat: number;
  lon: number;
}

/** A Natural Earth topology as `world-atlas` ships it: `countries` (with `properties.name`) and `land`. */
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

export interface LocatorMapOptions {
  /**
   * Width of each panel in CSS pixels at natural size (also the viewBox width).
   * The default, 310, lets two panels sit side by side in the reading column
   * and fits a 360 px phone without scaling the 13 px labels down.
   */
  width?: number;
  /** Id of a place to emphasise (its own glossary page). */
  highlight?: string;
  /** The site's words (src/i18n/) for titles and descriptions; English without it. */
  t?: Translate;
  /** Intl locale for lists of names and for sorting. Default `en-GB`. */
  locale?: string;
  /** Places closer than this in the overview (drawn units) share a detail panel. */
  clusterDistance?: number;
  /** Finer outlines for the detail panels; the overview uses `topology`. */
  detailTopology?: WorldTopology;
}

export interface MapLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  text: string;
}

/** One dot: every place at that point. */
export interface MapSite {
  key: string;
  x: number;
  y: number;
  placeIds: string[];
  names: string[];
  highlighted: boolean;
  /** None for dots inside an overview cluster box (their names are in the detail panel). */
  label?: MapLabel;
}

export interface ClusterBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  highlighted: boolean;
  label: MapLabel;
}

export interface MapPanel {
  /** `overview`, or the cluster's letter. */
  key: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  land: string;
  borders: string;
  /** The highlighted country's outline, when the highlighted place is a country. */
  highlightCountry?: string;
  sites: MapSite[];
  boxes: ClusterBox[];
  /** The panel's letter, drawn in its top-left corner (detail panels only). */
  keyLabel?: MapLabel;
}

export interface LocatorMap {
  panels: MapPanel[];
}

export const MAP_FONT = 13;
/** Outlines are rounded to whole CSS pixels: invisible at the drawn size, and it keeps the page small. */
const OUTLINE_DIGITS = 0;
/** Dot radii; the component draws the same sizes. */
export const DOT = 4;
export const HIGHLIGHT_DOT = 6;
const MARGIN = 10;

interface Site {
  key: string;
  lat: number;
  lon: number;
  places: MapPlace[];
}

const TYPE_ORDER: Record<PlaceType, number> = { city: 0, region: 1, country: 2 };
const byEnglishName = compareIn('en');

/** Places that share a point (to two decimals, the precision the content uses) become one site. */
export function sitesOf(places: readonly MapPlace[]): Site[] {
  const byKey = new Map<string, Site>();
  for (const place of places) {
    const key = `${place.lat.toFixed(2)},${place.lon.toFixed(2)}`;
    const site = byKey.get(key) ?? { key, lat: place.lat, lon: place.lon, places: [] };
    site.places.push(place);
    byKey.set(key, site);
  }
  for (const site of byKey.values()) {
    site.places.sort((a, b) => TYPE_ORDER[a.placeType] - TYPE_ORDER[b.placeType] || byEnglishName(a.name, b.name));
  }
  return [...byKey.values()].sort((a, b) => a.lon - b.lon || b.lat - a.lat);
}

interface Box {
  west: number;
  east: number;
  south: number;
  north: number;
}

function paddedBox(sites: readonly Site[], minPad: number, fraction: number): Box {
  const lons = sites.map((s) => s.lon);
  const lats = sites.map((s) => s.lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max(minPad, (east - west) * fraction);
  const padLat = Math.max(minPad, (north - south) * fraction);
  return {
    west: west - padLon,
    east: east + padLon,
    south: Math.max(-85, south - padLat),
    north: Math.min(85, north + padLat),
  };
}

/** Points along the box's edges, so the fit accounts for the curved parallels of a conic projection. */
function boxOutline(box: Box): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const lon = box.west + ((box.east - box.west) * i) / 8;
    const lat = box.south + ((box.north - box.south) * i) / 8;
    coordinates.push([lon, box.south], [lon, box.north], [box.west, lat], [box.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** A conformal conic projection fitted to the box; the height follows the box's shape within sensible limits. */
function fitProjection(box: Box, width: number): { projection: GeoProjection; height: number; key: string } {
  const span = box.north - box.south;
  const projection = geoConicConformal()
    .parallels([box.south + span / 4, box.north - span / 4])
    .rotate([-(box.west + box.east) / 2, 0])
    // No adaptive resampling: Natural Earth vertices are already dense at this scale, and resampling made each panel ~10x slower.
    .precision(0);
  const outline = boxOutline(box);
  projection.fitWidth(width - 2 * MARGIN, outline);
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
  const height = Math.round(Math.min(width, Math.max(0.5 * width, bottom - top + 2 * MARGIN)));
  projection.fitExtent([[MARGIN, MARGIN], [width - MARGIN, height - MARGIN]], outline);
  projection.clipExtent([[0, 0], [width, height]]);
  return { projection, height, key: [box.west, box.east, box.south, box.north, width].join() };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Groups of sites closer than `distance` to a neighbour (single linkage), each group west to east. */
export function clusterPoints(points: ReadonlyArray<{ x: number; y: number }>, distance: number): number[][] {
  const parent = points.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      if (Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y) < distance) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  points.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()].sort((a, b) => points[a[0]!]!.x - points[b[0]!]!.x);
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function labelRect(label: MapLabel, bold: boolean): Rect {
  const width = textWidth(label.text, MAP_FONT, bold);
  const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { x, y: label.y - MAP_FONT * 0.8, width, height: MAP_FONT };
}

/**
 * Puts each label beside its dot: right, left, above, below, then further out.
 * The first spot that stays inside the panel and clear of other labels and
 * dots wins; when none is clear, the spot with the least overlap.
 */
export function placeLabels(
  items: ReadonlyArray<{ x: number; y: number; text: string; bold: boolean }>,
  size: { width: number; height: number },
  obstacles: readonly Rect[] = [],
): MapLabel[] {
  const placed: Rect[] = [...obstacles];
  // Bold labels belong to the highlighted place, whose dot is drawn larger.
  const radius = (item: { bold: boolean }) => (item.bold ? HIGHLIGHT_DOT : DOT);
  const dots: Rect[] = items.map((d) => ({ x: d.x - radius(d) - 1, y: d.y - radius(d) - 1, width: 2 * radius(d) + 2, height: 2 * radius(d) + 2 }));
  const half = MAP_FONT * 0.35;
  return items.map((item, index) => {
    const gap = radius(item) + 3;
    const candidates: MapLabel[] = [
      { x: item.x + gap, y: item.y + half, anchor: 'start', text: item.text },
      { x: item.x - gap, y: item.y + half, anchor: 'end', text: item.text },
      { x: item.x, y: item.y - gap - 2, anchor: 'middle', text: item.text },
      { x: item.x, y: item.y + gap + MAP_FONT, anchor: 'middle', text: item.text },
      { x: item.x + gap, y: item.y - gap - 2, anchor: 'start', text: item.text },
      { x: item.x + gap, y: item.y + gap + MAP_FONT, anchor: 'start', text: item.text },
      { x: item.x - gap, y: item.y - gap - 2, anchor: 'end', text: item.text },
      { x: item.x - gap, y: item.y + gap + MAP_FONT, anchor: 'end', text: item.text },
    ];
    let best = candidates[0]!;
    let bestCost = Infinity;
    for (const candidate of candidates) {
      const rect = labelRect(candidate, item.bold);
      const outside =
        Math.max(0, 2 - rect.x) + Math.max(0, rect.x + rect.width - (size.width - 2)) + Math.max(0, 2 - rect.y) + Math.max(0, rect.y + rect.height - (size.height - 2));
      const hits = [...placed, ...dots.filter((_, i) => i !== index)].filter((r) => overlaps(rect, r)).length;
      const cost = outside * 10 + hits * 100;
      if (cost < bestCost) [best, bestCost] = [candidate, cost];
      if (cost === 0) break;
    }
    placed.push(labelRect(best, item.bold));
    return { ...best, x: round(best.x), y: round(best.y) };
  });
}

/** "A, B and C" in the locale's words. */
const joinNamesIn = (locale: string) => (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);

/** "Kharkiv and Kharkiv Oblast (one point)" for a shared point. */
const siteDescriptionIn = (t: Translate, joinNames: (names: readonly string[]) => string) => (site: Site) => {
  const names = site.places.map((p) => p.name);
  return names.length > 1 ? t('map.onePoint', { names: joinNames(names) }) : names[0]!;
};

const uniqueCountries = (sites: readonly Site[]) => [...new Set(sites.flatMap((s) => s.places.map((p) => p.country)))];

/** GeoJSON of a topology, converted once per topology (the same few are used for every page of a build). */
const geometryCache = new WeakMap<
  WorldTopology,
  { land: ReturnType<typeof feature>; borders: MultiLineString; countries: ReturnType<typeof countryFeatures>; drawn: Map<string, { land: string; borders: string }> }
>();
const countryFeatures = (topology: WorldTopology) => feature(topology, topology.objects.countries);

function geometryOf(topology: WorldTopology) {
  let geometry = geometryCache.get(topology);
  if (!geometry) {
    geometry = {
      land: feature(topology, topology.objects.land),
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString,
      countries: countryFeatures(topology),
      drawn: new Map(),
    };
    geometryCache.set(topology, geometry);
  }
  return geometry;
}

/** Land and borders of one panel; `panelKey` names the fit, so pages that show the same panel draw it once. */
function outlines(topology: WorldTopology, projection: GeoProjection, panelKey: string, highlightCountry?: string) {
  const path = geoPath(projection).digits(1);
  const geometry = geometryOf(topology);
  let drawn = geometry.drawn.get(panelKey);
  if (!drawn) {
    drawn = { land: compactPath(path(geometry.land) ?? '', OUTLINE_DIGITS), borders: compactPath(path(geometry.borders) ?? '', OUTLINE_DIGITS) };
    geometry.drawn.set(panelKey, drawn);
  }
  const match = highlightCountry ? geometry.countries.features.find((f) => f.properties?.name === highlightCountry) : undefined;
  const highlight = match ? compactPath(path(match) ?? '', OUTLINE_DIGITS) : null;
  return { ...drawn, ...(highlight ? { highlightCountry: highlight } : {}) };
}

export function locatorMap(places: readonly MapPlace[], topology: WorldTopology, options: LocatorMapOptions = {}): LocatorMap {
  const width = options.width ?? 310;
  const clusterDistance = options.clusterDistance ?? 28;
  const t = options.t ?? englishT;
  const joinNames = joinNamesIn(options.locale ?? 'en-GB');
  const siteDescription = siteDescriptionIn(t, joinNames);
  const sites = sitesOf(places);
  if (sites.length === 0) return { panels: [] };

  const highlightPlace = places.find((p) => p.id === options.highlight);
  const highlightCountry = highlightPlace?.placeType === 'country' ? highlightPlace.country : undefined;
  const isHighlighted = (site: Site) => site.places.some((p) => p.id === options.highlight);

  const overviewFit = fitProjection(paddedBox(sites, 2, 0.12), width);
  const project = (projection: GeoProjection, site: Site) => {
    const [x, y] = projection([site.lon, site.lat])!;
    return { x: round(x), y: round(y) };
  };
  const overviewPoints = sites.map((s) => project(overviewFit.projection, s));
  const clusters = clusterPoints(overviewPoints, clusterDistance);
  const multi = clusters.filter((c) => c.length > 1);

  // Everything in one cluster: the overview already is the closest fit, so draw one labelled panel.
  const oneArea = clusters.length === 1;
  const letters = multi.map((_, i) => String.fromCharCode(65 + i));
  const clusterOf = new Map<number, string>();
  if (!oneArea) multi.forEach((cluster, i) => cluster.forEach((index) => clusterOf.set(index, letters[i]!)));

  const boxes: ClusterBox[] = oneArea
    ? []
    : multi.map((cluster, i) => {
        const xs = cluster.map((index) => overviewPoints[index]!.x);
        const ys = cluster.map((index) => overviewPoints[index]!.y);
        const pad = DOT + 4;
        const x0 = Math.min(...xs) - pad;
        const y0 = Math.min(...ys) - pad;
        const boxWidth = Math.max(...xs) - x0 + pad;
        const boxHeight = Math.max(...ys) - y0 + pad;
        const labelAbove = y0 - 4 > MAP_FONT;
        return {
          key: letters[i]!,
          x: round(x0),
          y: round(y0),
          width: round(boxWidth),
          height: round(boxHeight),
          highlighted: cluster.some((index) => isHighlighted(sites[index]!)),
          label: { x: round(x0), y: round(labelAbove ? y0 - 4 : y0 + boxHeight + MAP_FONT + 2), anchor: 'start' as const, text: letters[i]! },
        };
      });

  const labelled = sites.map((s, i) => ({ site: s, point: overviewPoints[i]!, inCluster: clusterOf.has(i) }));
  const free = labelled.filter((l) => !l.inCluster);
  const freeLabels = placeLabels(
    free.map((l) => ({ ...l.point, text: l.site.places.map((p) => p.name).join(', '), bold: isHighlighted(l.site) })),
    { width, height: overviewFit.height },
    boxes.flatMap((b) => [{ x: b.x, y: b.y, width: b.width, height: b.height }, labelRect(b.label, true)]),
  );
  const overviewSites: MapSite[] = labelled.map((l) => {
    const freeIndex = free.indexOf(l);
    return {
      key: l.site.key,
      ...l.point,
      placeIds: l.site.places.map((p) => p.id),
      names: l.site.places.map((p) => p.name),
      highlighted: isHighlighted(l.site),
      ...(freeIndex >= 0 ? { label: freeLabels[freeIndex]! } : {}),
    };
  });

  const countriesAll = uniqueCountries(sites);
  const overview: MapPanel = {
    key: 'overview',
    title: oneArea ? t('map.titleArea', { countries: joinNames(countriesAll) }) : t('map.titleOverview'),
    desc: [
      t('map.desc.outlines', { countries: joinNames(countriesAll) }),
      free.length ? t('map.desc.labelled', { places: free.map((l) => siteDescription(l.site)).join('; ') }) : '',
      ...multi.map((cluster, i) =>
        oneArea ? '' : t('map.desc.box', { letter: letters[i]!, places: cluster.map((index) => siteDescription(sites[index]!)).join('; ') }),
      ),
      highlightPlace ? t('map.desc.highlighted', { name: highlightPlace.name }) : '',
    ]
      .filter(Boolean)
      .join(' '),
    width,
    height: overviewFit.height,
    ...outlines(topology, overviewFit.projection, overviewFit.key, highlightCountry),
    sites: overviewSites,
    boxes,
  };
  if (oneArea) return { panels: [overview] };

  const details: MapPanel[] = multi.map((cluster, i) => {
    const own = cluster.map((index) => sites[index]!);
    const fit = fitProjection(paddedBox(own, 0.8, 0.2), width);
    // Any place that falls inside this panel is drawn, even one from another cluster.
    const inside = sites
      .map((site) => ({ site, point: project(fit.projection, site) }))
      .filter(({ point }) => point.x >= 0 && point.x <= width && point.y >= 0 && point.y <= fit.height);
    const keyLabel: MapLabel = { x: 8, y: 8 + MAP_FONT, anchor: 'start', text: letters[i]! };
    const labels = placeLabels(
      inside.map(({ site, point }) => ({ ...point, text: site.places.map((p) => p.name).join(', '), bold: isHighlighted(site) })),
      { width, height: fit.height },
      [labelRect(keyLabel, true)],
    );
    const countries = uniqueCountries(own);
    return {
      key: letters[i]!,
      title: t('map.titleDetail', { letter: letters[i]!, countries: joinNames(countries) }),
      desc: [
        t('map.desc.detail', { places: inside.map(({ site }) => siteDescription(site)).join('; ') }),
        highlightPlace && inside.some(({ site }) => isHighlighted(site)) ? t('map.desc.highlighted', { name: highlightPlace.name }) : '',
      ]
        .filter(Boolean)
        .join(' '),
      width,
      height: fit.height,
      ...outlines(options.detailTopology ?? topology, fit.projection, fit.key, highlightCountry),
      sites: inside.map(({ site, point }, j) => ({
        key: site.key,
        ...point,
        placeIds: site.places.map((p) => p.id),
        names: site.places.map((p) => p.name),
        highlighted: isHighlighted(site),
        label: labels[j]!,
      })),
      boxes: [],
      keyLabel,
    };
  });
  return { panels: [overview, ...details] };
}

/** "49.98° N, 36.25° E": coordinates for the map's text alternative. */
export function formatCoordinates(lat: number, lon: number, t: Translate = englishT, locale = 'en-GB'): string {
  const fixed = (value: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(value));
  return t('coords.value', {
    lat: t(lat >= 0 ? 'coords.north' : 'coords.south', { value: fixed(lat) }),
    lon: t(lon >= 0 ? 'coords.east' : 'coords.west', { value: fixed(lon) }),
  });
}

/**
 * The source every place's coordinates cite, when there is exactly one for
 * all of them (and at least two places): the coordinates table then names it
 * once, under the table, instead of in every row. Undefined otherwise, and
 * each row names its own.
 */
export function sharedCoordinatesSource<S extends { id: string }>(places: ReadonlyArray<{ coordinatesSource?: S }>): S | undefined {
  const first = places[0]?.coordinatesSource;
  if (!first || places.length < 2) return undefined;
  return places.every((p) => p.coordinatesSource?.id === first.id) ? first : undefined;
}
