/** A person; may be the claimant of a claim. */
import { z } from 'astro/zod';
import { daySchema, type RefFactory } from '../schemas/common.ts';
import type { KindModule } from './kind.ts';

const facts = (ref: RefFactory) =>
  z.strictObject({
    /** Their role at the time of the story, e.g. "Adviser to the head of the Office of the President". */
    role: z.string().min(2),
    /** The organisation they spoke for, when it has an entry. */
    affiliation: ref('glossary').optional(),
    /** Their country. */
    country: z.string().min(2),
    /** The date `role` was true. */
    asOf: daySchema,
    /** Earlier roles worth knowing, in short phrases. */
    formerRoles: z.array(z.string()).default([]),
    /** Other spellings of the name in English-language reporting. */
    spellings: z.array(z.string()).default([]),
  });
type Facts = z.output<ReturnType<typeof facts>>;

export const person: KindModule<Facts> = {
  id: 'person',
  order: 20,
  labels: { en: { one: 'Person', other: 'People' } },
  strings: {
    en: { role: 'Role', roleAsOf: ' (as of {date})', affiliation: 'Affiliation', country: 'Country', formerRoles: 'Earlier roles', spellings: 'Other spellings' },
  },
  facts,
  factRows(f, kit) {
    kit.row('role', [kit.text(f.role), kit.text(kit.t('roleAsOf', { date: kit.date(f.asOf) }))]);
    kit.row('affiliation', kit.entry(f.affiliation));
    kit.row('country', [kit.text(f.country)]);
    kit.row('formerRoles', kit.list(f.formerRoles));
    kit.row('spellings', kit.list(f.spellings));
  },
  jsonLd: {
    type: 'Person',
    alternateNames: (f) => f.spellings,
    properties: (f, kit) => ({
      jobTitle: f.role,
      affiliation: kit.reference(f.affiliation),
      nationality: { '@type': 'Country', name: f.country },
    }),
  },
  scaffold: {
    aliases: '[Okafor]',
    short: 'Spokesperson of the city council, who announced the closure of the bridge.',
    related: '[city-council]',
    facts: [
      { key: 'role', help: 'Their role at the time of the story.', example: 'Spokesperson of the city council' },
      { key: 'affiliation', help: 'The glossary id of the organisation they spoke for, when it has an entry.', example: 'city-council', optional: true },
      { key: 'country', help: 'Their country.', example: 'Nigeria' },
      { key: 'asOf', help: 'The date (YYYY-MM-DD) on which `role` was true.', example: '2024-01-05' },
      { key: 'formerRoles', help: 'Earlier roles worth knowing, in short phrases.', example: '[Journalist]', start: '[]' },
      { key: 'spellings', help: 'Other spellings of the name in English-language reporting.', example: '[Ngozi Okafor-Eze]', start: '[]' },
    ],
  },
  canClaim: true,
  personalNames: true,
};
