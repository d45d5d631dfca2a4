/** A concept: an acronym, a class of thing, a legal idea. */
import { z } from 'astro/zod';
import type { RefFactory } from '../schemas/common.ts';
import type { KindModule } from './kind.ts';

/** A definition that differs between authorities, kept side by side. */
const definitionSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Whose definition it is, e.g. "a national statistics office". */
    by: z.string().min(2),
    /** The definition, in the project's own words. */
    text: z.string().min(5),
    /** The source of this definition. */
    source: ref('sources'),
  });

const facts = (ref: RefFactory) =>
  z.strictObject({
    /** The words an acronym stands for, e.g. "short-range ballistic missile". */
    expansion: z.string().optional(),
    /** The field the term belongs to, e.g. "Missile classification". */
    field: z.string().min(2),
    /** Definitions that differ between authorities. */
    definitions: z.array(definitionSchema(ref)).default([]),
  });
type Facts = z.output<ReturnType<typeof facts>>;

export const term: KindModule<Facts> = {
  id: 'term',
  order: 70,
  labels: { en: { one: 'Term', other: 'Terms' } },
  strings: { en: { expansion: 'Stands for', field: 'Field', definition: 'Definition ({by})' } },
  facts,
  factRows(f, kit) {
    kit.row('expansion', f.expansion ? [kit.text(f.expansion)] : undefined);
    kit.row('field', [kit.text(f.field)]);
    for (const d of f.definitions) kit.row('definition', [kit.text(d.text), ...kit.cite([d.source])], { by: d.by });
  },
  jsonLd: { type: 'DefinedTerm', definedTerm: true, alternateNames: (f) => [f.expansion] },
  scaffold: {
    aliases: '[GDP]',
    short: 'Short for gross domestic product, the value of everything a country produces in a year.',
    related: '[inflation]',
    facts: [
      { key: 'expansion', help: 'The words an acronym stands for.', example: 'gross domestic product', optional: true },
      { key: 'field', help: 'The field the term belongs to.', example: 'Economics' },
      {
        key: 'definitions',
        help: 'Definitions that differ between authorities, each in your own words with its source.',
        example: ['- by: A national statistics office', '  text: The value of all goods and services produced in a year.', '  source: statistics-office-glossary'],
        start: '[]',
      },
    ],
  },
  canClaim: false,
};
