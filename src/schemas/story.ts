import { z } from 'astro/zod';
import { daySchema } from './common.ts';

/** A dated entry of a story's "Updates and corrections" log. */
export const storyUpdateSchema = z.strictObject({
  /** When the change was published. */
  date: daySchema,
  /** What changed, in one or two sentences. */
  text: z.string().min(10),
  /** `correction` for a fix to something wrong; `update` for new information. */
  type: z.enum(['update', 'correction']).default('update'),
});

/** Front matter of `content/stories/<story>.md`; the Markdown body is the lede. */
export const storySchema = z.strictObject({
  /** Headline, as it appears on the story page and in search results; search engines cut titles after about 70 characters. */
  title: z.string().min(10).max(70, { error: 'keep the headline to 70 characters so search results show it whole' }),
  /** One-sentence standfirst under the headline. */
  dek: z.string().min(20).max(300),
  /** First publication date (YYYY-MM-DD). */
  published: daySchema,
  /** Date of the latest substantive change (YYYY-MM-DD). */
  updated: daySchema,
  /** `developing` while facts are still coming in; `settled` once the record is stable. */
  status: z.enum(['developing', 'settled']),
  /** Three to six short bullets: what a reader must take away. */
  keyPoints: z.array(z.string().min(10).max(240)).min(3).max(6),
  /** A short paragraph for the home page and social cards. */
  summary: z.string().min(40).max(600),
  /** Updates and corrections, newest first. */
  updates: z.array(storyUpdateSchema).default([]),
});

export type StoryData = z.output<typeof storySchema>;
