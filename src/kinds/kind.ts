/**
 * What a kind of glossary entry is made of. Every kind (term, weapon, person, …)
 * is one module in this folder that fills in `KindModule`; the registry
 * (`src/kinds/index.ts`) lists them, and everything kind-specific in the site
 * (schema, facts box, structured data, scaffold, claimants, range chart, map)
 * asks the registry instead of naming a kind.
 *
 * Pure: no Astro, no I/O. Facts schemas use zod from `astro/zod`, like the
 * other content schemas.
 */
import type { z } from 'astro/zod';
import type { RefFactory } from '../schemas/common.ts';

/** A reference as the schemas produce it: the id of an entry or source. */
export interface Ref {
  id: string;
}

/** Reader-facing names of a kind, by plural category (Intl.PluralRules: `one`, `other`, and for some languages `few`, `many`). */
export interface KindLabels {
  one: string;
  other: string;
  [category: string]: string;
}

/** Strings by language; English is required and is the fallback for every other language. */
export type ByLanguage<T> = { en: T; [lang: string]: T | undefined };

/** A piece of a fact's value: plain text, or text that links somewhere. */
/** A piece of a facts-box value; `lang` where it is in another language than the page (text a translation left as the original's). */
export type FactPart = { text: string; href?: string; external?: boolean; lang?: string };
export interface FactRow {
  label: string;
  parts: FactPart[];
}

/** Values for `{name}` placeholders in a kind's strings. */
export type Vars = Record<string, string | number>;

/** The tools a kind's `factRows` builds its rows with. */
export interface FactRowKit {
  /**
   * Adds a row. `label` is a key of the kind's `strings` (interpolated with
   * `vars`). Nothing is added when `parts` is empty, false or undefined, so an
   * optional fact can be passed straight in.
   */
  row(label: string, parts: FactPart[] | false | undefined | null, vars?: Vars): void;
  /** A string of the kind's `strings`, interpolated. */
  t(key: string, vars?: Vars): string;
  text(value: string): FactPart;
  /** Items joined into one part; no part at all for an empty list. */
  list(items: readonly string[]): FactPart[];
  /** The name of another glossary entry, linked to its page; undefined for no reference. */
  entry(ref: Ref | undefined): FactPart[] | undefined;
  /** Source citations in brackets after a value: " (Publisher, Publisher)", each linked. */
  cite(refs: readonly Ref[]): FactPart[];
  /** A full or partial date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) as readers see it. */
  date(value: string): string;
  /** A number in the site's locale. */
  number(value: number): string;
  /** Latitude and longitude as readers see them, e.g. "50.00° N, 36.23° E". */
  coordinates(lat: number, lon: number): string;
}

/** A schema.org node. */
export type JsonLdNode = { '@type': string; [property: string]: unknown };

/** The tools a kind's structured data is built with. */
export interface JsonLdKit {
  /** A short pointer to another entry (type, @id, name, url); undefined for no reference or an unknown id. */
  reference(ref: Ref | undefined): JsonLdNode | undefined;
  /** Another entry as a full node of its own type and properties (e.g. a place with its coordinates), to embed. */
  embed(ref: Ref | undefined): JsonLdNode | undefined;
}

/** How a kind appears in schema.org structured data. */
export interface KindJsonLd<F> {
  /** The schema.org type, fixed or chosen from the facts (a place is a City, an AdministrativeArea or a Country). */
  type: string | ((facts: F) => string);
  /** Entries of this kind are members of the glossary's DefinedTermSet (concepts and designations). */
  definedTerm?: boolean;
  /** Other names from the facts, published with the aliases as `alternateName`. */
  alternateNames?(facts: F): ReadonlyArray<string | undefined>;
  /** Properties schema.org defines for the type; undefined values are dropped. */
  properties?(facts: F, kit: JsonLdKit): Record<string, unknown>;
}

/** One field of a `npm run new` template. */
export interface FieldSpec {
  key: string;
  /** What to write, as a sentence for the comment above the field. */
  help: string;
  /** A valid value: inline YAML, or block lines (for lists and groups) written under the key. */
  example: string | readonly string[];
  /** What the scaffold writes. Unset: nothing, so the check fails until the editor fills it in. */
  start?: string;
  /** Optional fields are written commented out, ready to uncomment. */
  optional?: boolean;
  /** The fields of a group (`facts`, `coordinates`). */
  fields?: readonly FieldSpec[];
}

/** What `npm run new -- <kind> "<Name>"` writes for this kind. Examples must not name any real site's ids. */
export interface KindScaffold {
  /** An example `aliases` value (inline YAML). */
  aliases: string;
  /** An example `short` sentence. */
  short: string;
  /** An example `related` value (inline YAML, glossary ids). */
  related: string;
  /** The facts, each with its help line and an example. */
  facts: readonly FieldSpec[];
}

/** One published range figure, for the range chart. */
export interface RangeFigureInput {
  km: number;
  kmLow?: number;
  basis: 'test' | 'claimed' | 'official' | 'assessment';
  label: string;
  date?: string;
  sources: readonly Ref[];
}

/** A point on the locator map. */
export interface MapPoint {
  lat: number;
  lon: number;
  placeType: 'city' | 'region' | 'country';
  /** The country it is in (for a country, itself); matched against the map's country names. */
  country: string;
  /** What the point stands for when it is not the place itself. */
  note?: string;
  /** The source of the coordinates. */
  source?: Ref;
}

/** One kind of glossary entry. `F` is the type of its validated facts. */
export interface KindModule<F = any> {
  /** The value editors write in `kind:`; lower-case letters and digits, e.g. `weapon`. */
  id: string;
  /** Where the glossary index and home page list this kind: lower first (default 50), then by id. */
  order?: number;
  /** Singular and plural names; `labels.en` is the default of the dictionary keys `kind.<id>.one` / `.other`. */
  labels: ByLanguage<KindLabels>;
  /** Row labels and value phrases of the facts box, with `{name}` placeholders (dictionary keys `kind.<id>.<key>`). */
  strings: ByLanguage<Record<string, string>>;
  /** The schema of `facts:` (a zod strict object with a JSDoc comment on each field). */
  facts(ref: RefFactory): z.ZodType<F>;
  /** Turns validated facts into labelled rows of the facts box, citing sources where the facts carry them. */
  factRows(facts: F, kit: FactRowKit): void;
  jsonLd: KindJsonLd<F>;
  scaffold: KindScaffold;
  /** Entries of this kind may be the claimant of a claim in claims.yaml (people and organisations, not places). */
  canClaim: boolean;
  /**
   * Its names are personal names (given name and surname): in a language that
   * declines names, each word declines on its own (src/lib/linking/inflection.ts).
   */
  personalNames?: boolean;
  /** Capability: published range figures, drawn in the range chart. */
  ranges?(facts: F): readonly RangeFigureInput[];
  /** Capability: a point on the locator map. */
  coordinates?(facts: F): MapPoint;
}
