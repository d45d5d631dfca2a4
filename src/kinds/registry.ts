/**
 * The registry of entry kinds: the modules listed in `./index.ts`, in the order
 * the glossary groups them, and the questions the rest of the site asks about
 * kinds ("which kinds may claim?", "which kinds provide map coordinates?").
 *
 * `createRegistry` builds one from any list of modules, so a test can add a
 * kind that exists only in the test; `kinds` is the site's own.
 */
import * as modules from './index.ts';
import type { ByLanguage, KindLabels, KindModule, MapPoint, RangeFigureInput } from './kind.ts';

const KIND_ID = /^[a-z][a-z0-9]*$/;

export interface KindRegistry {
  /** Every kind, in display order. */
  readonly list: readonly KindModule[];
  /** Every kind's id, in display order. */
  readonly ids: readonly string[];
  get(id: string): KindModule | undefined;
  /** Ids of the kinds whose entries may be the claimant of a claim. */
  readonly claimantIds: readonly string[];
  /** Kinds that provide range figures for the range chart. */
  readonly withRanges: ReadonlyArray<KindModule & { ranges: (facts: any) => readonly RangeFigureInput[] }>;
  /** Kinds that provide a point on the locator map. */
  readonly withCoordinates: ReadonlyArray<KindModule & { coordinates: (facts: any) => MapPoint }>;
}

/** A registry of `list`; throws on a malformed module so a mistake in a new kind file shows at once. */
export function createRegistry(list: readonly KindModule[]): KindRegistry {
  const byId = new Map<string, KindModule>();
  for (const kind of list) {
    if (!kind || typeof kind.id !== 'string' || !KIND_ID.test(kind.id)) {
      throw new Error(`src/kinds: a kind module has the id ${JSON.stringify(kind?.id)}; use lower-case letters and digits, e.g. "weapon"`);
    }
    if (byId.has(kind.id)) throw new Error(`src/kinds: two kind modules have the id "${kind.id}"; each kind needs its own`);
    const problem = moduleProblem(kind);
    if (problem) throw new Error(`src/kinds/${kind.id}.ts: ${problem} (see src/kinds/kind.ts for what a kind module holds)`);
    byId.set(kind.id, kind);
  }
  const sorted = [...byId.values()].sort((a, b) => (a.order ?? 50) - (b.order ?? 50) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    list: sorted,
    ids: sorted.map((k) => k.id),
    get: (id) => byId.get(id),
    claimantIds: sorted.filter((k) => k.canClaim).map((k) => k.id),
    withRanges: sorted.filter((k): k is KindModule & { ranges: (facts: any) => readonly RangeFigureInput[] } => typeof k.ranges === 'function'),
    withCoordinates: sorted.filter((k): k is KindModule & { coordinates: (facts: any) => MapPoint } => typeof k.coordinates === 'function'),
  };
}

/** What is missing from a kind module, or null: checked once, when the registry is built. */
function moduleProblem(kind: KindModule): string | null {
  if (!kind.labels?.en?.one || !kind.labels.en.other) return 'labels.en needs "one" and "other", e.g. labels: { en: { one: \'Recipe\', other: \'Recipes\' } }';
  if (!kind.strings || typeof kind.strings.en !== 'object') return 'strings.en is missing: the labels of its facts-box rows, e.g. strings: { en: { cuisine: \'Cuisine\' } }';
  for (const fn of ['facts', 'factRows'] as const) if (typeof kind[fn] !== 'function') return `"${fn}" must be a function`;
  if (!kind.jsonLd || (typeof kind.jsonLd.type !== 'string' && typeof kind.jsonLd.type !== 'function')) return 'jsonLd.type is missing: a schema.org type such as \'Thing\'';
  if (!kind.scaffold || !Array.isArray(kind.scaffold.facts)) return 'scaffold.facts is missing: the fields npm run new writes, with examples';
  if (typeof kind.canClaim !== 'boolean') return 'canClaim must be true or false';
  return null;
}

/** The site's kinds: every module exported by `./index.ts`. */
export const kinds: KindRegistry = createRegistry(Object.values(modules) as KindModule[]);

/** `strings` in `lang`, falling back to English key by key. */
export function inLanguage<T extends object>(strings: ByLanguage<T>, lang: string): T {
  const base = lang.split('-')[0]!;
  return { ...strings.en, ...(strings[base] ?? {}), ...(strings[lang] ?? {}) };
}

/**
 * A kind's strings can be reworded without touching its module: a dictionary
 * or a newsroom's override file answers for the key `kind.<id>.<key>` (labels:
 * `kind.<id>.one`, `kind.<id>.other`, …), and the module's own text is the default.
 */
export type StringOverride = (key: string) => string | undefined;

/** The dictionary key of one of a kind's strings or labels. */
export const kindKey = (kind: string, key: string) => `kind.${kind}.${key}`;

/** Every kind's English labels and strings as dictionary entries (`kind.<id>.<key>` → text): the defaults a dictionary may override. */
export function kindDictionaryDefaults(registry: KindRegistry = kinds): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of registry.list) {
    for (const [category, text] of Object.entries(kind.labels.en)) out[kindKey(kind.id, category)] = text;
    for (const [key, text] of Object.entries(kind.strings.en)) out[kindKey(kind.id, key)] = text;
  }
  return out;
}

const pluralRules = new Map<string, Intl.PluralRules>();

export interface KindLabelOptions {
  /** The kinds to use (default: the site's registry). */
  kinds?: KindRegistry;
  /** The dictionary's answer for a key, tried before the module's labels. */
  override?: StringOverride;
}

/**
 * The reader-facing name of a kind in `lang`, singular or plural for `count`
 * (Intl.PluralRules picks the category; `other` when the kind has no label for it).
 * An unknown kind gets its id back, so a page never breaks on one.
 */
export function kindLabel(kind: string, lang = 'en', count = 1, options: KindLabelOptions = {}): string {
  const module = (options.kinds ?? kinds).get(kind);
  if (!module) return kind;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const category = rules.select(count);
  const labels: KindLabels = inLanguage(module.labels, lang);
  return options.override?.(kindKey(kind, category)) ?? labels[category] ?? options.override?.(kindKey(kind, 'other')) ?? labels.other;
}
