/** A dated happening with its own page, such as a strike, a flood or a summit. */
import { z } from 'astro/zod';
import { daySchema, partialDateSchema, type RefFactory } from '../schemas/common.ts';
import type { KindModule } from './kind.ts';

/** A casualty toll as reported on a given date (tolls change; keep each one). */
const tollSchema = (ref: RefFactory) =>
  z.strictObject({
    /** The date the toll was reported. */
    asOf: daySchema,
    /** People killed, as reported that day. */
    killed: z.number().int().nonnegative(),
    /** People injured, as reported that day. */
    injured: z.number().int().nonnegative(),
    /** Who reported it, e.g. "Kharkiv regional prosecutors". */
    reportedBy: z.string().min(2),
    /** The source of this toll. */
    source: ref('sources'),
  });

const facts = (ref: RefFactory) =>
  z.strictObject({
    /** When it happened. */
    date: partialDateSchema,
    /** Where it happened, when that has an entry. */
    place: ref('glossary').optional(),
    /** Casualty tolls in the order they were reported. */
    tolls: z.array(tollSchema(ref)).default([]),
  });
type Facts = z.output<ReturnType<typeof facts>>;

export const event: KindModule<Facts> = {
  id: 'event',
  order: 10,
  labels: { en: { one: 'Event', other: 'Events' } },
  strings: { en: { date: 'Date', place: 'Place', toll: 'Toll as of {date}', tollValue: '{killed} killed, {injured} injured, per {reportedBy}' } },
  facts,
  factRows(f, kit) {
    kit.row('date', [kit.text(kit.date(f.date))]);
    kit.row('place', kit.entry(f.place));
    for (const t of f.tolls) {
      const value = kit.t('tollValue', { killed: kit.number(t.killed), injured: kit.number(t.injured), reportedBy: t.reportedBy });
      kit.row('toll', [kit.text(value), ...kit.cite([t.source])], { date: kit.date(t.asOf) });
    }
  },
  jsonLd: {
    type: 'Event',
    properties: (f, kit) => ({ startDate: f.date, location: kit.embed(f.place) }),
  },
  scaffold: {
    aliases: '[the bridge collapse]',
    short: 'The collapse of a road bridge over the river on the morning of 2 January 2024.',
    related: '[lagos-state]',
    facts: [
      { key: 'date', help: 'When it happened: YYYY-MM-DD, YYYY-MM or YYYY.', example: '2024-01-02' },
      { key: 'place', help: 'The glossary id of where it happened, when that has an entry.', example: 'lagos-state', optional: true },
      {
        key: 'tolls',
        help: 'Casualty tolls in the order they were reported; keep each one, tolls change.',
        example: ['- asOf: 2024-01-04', '  killed: 2', '  injured: 12', '  reportedBy: State emergency agency', '  source: emergency-agency-update-2024-01-04'],
        start: '[]',
      },
    ],
  },
  canClaim: false,
};
