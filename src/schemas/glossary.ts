import { z } from 'astro/zod';
import { type RefFactory, sourceRefs } from './common.ts';
import { kinds as siteKinds, type KindRegistry } from '../kinds/registry.ts';

/** The longest `short` definition; it must fit a preview card and a meta description. */
export const SHORT_MAX = 280;

/** Fields every glossary entry has, whatever its kind. */
const commonFields = (ref: RefFactory) => ({
  /** The entry's display name, e.g. "KN-23" or "Mykhailo Podolyak". The linker matches it in prose. */
  name: z.string().min(1).max(100),
  /** Other ways the text refers to it (spellings, designations, short forms). The linker matches each. */
  aliases: z.array(z.string().min(1)).default([]),
  /** One plain sentence, at most 280 characters: previews, the glossary index and the meta description. */
  short: z
    .string()
    .min(20)
    .max(SHORT_MAX, { error: `keep the short definition to ${SHORT_MAX} characters; move detail into the body` }),
  /** Entries a reader of this one should see next. Shown both ways: the other entry lists this one too. */
  related: z.array(ref('glossary')).default([]),
  /** Sources for the facts box and the background text. */
  sources: sourceRefs(ref),
  /** Set to `false` to stop the linker from linking this entry automatically (forced links still work). */
  autolink: z.boolean().default(true),
});

/**
 * Declared forms of an entry's names in a language that declines them (the
 * `forms` field of a translated entry; how they are used is in
 * src/lib/linking/localized-terms.ts). Either a map from the name or one of
 * the aliases to the exact list of its forms (an empty list: it does not
 * decline, e.g. `Кірбі: []`), or a list of extra strings linked as the name.
 * Not part of `commonFields`: the translated-entry schema adds it.
 */
export const declaredFormsSchema = z.union([
  z.record(z.string().min(1), z.array(z.string().min(1))),
  z.array(z.string().min(1)),
]);

/**
 * Front matter of `content/glossary/<id>.md`; the body is the background text. The id is the file name.
 * One branch per kind in the registry (`src/kinds/`), each with that kind's `facts`.
 */
export const glossarySchema = (ref: RefFactory, registry: KindRegistry = siteKinds) => {
  const common = commonFields(ref);
  const branches = registry.list.map((kind) => z.strictObject({ kind: z.literal(kind.id), ...common, facts: kind.facts(ref) }));
  return z.discriminatedUnion('kind', branches as unknown as [(typeof branches)[number], ...(typeof branches)[number][]], {
    error: `kind must be one of: ${registry.ids.join(', ')}`,
  });
};

/** The kinds of glossary entry, in the order the glossary index groups them. */
export const glossaryKinds: readonly string[] = siteKinds.ids;
export type GlossaryKind = string;

const commonObject = (ref: RefFactory) => z.strictObject(commonFields(ref));

/** A validated entry: the common fields, its kind, and that kind's facts (typed by the kind's own module). */
export type GlossaryData = z.output<ReturnType<typeof commonObject>> & { kind: string; facts: Record<string, unknown> };
