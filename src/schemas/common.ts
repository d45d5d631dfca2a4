/**
 * Building blocks shared by every content schema.
 *
 * Schemas are factories that receive a `ref` function: inside Astro it is
 * `reference()` from `astro:content`; in the content checker and in tests it
 * is a plain id parser with the same output shape. That keeps one source of
 * truth for both without importing Astro's virtual modules here.
 */
import { z } from 'astro/zod';

/** The collections a content entry may point at. */
export type CollectionName = 'stories' | 'sections' | 'glossary' | 'sources' | 'events' | 'claims';

/** Turns an id written by an editor into a reference to an entry of `collection`. */
export type RefFactory = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }>;

/** The `ref` used outside Astro: validates the id's shape, leaves existence to the checker. */
export const plainRef: RefFactory = (collection) =>
  z
    .string({ error: `expected the id of an entry in "${collection}"` })
    .min(1)
    .transform((id) => ({ id, collection }));

/** Lower-case words joined by hyphens, as used for glossary, source, event and claim ids. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'ids are lower-case letters and digits joined by single hyphens, e.g. "kn-23" or "un-resolution-1718"',
  });

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** True when `year-month-day` names a real calendar day (rejects 2024-13-01 and 2023-02-30). */
export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * YAML parsers disagree on dates: Astro's (js-yaml) turns `2024-01-05` into a
 * Date and silently rolls `2024-13-01` over into 2025, while the checker reads
 * it as a string. Accept both and always hand pages an ISO string.
 */
function toIsoString(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** A calendar day written `YYYY-MM-DD`. */
export const daySchema = z.preprocess(
  toIsoString,
  z
    .string({ error: 'expected a date written YYYY-MM-DD, e.g. 2024-01-05' })
    .refine((value) => {
      const m = DAY.exec(value);
      return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
    }, { error: 'expected a real date written YYYY-MM-DD, e.g. 2024-01-05' }),
);

/** A date known to the day (`2024-01-02`), the month (`2024-04`) or the year (`2019`). */
export const partialDateSchema = z.preprocess(
  toIsoString,
  z
    .string({ error: 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY' })
    .refine((value) => {
      const day = DAY.exec(value);
      if (day) return isRealDay(Number(day[1]), Number(day[2]), Number(day[3]));
      const month = MONTH.exec(value);
      if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12;
      return YEAR.test(value);
    }, { error: 'expected a real date written YYYY-MM-DD, YYYY-MM (month known) or YYYY (year known)' }),
);

/** One or more sources, by their id in `content/sources.yaml`. */
export const sourceRefs = (ref: RefFactory) =>
  z.array(ref('sources')).min(1, { error: 'cite at least one source id from content/sources.yaml' });
