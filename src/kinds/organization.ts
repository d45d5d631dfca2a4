/** A government body, agency, company, armed force or international organisation; may be the claimant of a claim. */
import { z } from 'astro/zod';
import { partialDateSchema, type RefFactory } from '../schemas/common.ts';
import type { KindModule } from './kind.ts';

const facts = (ref: RefFactory) =>
  z.strictObject({
    /** What sort of body it is, e.g. "Military branch" or "UN Security Council subsidiary body". */
    type: z.string().min(2),
    /** The country it belongs to; leave out for international bodies. */
    country: z.string().optional(),
    /** The body it belongs to, when that has an entry. */
    parent: ref('glossary').optional(),
    /** When it was set up. */
    established: partialDateSchema.optional(),
    /** When it stopped working, if it has. */
    dissolved: partialDateSchema.optional(),
  });
type Facts = z.output<ReturnType<typeof facts>>;

export const organization: KindModule<Facts> = {
  id: 'organization',
  order: 30,
  labels: { en: { one: 'Organisation', other: 'Organisations' } },
  strings: { en: { type: 'Type', country: 'Country', parent: 'Part of', established: 'Established', dissolved: 'Dissolved' } },
  facts,
  factRows(f, kit) {
    kit.row('type', [kit.text(f.type)]);
    kit.row('country', f.country ? [kit.text(f.country)] : undefined);
    kit.row('parent', kit.entry(f.parent));
    kit.row('established', f.established ? [kit.text(kit.date(f.established))] : undefined);
    kit.row('dissolved', f.dissolved ? [kit.text(kit.date(f.dissolved))] : undefined);
  },
  jsonLd: {
    type: 'Organization',
    properties: (f, kit) => ({
      disambiguatingDescription: f.type,
      foundingDate: f.established,
      dissolutionDate: f.dissolved,
      parentOrganization: kit.reference(f.parent),
      location: f.country ? { '@type': 'Country', name: f.country } : undefined,
    }),
  },
  scaffold: {
    aliases: '[the council]',
    short: 'The elected body that runs the city, with 60 members chosen every four years.',
    related: '[city-mayor]',
    facts: [
      { key: 'type', help: 'What sort of body it is.', example: 'City council' },
      { key: 'country', help: 'The country it belongs to; leave out for international bodies.', example: 'Nigeria', optional: true },
      { key: 'parent', help: 'The glossary id of the body it belongs to, when that has an entry.', example: 'state-government', optional: true },
      { key: 'established', help: 'When it was set up: YYYY-MM-DD, YYYY-MM or YYYY.', example: '1967-05-27', optional: true },
      { key: 'dissolved', help: 'When it stopped working, if it has.', example: '2024-04-30', optional: true },
    ],
  },
  canClaim: true,
};
