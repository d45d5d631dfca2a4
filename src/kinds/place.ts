/** A city, region or country; its coordinates put it on the locator map. */
import { z } from 'astro/zod';
import type { RefFactory } from '../schemas/common.ts';
import type { KindModule } from './kind.ts';

const facts = (ref: RefFactory) =>
  z.strictObject({
    /** City, region or country. */
    placeType: z.enum(['city', 'region', 'country']),
    /** The country it is in (for a country, itself). */
    country: z.string().min(2),
    /** Latitude and longitude in decimal degrees (two decimals are enough for a locator map). */
    coordinates: z.strictObject({
      /** Degrees north (negative for south). */
      lat: z.number().min(-90).max(90),
      /** Degrees east (negative for west). */
      lon: z.number().min(-180).max(180),
    }),
    /** What the point stands for when it is not the place itself, e.g. "administrative centre, Zaporizhzhia". */
    coordinatesNote: z.string().optional(),
    /** The source of the coordinates. */
    coordinatesSource: ref('sources'),
  });
type Facts = z.output<ReturnType<typeof facts>>;

const SCHEMA_ORG_TYPE = { city: 'City', region: 'AdministrativeArea', country: 'Country' } as const;

export const place: KindModule<Facts> = {
  id: 'place',
  order: 40,
  labels: { en: { one: 'Place', other: 'Places' } },
  strings: {
    en: {
      placeType: 'Type',
      'placeType.city': 'city',
      'placeType.region': 'region',
      'placeType.country': 'country',
      country: 'Country',
      coordinates: 'Coordinates',
      coordinatesNote: ' ({note})',
    },
  },
  facts,
  factRows(f, kit) {
    kit.row('placeType', [kit.text(kit.t(`placeType.${f.placeType}`))]);
    kit.row('country', [kit.text(f.country)]);
    kit.row('coordinates', [
      kit.text(kit.coordinates(f.coordinates.lat, f.coordinates.lon)),
      ...(f.coordinatesNote ? [kit.text(kit.t('coordinatesNote', { note: f.coordinatesNote }))] : []),
      ...kit.cite([f.coordinatesSource]),
    ]);
  },
  jsonLd: {
    type: (f) => SCHEMA_ORG_TYPE[f.placeType],
    properties: (f) => ({
      geo: { '@type': 'GeoCoordinates', latitude: f.coordinates.lat, longitude: f.coordinates.lon },
      containedInPlace: f.placeType === 'country' ? undefined : { '@type': 'Country', name: f.country },
    }),
  },
  scaffold: {
    aliases: '[Lagos State]',
    short: 'A state in south-western Nigeria, named after its largest city.',
    related: '[nigeria]',
    facts: [
      { key: 'placeType', help: 'city, region or country.', example: 'region' },
      { key: 'country', help: 'The country it is in (for a country, itself).', example: 'Nigeria' },
      {
        key: 'coordinates',
        help: 'Latitude and longitude in decimal degrees; two decimals are enough for a locator map.',
        example: '',
        fields: [
          { key: 'lat', help: 'Degrees north (negative for south).', example: '6.45' },
          { key: 'lon', help: 'Degrees east (negative for west).', example: '3.39' },
        ],
      },
      { key: 'coordinatesNote', help: 'What the point stands for when it is not the place itself.', example: 'The state capital, Ikeja.', optional: true },
      { key: 'coordinatesSource', help: 'The source id of the coordinates.', example: 'gazetteer-lagos' },
    ],
  },
  canClaim: false,
  coordinates: (f) => ({
    lat: f.coordinates.lat,
    lon: f.coordinates.lon,
    placeType: f.placeType,
    country: f.country,
    ...(f.coordinatesNote ? { note: f.coordinatesNote } : {}),
    source: f.coordinatesSource,
  }),
};
