import { z } from 'astro/zod';
import { daySchema, type RefFactory, sourceRefs } from './common.ts';

/**
 * Front matter of `content/sections/<story>/<nn>-<slug>.md(x)`.
 * The story comes from the folder and the order from the `<nn>-` prefix of
 * the file name: one source of truth for each, nothing to keep in sync.
 */
export const sectionSchema = (ref: RefFactory) =>
  z.strictObject({
    /** The section heading shown on the story page and in its table of contents. */
    title: z.string().min(3).max(120),
    /** One line saying what the section covers; used for search snippets and backlinks. */
    summary: z.string().min(10).max(280),
    /** The sources the section relies on, by id in `content/sources.yaml`. */
    sources: sourceRefs(ref),
    /**
     * When an editor last changed this section substantively (YYYY-MM-DD). Optional: set it
     * only for a change readers should know about; the page shows no section date otherwise.
     */
    updated: daySchema.optional(),
  });

export type SectionData = z.output<ReturnType<typeof sectionSchema>>;
