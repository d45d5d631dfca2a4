import { z } from 'astro/zod';
import { daySchema, partialDateSchema } from './common.ts';
import type { StoryBlock } from '../lib/story/blocks.ts';

/** `auto` (the default): shown when the story has something for it; `true`: always wanted (the checker warns when empty); `false`: never shown. */
const blockSetting = z.union([z.literal('auto'), z.boolean()], { error: 'use auto, true or false' }).default('auto');

/**
 * Which optional blocks the story page shows. Each block shows only what
 * belongs to this story (see EDITING.md, "Which events and claims a story shows").
 */
export const storyBlocksSchema = z.strictObject({
  /** "Claims and evidence": the claims that belong to this story, grouped by status. */
  claims: blockSetting,
  /** "Reported ranges": a chart of the weapons this story links that have range figures. */
  rangeChart: blockSetting,
  /** "Where it happened": a locator map of the places this story links. */
  map: blockSetting,
  /** "Timeline": the events that belong to this story. */
  timeline: blockSetting,
} satisfies Record<StoryBlock, unknown>);

/** A dated entry of a story's "Updates and corrections" log. */
export const storyUpdateSchema = z.strictObject({
  /** When the change was published. */
  date: daySchema,
  /** What changed, in one or two sentences. */
  text: z.string().min(10),
  /** `correction` for a fix to something wrong; `update` for new information. */
  type: z.enum(['update', 'correction']).default('update'),
});

/**
 * The news-desk summary at the top of a story: three short lists a reader can
 * take in before the detail. Each item is one sentence; keep them short and
 * keep what is disputed separate from what is merely unknown.
 */
export const whatWeKnowSchema = z.strictObject({
  /** Facts established on the record, e.g. "Debris in Kharkiv came from a North Korean missile." */
  known: z.array(z.string().min(10).max(240)).min(1).max(6),
  /** Open questions nobody has answered on the record. */
  unknown: z.array(z.string().min(10).max(240)).max(6).default([]),
  /** Points on which named sources disagree; say who holds which view. */
  disputed: z.array(z.string().min(10).max(240)).max(6).default([]),
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
  /**
   * The last month (or day, or year) of events the story covers: `2024-11`, `2024-11-04` or `2024`.
   * Shown to readers so they know the story was written after the events and where it stops.
   */
  coversUntil: partialDateSchema.optional(),
  /** The "What we know / what we don't know / what is disputed" summary shown at the top of the story. */
  whatWeKnow: whatWeKnowSchema.optional(),
  /** Updates and corrections, newest first. */
  updates: z.array(storyUpdateSchema).default([]),
  /** Switch blocks off (`false`) or insist on them (`true`); each defaults to `auto`. E.g. `blocks: { rangeChart: false }`. */
  blocks: storyBlocksSchema.default({ claims: 'auto', rangeChart: 'auto', map: 'auto', timeline: 'auto' }),
});

export type StoryData = z.output<typeof storySchema>;
