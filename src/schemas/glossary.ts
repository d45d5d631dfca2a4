import { z } from 'astro/zod';
import { daySchema, partialDateSchema, type RefFactory, sourceRefs } from './common.ts';

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

/** A stated range of a weapon, with where the figure comes from. */
export const rangeSchema = (ref: RefFactory) =>
  z.strictObject({
    /** The range in kilometres (the upper figure when a span is given). */
    km: z.number().positive(),
    /** The lower figure of a span, e.g. 430 in "430-450 km". */
    kmLow: z.number().positive().optional(),
    /** What the figure is: a measured test flight, a claim by the launcher, an official statement, an analyst's assessment. */
    basis: z.enum(['test', 'claimed', 'official', 'assessment']),
    /** A short label for charts and tables, e.g. "25 July 2019 test, longer flight". */
    label: z.string().min(3).max(80),
    /** When the figure was given or the test flown. */
    date: partialDateSchema.optional(),
    /** The sources of this figure (several when the same figure is reported in more than one place). */
    sources: z.array(ref('sources')).min(1, { error: 'cite at least one source id for this range' }),
  });

/** A casualty toll as reported on a given date (tolls change; keep each one). */
export const tollSchema = (ref: RefFactory) =>
  z.strictObject({
    /** The date the toll was reported. */
    asOf: daySchema,
    /** People killed, as reported that day. */
    killed: z.number().int().nonnegative(),
    /** People injured, as reported that day. */
    injured: z.number().int().nonnegative(),
    /** Who reported it, e.g. "Kharkiv regional prosecutors". */
    reportedBy: z.string().min(2),
    /** The source of this toll. */
    source: ref('sources'),
  });

/** A definition that differs between authorities, kept side by side. */
export const definitionSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Whose definition it is, e.g. "US Congressional Research Service". */
    by: z.string().min(2),
    /** The definition, in the project's own words. */
    text: z.string().min(5),
    /** The source of this definition. */
    source: ref('sources'),
  });

/** A concept: an acronym, a class of weapon, a legal idea. */
const termFacts = (ref: RefFactory) =>
  z.strictObject({
    /** The words an acronym stands for, e.g. "short-range ballistic missile". */
    expansion: z.string().optional(),
    /** The field the term belongs to, e.g. "Missile classification". */
    field: z.string().min(2),
    /** Definitions that differ between authorities. */
    definitions: z.array(definitionSchema(ref)).default([]),
  });

/** A weapon system. */
const weaponFacts = (ref: RefFactory) =>
  z.strictObject({
    /** The country that developed it. */
    origin: z.string().min(2),
    /** Its class, e.g. "Short-range ballistic missile". */
    class: z.string().min(2),
    /** Solid- or liquid-fuel propulsion, when known. */
    propulsion: z.enum(['solid', 'liquid', 'unknown']).default('unknown'),
    /** Other designations (national names, NATO or US codes). */
    designations: z.array(z.string()).default([]),
    /** Date of the first known test. */
    firstTested: partialDateSchema.optional(),
    /** Diameter in millimetres, when it defines the weapon (e.g. a 600 mm rocket). */
    calibreMm: z.number().positive().optional(),
    /** Every published range figure, each with its source; they often disagree. */
    ranges: z.array(rangeSchema(ref)).default([]),
  });

/** A person. */
const personFacts = (ref: RefFactory) =>
  z.strictObject({
    /** Their role at the time of the story, e.g. "Adviser to the head of the Office of the President". */
    role: z.string().min(2),
    /** The organisation they spoke for, when it has an entry. */
    affiliation: ref('glossary').optional(),
    /** Their country. */
    country: z.string().min(2),
    /** The date `role` was true. */
    asOf: daySchema,
    /** Earlier roles worth knowing, in short phrases. */
    formerRoles: z.array(z.string()).default([]),
    /** Other spellings of the name in English-language reporting. */
    spellings: z.array(z.string()).default([]),
  });

/** A government body, agency, armed force or international organisation. */
const organizationFacts = (ref: RefFactory) =>
  z.strictObject({
    /** What sort of body it is, e.g. "Military branch" or "UN Security Council subsidiary body". */
    type: z.string().min(2),
    /** The country it belongs to; leave out for international bodies. */
    country: z.string().optional(),
    /** The body it belongs to, when that has an entry. */
    parent: ref('glossary').optional(),
    /** When it was set up. */
    established: partialDateSchema.optional(),
    /** When it stopped working, if it has. */
    dissolved: partialDateSchema.optional(),
  });

/** A city, region or country. */
const placeFacts = (ref: RefFactory) =>
  z.strictObject({
    /** City, region or country. */
    placeType: z.enum(['city', 'region', 'country']),
    /** The country it is in (for a country, itself). */
    country: z.string().min(2),
    /** Latitude and longitude in decimal degrees (two decimals are enough for a locator map). */
    coordinates: z.strictObject({
      /** Degrees north (negative for south). */
      lat: z.number().min(-90).max(90),
      /** Degrees east (negative for west). */
      lon: z.number().min(-180).max(180),
    }),
    /** What the point stands for when it is not the place itself, e.g. "administrative centre, Zaporizhzhia". */
    coordinatesNote: z.string().optional(),
    /** The source of the coordinates. */
    coordinatesSource: ref('sources'),
  });

/** A law, treaty or UN resolution. */
const lawFacts = (ref: RefFactory) =>
  z.strictObject({
    /** The kind of instrument, e.g. "UN Security Council resolution". */
    instrument: z.string().min(2),
    /** The day it was adopted (for a regime built over time, the first step). */
    adopted: daySchema,
    /** How the vote went, e.g. "15-0". */
    vote: z.string().optional(),
    /** The body that adopted it, when that has an entry. */
    adoptedBy: ref('glossary').optional(),
    /** What it does, one short phrase per provision. */
    provisions: z.array(z.string().min(3)).min(1),
  });

/** A dated happening with its own page, such as a strike. */
const eventFacts = (ref: RefFactory) =>
  z.strictObject({
    /** When it happened. */
    date: partialDateSchema,
    /** Where it happened, when that has an entry. */
    place: ref('glossary').optional(),
    /** Casualty tolls in the order they were reported. */
    tolls: z.array(tollSchema(ref)).default([]),
  });

/** Front matter of `content/glossary/<id>.md`; the body is the background text. The id is the file name. */
export const glossarySchema = (ref: RefFactory) => {
  const common = commonFields(ref);
  return z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('term'), ...common, facts: termFacts(ref) }),
      z.strictObject({ kind: z.literal('weapon'), ...common, facts: weaponFacts(ref) }),
      z.strictObject({ kind: z.literal('person'), ...common, facts: personFacts(ref) }),
      z.strictObject({ kind: z.literal('organization'), ...common, facts: organizationFacts(ref) }),
      z.strictObject({ kind: z.literal('place'), ...common, facts: placeFacts(ref) }),
      z.strictObject({ kind: z.literal('law'), ...common, facts: lawFacts(ref) }),
      z.strictObject({ kind: z.literal('event'), ...common, facts: eventFacts(ref) }),
    ],
    { error: 'kind must be one of: term, weapon, person, organization, place, law, event' },
  );
};

/** The kinds of glossary entry, in the order the glossary index groups them. */
export const glossaryKinds = ['event', 'person', 'organization', 'place', 'weapon', 'law', 'term'] as const;
export type GlossaryKind = (typeof glossaryKinds)[number];

export type GlossaryData = z.output<ReturnType<typeof glossarySchema>>;
