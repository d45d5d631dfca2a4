/**
 * Turns an entry's typed facts into labelled rows for its facts box. Which rows
 * a kind has is the kind module's business (`src/kinds/<kind>.ts`); this file
 * hands it the tools (text, links, citations, dates, numbers) and resolves its
 * row labels in the page's language.
 * Pure: the page supplies names and URLs for the ids the facts mention.
 */
import { formatDate } from './dates.ts';
import { formatCoordinates } from '../visuals/locator-map.ts';
import type { GlossaryData } from '../../schemas/glossary.ts';
import type { FactPart, FactRow, FactRowKit, Ref, Vars } from '../../kinds/kind.ts';
import { inLanguage, kindKey, kinds as siteKinds, type KindRegistry, type StringOverride } from '../../kinds/registry.ts';
import { dictionaryOverride } from '../../kinds/labels.ts';
import type { Translate } from '../../i18n/translate.ts';

export type { FactPart, FactRow } from '../../kinds/kind.ts';

export interface FactLookup {
  /** Name and URL of a glossary entry. */
  entry(id: string): { name: string; href: string };
  /** Short label and URL of a source. */
  source(id: string): { label: string; href: string };
}

export interface FactOptions {
  /** Language of the labels (default `en`). */
  lang?: string;
  /** Intl locale for numbers (default `en-GB`). */
  locale?: string;
  /** The kinds to use (default: the site's registry). */
  kinds?: KindRegistry;
  /** The dictionary's answer for `kind.<id>.<key>`, tried before the kind module's own strings. */
  override?: StringOverride;
  /** The site's dictionary: its `kind.<id>.<key>` entries reword the kind's strings (same as `override`). */
  t?: Translate;
  /** Texts of the facts shown in another language than the page's (a translation left them as the original's): those parts get `lang`. */
  untranslated?: { lang: string; texts: ReadonlySet<string> };
}

/** `{name}` placeholders filled from `vars`; unknown names stay as written, so a missing value shows. */
export function interpolate(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function factRows(data: GlossaryData, lookup: FactLookup, options: FactOptions = {}): FactRow[] {
  const registry = options.kinds ?? siteKinds;
  const kind = registry.get(data.kind);
  if (!kind) return [];
  const strings = inLanguage(kind.strings, options.lang ?? 'en');
  const numbers = new Intl.NumberFormat(options.locale ?? 'en-GB');
  const override = options.override ?? (options.t ? dictionaryOverride(options.t) : undefined);
  const t = (key: string, vars?: Vars) => interpolate(override?.(kindKey(kind.id, key)) ?? strings[key] ?? key, vars);
  const locale = options.locale ?? 'en-GB';
  const untranslated = options.untranslated;
  const text = (value: string): FactPart => (untranslated?.texts.has(value) ? { text: value, lang: untranslated.lang } : { text: value });
  const rows: FactRow[] = [];
  const kit: FactRowKit = {
    row(label, parts, vars) {
      if (parts && parts.length) rows.push({ label: t(label, vars), parts });
    },
    t,
    text,
    // One part per item where some are in another language, so each can say which.
    list: (items) =>
      !items.length ? [] : items.some((i) => untranslated?.texts.has(i)) ? items.flatMap((item, i) => (i ? [{ text: '; ' }, text(item)] : [text(item)])) : [text(items.join('; '))],
    entry(ref: Ref | undefined) {
      if (!ref) return undefined;
      const { name, href } = lookup.entry(ref.id);
      return [{ text: name, href }];
    },
    cite: (refs) =>
      refs.flatMap((r, i) => {
        const { label, href } = lookup.source(r.id);
        return [text(i ? ', ' : ' ('), { text: label, href, external: true }, ...(i === refs.length - 1 ? [text(')')] : [])];
      }),
    date: (value) => formatDate(value, locale),
    number: (value) => numbers.format(value),
    coordinates: (lat, lon) => formatCoordinates(lat, lon, options.t, locale),
  };
  kind.factRows(data.facts, kit);
  return rows;
}

/**
 * Every source a kind's facts cite (a range's sources, a place's coordinates
 * source, …), found by shape: the schemas turn each source id into
 * `{ id, collection: 'sources' }`, so no kind has to list its citing fields.
 */
export function sourcesInFacts(value: unknown, out: Ref[] = []): Ref[] {
  if (Array.isArray(value)) for (const v of value) sourcesInFacts(v, out);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.collection === 'sources' && typeof record.id === 'string') out.push({ id: record.id });
    else for (const v of Object.values(record)) sourcesInFacts(v, out);
  }
  return out;
}
