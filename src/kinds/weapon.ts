/** A weapon system; its published range figures feed the range chart. */
import { z } from 'astro/zod';
import { partialDateSchema, type RefFactory } from '../schemas/common.ts';
import type { KindModule } from './kind.ts';

/** A stated range of a weapon, with where the figure comes from. */
const rangeSchema = (ref: RefFactory) =>
  z.strictObject({
    /** The range in kilometres (the upper figure when a span is given). */
    km: z.number().positive(),
    /** The lower figure of a span, e.g. 430 in "430-450 km". */
    kmLow: z.number().positive().optional(),
    /** What the figure is: a measured test flight, a claim by the launcher, an official statement, an analyst's assessment. */
    basis: z.enum(['test', 'claimed', 'official', 'assessment']),
    /** A short label for charts and tables, e.g. "25 July 2019 test, longer flight". */
    label: z.string().min(3).max(80),
    /** When the figure was given or the test flown. */
    date: partialDateSchema.optional(),
    /** The sources of this figure (several when the same figure is reported in more than one place). */
    sources: z.array(ref('sources')).min(1, { error: 'cite at least one source id for this range' }),
  });

const facts = (ref: RefFactory) =>
  z.strictObject({
    /** The country that developed it. */
    origin: z.string().min(2),
    /** Its class, e.g. "Short-range ballistic missile". */
    class: z.string().min(2),
    /** Solid- or liquid-fuel propulsion, when known. */
    propulsion: z.enum(['solid', 'liquid', 'unknown']).default('unknown'),
    /** Other designations (national names, NATO or US codes). */
    designations: z.array(z.string()).default([]),
    /** Date of the first known test. */
    firstTested: partialDateSchema.optional(),
    /** Diameter in millimetres, when it defines the weapon (e.g. a 600 mm rocket). */
    calibreMm: z.number().positive().optional(),
    /** Every published range figure, each with its source; they often disagree. */
    ranges: z.array(rangeSchema(ref)).default([]),
  });
type Facts = z.output<ReturnType<typeof facts>>;

export const weapon: KindModule<Facts> = {
  id: 'weapon',
  order: 50,
  labels: { en: { one: 'Weapon', other: 'Weapons' } },
  strings: {
    en: {
      origin: 'Developed by',
      class: 'Class',
      propulsion: 'Propulsion',
      'propulsion.solid': 'solid fuel',
      'propulsion.liquid': 'liquid fuel',
      designations: 'Also known as',
      firstTested: 'First tested',
      calibre: 'Calibre',
      calibreValue: '{mm} mm',
      range: 'Range: {label}',
      km: '{km} km',
      kmSpan: '{low}–{km} km',
    },
  },
  facts,
  factRows(f, kit) {
    kit.row('origin', [kit.text(f.origin)]);
    kit.row('class', [kit.text(f.class)]);
    kit.row('propulsion', f.propulsion !== 'unknown' && [kit.text(kit.t(`propulsion.${f.propulsion}`))]);
    kit.row('designations', kit.list(f.designations));
    kit.row('firstTested', f.firstTested ? [kit.text(kit.date(f.firstTested))] : undefined);
    kit.row('calibre', f.calibreMm ? [kit.text(kit.t('calibreValue', { mm: kit.number(f.calibreMm) }))] : undefined);
    for (const r of f.ranges) {
      const figure = r.kmLow ? kit.t('kmSpan', { low: kit.number(r.kmLow), km: kit.number(r.km) }) : kit.t('km', { km: kit.number(r.km) });
      kit.row('range', [kit.text(figure), ...kit.cite(r.sources)], { label: r.label });
    }
  },
  jsonLd: { type: 'DefinedTerm', definedTerm: true, alternateNames: (f) => f.designations },
  scaffold: {
    aliases: '[Model 7]',
    short: 'A solid-fuel short-range ballistic missile, first tested in 2019.',
    related: '[ballistic-missile]',
    facts: [
      { key: 'origin', help: 'The country that developed it.', example: 'Norway' },
      { key: 'class', help: 'Its class.', example: 'Short-range ballistic missile' },
      { key: 'propulsion', help: 'solid, liquid or unknown.', example: 'solid', start: 'unknown' },
      { key: 'designations', help: 'Other designations (national names, NATO or US codes).', example: '[Model 7, M-7A]', start: '[]' },
      { key: 'firstTested', help: 'Date of the first known test: YYYY-MM-DD, YYYY-MM or YYYY.', example: '2019-05-04', optional: true },
      { key: 'calibreMm', help: 'Diameter in millimetres, when it defines the weapon.', example: '600', optional: true },
      {
        key: 'ranges',
        help: 'Every published range figure with its source; basis is test, claimed, official or assessment.',
        example: ['- km: 690', '  basis: test', '  label: First test, longer of the two figures', '  date: 2019-07-25', '  sources: [defence-ministry-test-report]'],
        start: '[]',
      },
    ],
  },
  canClaim: false,
  ranges: (f) => f.ranges,
};
