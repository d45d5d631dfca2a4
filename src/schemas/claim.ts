import { z } from 'astro/zod';
import { daySchema, idSchema, partialDateSchema, type RefFactory, sourceRefs } from './common.ts';

/**
 * How far a claim is supported, as of a date:
 * `alleged` (stated, no evidence shown), `unverified` (not yet checkable),
 * `corroborated` (independent evidence points the same way),
 * `confirmed` (established by an official finding or forensic work),
 * `disputed` (credible sources contradict it).
 */
export const claimStatuses = ['alleged', 'unverified', 'corroborated', 'confirmed', 'disputed'] as const;

/** One step in a claim's history: its status from a given date. */
export const claimStepSchema = (ref: RefFactory) =>
  z.strictObject({
    /** When the status changed: YYYY-MM-DD, YYYY-MM or YYYY, no more precise than the source. */
    date: partialDateSchema,
    /** The status from that date. */
    status: z.enum(claimStatuses),
    /** What changed it, in the project's own words. */
    note: z.string().min(10),
    /** Where the change is reported. */
    sources: sourceRefs(ref),
  });

/** One claim: an item of `content/claims.yaml`. */
export const claimSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Stable id, e.g. `mayor-cost-claim`. */
    id: idSchema,
    /** What is claimed, in one sentence in the project's own words. */
    claim: z.string().min(10),
    /** Who made the claim: a glossary entry of a person or an organisation. */
    claimant: ref('glossary'),
    /** When the claim was first made: YYYY-MM-DD, YYYY-MM or YYYY, no more precise than the source. */
    date: partialDateSchema,
    /** Its status as of `asOf`. */
    status: z.enum(claimStatuses),
    /** The evidence offered or found, or its absence. */
    evidence: z.string().min(10),
    /** The date the status was last checked. */
    asOf: daySchema,
    /**
     * The stories this belongs to, by id (the file name in `content/stories/`,
     * without `.md`). When given, it is the whole answer. Without it, the item
     * appears in a story that cites one of its `sources` or links its `claimant`,
     * where that source or entry is the story's own (no other story cites or
     * links it); evidence several stories share counts only as a cited source
     * plus a linked entry together, never a shared entry (a country, an
     * organisation) alone. See EDITING.md, "Which events and claims a story shows".
     */
    stories: z.array(ref('stories')).optional(),
    /** Sources for the claim and its status. */
    sources: sourceRefs(ref),
    /** Earlier statuses, oldest first, when the claim's standing changed. */
    history: z.array(claimStepSchema(ref)).default([]),
  });

export type ClaimData = z.output<ReturnType<typeof claimSchema>>;
