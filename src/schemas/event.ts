import { z } from 'astro/zod';
import { idSchema, partialDateSchema, type RefFactory, sourceRefs } from './common.ts';

/** One dated event: an item of `content/events.yaml`, shown in timelines. */
export const eventSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Stable id, e.g. `kharkiv-strike-2024-01-02`. */
    id: idSchema,
    /** When it happened; precision follows the form: `2024-01-02`, `2024-04` or `2019`. */
    date: partialDateSchema,
    /** What happened, as a short headline. */
    title: z.string().min(5).max(160),
    /** Optional sentence or two of detail. */
    detail: z.string().optional(),
    /** Glossary entries involved; each entry's page lists this event. */
    entries: z.array(ref('glossary')).default([]),
    /**
     * The stories this belongs to, by id (the file name in `content/stories/`).
     * Optional: without it, it belongs to every story that cites one of its
     * sources or links one of its entries in its own text (see EDITING.md).
     */
    stories: z.array(ref('stories')).optional(),
    /** Sources for the date and the facts. */
    sources: sourceRefs(ref),
  });

export type EventData = z.output<ReturnType<typeof eventSchema>>;
