/**
 * Front matter of a translation (`<content>/<lang>/stories|sections|glossary/…`)
 * and items of `<lang>/events.yaml` / `<lang>/claims.yaml`: only the text
 * fields of the original, with the original's own rules (each field is taken
 * from its schema, not redefined), plus when and against which version of the
 * original it was made. Everything else is inherited from the original.
 */
import { z } from 'astro/zod';
import { daySchema, plainRef } from './common.ts';
import { storySchema } from './story.ts';
import { sectionSchema } from './section.ts';
import { declaredFormsSchema, glossarySchema } from './glossary.ts';

/** The first 12 hex digits of the sha256 of the original (file bytes, or an item's canonical JSON). */
export const originalDigestSchema = z.string().regex(/^[0-9a-f]{12}$/, { error: 'write the 12 hex digits npm run new -- translation writes' });

const story = storySchema.shape;
const section = sectionSchema(plainRef).shape;
const entry = glossarySchema(plainRef).options[0].shape;

/** Fields every translation carries. */
const provenance = {
  /** When the translation was last brought in line with the original (YYYY-MM-DD). */
  translated: daySchema,
  /** Digest of the original at that time; the checker warns when the original has changed since. */
  original: originalDigestSchema,
};

/** One schema for all three kinds of page (the folder says which); the checker holds each kind to its own fields. */
export const pageTranslationSchema = z.strictObject({
  ...provenance,
  title: z.union([story.title, section.title]).optional(),
  dek: story.dek.optional(),
  summary: z.union([story.summary, section.summary]).optional(),
  keyPoints: story.keyPoints.optional(),
  whatWeKnow: z.record(z.string(), z.array(z.string())).optional(),
  /** Translated update texts, matched to the original's updates by date (and order within a date). */
  updates: z.array(z.strictObject({ date: daySchema, text: z.string().min(1) })).optional(),
  name: entry.name.optional(),
  aliases: z.array(z.string().min(1)).optional(),
  short: entry.short.optional(),
  forms: declaredFormsSchema.optional(),
  /** A sentence shown on the entry's page where a term has no settled equivalent. */
  translatorNote: z.string().min(1).optional(),
  /**
   * The text of the facts only (a person's role, a weapon's class, each range's
   * `label`), lists item by item in the original's order (`{}` keeps an item);
   * numbers, dates, choices and references stay the original's. Which fields
   * are text comes from the kind's schema (src/kinds/fact-text.ts); the checker
   * refuses the rest.
   */
  facts: z.record(z.string(), z.unknown()).optional(),
});

/** An item of `<lang>/events.yaml`, `<lang>/claims.yaml` or `<lang>/sources.yaml`, keyed by the original's id. */
export const listTranslationSchema = z.looseObject({
  id: z.string(),
  ...provenance,
  title: z.string().min(1).optional(),
  detail: z.string().min(1).optional(),
  claim: z.string().min(1).optional(),
  evidence: z.string().min(1).optional(),
  history: z.array(z.strictObject({ date: z.string(), note: z.string().min(1) })).optional(),
  /** A source's note for readers (its title stays as published). */
  note: z.string().min(1).optional(),
  /** A source's publisher line where it has words of the default language, e.g. "Reuters via The Nation Thailand" → "Reuters (передрук: The Nation Thailand)". Names alone need no translation. */
  publisher: z.string().min(2).optional(),
});

export type PageTranslation = z.output<typeof pageTranslationSchema>;
export type ListTranslation = z.output<typeof listTranslationSchema>;
