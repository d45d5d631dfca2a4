import { z } from 'astro/zod';
import { idSchema, partialDateSchema, type RefFactory, sourceRefs } from './common.ts';

/** One dated event: an item of `content/events.yaml`, shown in timelines. */
export const eventSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Stable id, e.g. `bridge-opened-2022-06-01`. */
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
     * The stories this belongs to, by id (the file name in `content/stories/`,
     * without `.md`). When given, it is the whole answer. Without it, the item
     * appears in a story that cites one of its `sources` or links one of its `entries`,
     * where that source or entry is the story's own (no other story cites or
     * links it); evidence several stories share counts only as a cited source
     * plus a linked entry together, never a shared entry (a country, an
     * organisation) alone. See EDITING.md, "Which events and claims a story shows".
     */
    stories: z.array(ref('stories')).optional(),
    /** Sources for the date and the facts. */
    sources: sourceRefs(ref),
  });

export type EventData = z.output<ReturnType<typeof eventSchema>>;
