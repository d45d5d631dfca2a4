/**
 * Turns an entry's typed facts into labelled rows for its facts box.
 * Pure: the page supplies names and URLs for the ids the facts mention.
 */
import { formatDate as formatDateIn } from './dates.ts';
import type { GlossaryData } from '../../schemas/glossary.ts';
import { englishT, type Translate } from '../../i18n/translate.ts';
import { formatNumber } from '../../i18n/format.ts';
import { formatCoordinates } from '../visuals/locator-map.ts';

/** A piece of a fact's value: plain text, or text that links somewhere. */
export type FactPart = { text: string; href?: string; external?: boolean };
export interface FactRow {
  label: string;
  parts: FactPart[];
}

export interface FactLookup {
  /** Name and URL of a glossary entry. */
  entry(id: string): { name: string; href: string };
  /** Short label and URL of a source. */
  source(id: string): { label: string; href: string };
}

const text = (t: string): FactPart => ({ text: t });

/** The words and the locale of the site (src/i18n/); English in en-GB when left out. */
export interface FactLanguage {
  t: Translate;
  locale: string;
}

export function factRows(data: GlossaryData, lookup: FactLookup, { t, locale }: FactLanguage = { t: englishT, locale: 'en-GB' }): FactRow[] {
  const formatDate = (date: string) => formatDateIn(date, locale);
  const list = (items: readonly string[]): FactPart[] => [text(items.join(t('fact.listSeparator')))];
  const km = (n: number) => t('unit.km', { value: formatNumber(n, locale) });
  const rows: FactRow[] = [];
  const add = (label: string, parts: FactPart[] | undefined | false) => {
    if (parts && parts.length) rows.push({ label, parts });
  };
  const link = (ref: { id: string } | undefined): FactPart[] | undefined => {
    if (!ref) return undefined;
    const { name, href } = lookup.entry(ref.id);
    return [{ text: name, href }];
  };
  const cite = (refs: ReadonlyArray<{ id: string }>): FactPart[] =>
    refs.flatMap((r, i) => {
      const { label, href } = lookup.source(r.id);
      return [...(i ? [text(', ')] : [text(' (')]), { text: label, href, external: true }, ...(i === refs.length - 1 ? [text(')')] : [])];
    });

  switch (data.kind) {
    case 'term':
      add(t('fact.standsFor'), data.facts.expansion ? [text(data.facts.expansion)] : undefined);
      add(t('fact.field'), [text(data.facts.field)]);
      for (const d of data.facts.definitions) add(t('fact.definitionBy', { by: d.by }), [text(d.text), ...cite([d.source])]);
      break;
    case 'weapon':
      add(t('fact.developedBy'), [text(data.facts.origin)]);
      add(t('fact.class'), [text(data.facts.class)]);
      add(t('fact.propulsion'), data.facts.propulsion !== 'unknown' && [text(t(`fact.propulsion.${data.facts.propulsion}`))]);
      add(t('fact.alsoKnownAs'), data.facts.designations.length > 0 && list(data.facts.designations));
      add(t('fact.firstTested'), data.facts.firstTested ? [text(formatDate(data.facts.firstTested))] : undefined);
      add(t('fact.calibre'), data.facts.calibreMm ? [text(t('fact.calibreValue', { mm: data.facts.calibreMm }))] : undefined);
      for (const r of data.facts.ranges) {
        const figure = r.kmLow ? t('unit.kmSpan', { low: r.kmLow, high: r.km }) : km(r.km);
        add(t('fact.range', { label: r.label }), [text(figure), ...cite(r.sources)]);
      }
      break;
    case 'person':
      add(t('fact.role'), [text(data.facts.role), text(t('fact.roleAsOf', { date: formatDate(data.facts.asOf) }))]);
      add(t('fact.affiliation'), link(data.facts.affiliation));
      add(t('fact.country'), [text(data.facts.country)]);
      add(t('fact.earlierRoles'), data.facts.formerRoles.length > 0 && list(data.facts.formerRoles));
      add(t('fact.spellings'), data.facts.spellings.length > 0 && list(data.facts.spellings));
      break;
    case 'organization':
      add(t('fact.type'), [text(data.facts.type)]);
      add(t('fact.country'), data.facts.country ? [text(data.facts.country)] : undefined);
      add(t('fact.partOf'), link(data.facts.parent));
      add(t('fact.established'), data.facts.established ? [text(formatDate(data.facts.established))] : undefined);
      add(t('fact.dissolved'), data.facts.dissolved ? [text(formatDate(data.facts.dissolved))] : undefined);
      break;
    case 'place': {
      const { lat, lon } = data.facts.coordinates;
      add(t('fact.type'), [text(t(`map.type.${data.facts.placeType}`).toLocaleLowerCase(locale))]);
      add(t('fact.country'), [text(data.facts.country)]);
      add(t('fact.coordinates'), [
        text(formatCoordinates(lat, lon, t, locale)),
        ...(data.facts.coordinatesNote ? [text(t('fact.note', { note: data.facts.coordinatesNote }))] : []),
        ...cite([data.facts.coordinatesSource]),
      ]);
      break;
    }
    case 'law':
      add(t('fact.instrument'), [text(data.facts.instrument)]);
      add(t('fact.adopted'), [text(formatDate(data.facts.adopted))]);
      add(t('fact.vote'), data.facts.vote ? [text(data.facts.vote)] : undefined);
      add(t('fact.adoptedBy'), link(data.facts.adoptedBy));
      add(t('fact.provisions'), list(data.facts.provisions));
      break;
    case 'event':
      add(t('fact.date'), [text(formatDate(data.facts.date))]);
      add(t('fact.place'), link(data.facts.place));
      for (const toll of data.facts.tolls) {
        add(t('fact.tollAsOf', { date: formatDate(toll.asOf) }), [text(t('fact.tollValue', { killed: toll.killed, injured: toll.injured, by: toll.reportedBy })), ...cite([toll.source])]);
      }
      break;
  }
  return rows;
}
