import { z } from 'astro/zod';
import { idSchema, partialDateSchema } from './common.ts';

/** What kind of page a source is; the sources page groups by it. */
export const sourceKinds = ['official', 'news', 'analysis', 'reference', 'data'] as const;

/** One cited source: an item of `content/sources.yaml`. */
export const sourceSchema = z.strictObject({
  /** Stable id that content cites, e.g. `kyiv-independent-toll-2024-01-04`. */
  id: idSchema,
  /** The page's headline as published; when it was not recorded, a plain description in square brackets. */
  title: z.string().min(3),
  /** Who published it. For a syndicated wire story name both: "Reuters via The Nation Thailand". */
  publisher: z.string().min(2),
  /** Where to read it. Only `https:` links are published. */
  url: z.url({ protocol: /^https$/, error: 'expected a full https:// address' }),
  /** Publication date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Leave out only for undated reference pages. */
  date: partialDateSchema.optional(),
  /** official (a government or UN record), news, analysis, reference (encyclopaedia, gazetteer) or data. */
  kind: z.enum(sourceKinds),
  /** Optional note for readers, e.g. what the source is cited for or how it differs from others. Written in the site's default language; translated in `<lang>/sources.yaml`. */
  note: z.string().optional(),
  /** The language the source (and so its title) is written in, e.g. `uk`, when it is not the site's default language: pages mark the title with it so it is read aloud right. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language code such as uk, de or pt-BR' }).optional(),
});

export type SourceData = z.output<typeof sourceSchema>;
