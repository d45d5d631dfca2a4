/** A law, treaty or resolution. */
import { z } from 'astro/zod';
import { daySchema, type RefFactory } from '../schemas/common.ts';
import type { KindModule } from './kind.ts';

const facts = (ref: RefFactory) =>
  z.strictObject({
    /** The kind of instrument, e.g. "UN Security Council resolution". */
    instrument: z.string().min(2),
    /** The day it was adopted (for a regime built over time, the first step). */
    adopted: daySchema,
    /** How the vote went, e.g. "15-0". */
    vote: z.string().optional(),
    /** The body that adopted it, when that has an entry. */
    adoptedBy: ref('glossary').optional(),
    /** What it does, one short phrase per provision. */
    provisions: z.array(z.string().min(3)).min(1),
  });
type Facts = z.output<ReturnType<typeof facts>>;

export const law: KindModule<Facts> = {
  id: 'law',
  order: 60,
  labels: { en: { one: 'Law or resolution', other: 'Laws and resolutions' } },
  strings: { en: { instrument: 'Instrument', adopted: 'Adopted', vote: 'Vote', adoptedBy: 'Adopted by', provisions: 'Provisions' } },
  facts,
  factRows(f, kit) {
    kit.row('instrument', [kit.text(f.instrument)]);
    kit.row('adopted', [kit.text(kit.date(f.adopted))]);
    kit.row('vote', f.vote ? [kit.text(f.vote)] : undefined);
    kit.row('adoptedBy', kit.entry(f.adoptedBy));
    kit.row('provisions', kit.list(f.provisions));
  },
  jsonLd: {
    type: 'Legislation',
    properties: (f, kit) => ({
      legislationType: f.instrument,
      legislationDate: f.adopted,
      legislationPassedBy: kit.reference(f.adoptedBy),
    }),
  },
  scaffold: {
    aliases: '[the bridge act]',
    short: 'The state law of 2019 that set weight limits for heavy lorries on city bridges.',
    related: '[city-council]',
    facts: [
      { key: 'instrument', help: 'The kind of instrument.', example: 'State law' },
      { key: 'adopted', help: 'The day it was adopted (YYYY-MM-DD).', example: '2019-03-14' },
      { key: 'vote', help: 'How the vote went.', example: '31-4', optional: true },
      { key: 'adoptedBy', help: 'The glossary id of the body that adopted it, when that has an entry.', example: 'state-assembly', optional: true },
      { key: 'provisions', help: 'What it does, one short phrase per provision (at least one).', example: ['- A 40-tonne limit on city bridges', '- Yearly inspections of every bridge'] },
    ],
  },
  canClaim: false,
};
