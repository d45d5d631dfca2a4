/**
 * Turns an entry's typed facts into labelled rows for its facts box.
 * Pure: the page supplies names and URLs for the ids the facts mention.
 */
import { formatDate } from './dates.ts';
import type { GlossaryData } from '../../schemas/glossary.ts';

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
const list = (items: readonly string[]): FactPart[] => [text(items.join('; '))];
const km = (n: number) => `${n.toLocaleString('en-GB')} km`;

export function factRows(data: GlossaryData, lookup: FactLookup): FactRow[] {
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
      add('Stands for', data.facts.expansion ? [text(data.facts.expansion)] : undefined);
      add('Field', [text(data.facts.field)]);
      for (const d of data.facts.definitions) add(`Definition (${d.by})`, [text(d.text), ...cite([d.source])]);
      break;
    case 'weapon':
      add('Developed by', [text(data.facts.origin)]);
      add('Class', [text(data.facts.class)]);
      add('Propulsion', data.facts.propulsion !== 'unknown' && [text(`${data.facts.propulsion} fuel`)]);
      add('Also known as', data.facts.designations.length > 0 && list(data.facts.designations));
      add('First tested', data.facts.firstTested ? [text(formatDate(data.facts.firstTested))] : undefined);
      add('Calibre', data.facts.calibreMm ? [text(`${data.facts.calibreMm} mm`)] : undefined);
      for (const r of data.facts.ranges) {
        const figure = r.kmLow ? `${r.kmLow}–${km(r.km)}` : km(r.km);
        add(`Range: ${r.label}`, [text(figure), ...cite(r.sources)]);
      }
      break;
    case 'person':
      add('Role', [text(data.facts.role), text(` (as of ${formatDate(data.facts.asOf)})`)]);
      add('Affiliation', link(data.facts.affiliation));
      add('Country', [text(data.facts.country)]);
      add('Earlier roles', data.facts.formerRoles.length > 0 && list(data.facts.formerRoles));
      add('Other spellings', data.facts.spellings.length > 0 && list(data.facts.spellings));
      break;
    case 'organization':
      add('Type', [text(data.facts.type)]);
      add('Country', data.facts.country ? [text(data.facts.country)] : undefined);
      add('Part of', link(data.facts.parent));
      add('Established', data.facts.established ? [text(formatDate(data.facts.established))] : undefined);
      add('Dissolved', data.facts.dissolved ? [text(formatDate(data.facts.dissolved))] : undefined);
      break;
    case 'place': {
      const { lat, lon } = data.facts.coordinates;
      add('Type', [text(data.facts.placeType)]);
      add('Country', [text(data.facts.country)]);
      add('Coordinates', [
        text(`${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? 'E' : 'W'}`),
        ...(data.facts.coordinatesNote ? [text(` (${data.facts.coordinatesNote})`)] : []),
        ...cite([data.facts.coordinatesSource]),
      ]);
      break;
    }
    case 'law':
      add('Instrument', [text(data.facts.instrument)]);
      add('Adopted', [text(formatDate(data.facts.adopted))]);
      add('Vote', data.facts.vote ? [text(data.facts.vote)] : undefined);
      add('Adopted by', link(data.facts.adoptedBy));
      add('Provisions', list(data.facts.provisions));
      break;
    case 'event':
      add('Date', [text(formatDate(data.facts.date))]);
      add('Place', link(data.facts.place));
      for (const t of data.facts.tolls) {
        add(`Toll as of ${formatDate(t.asOf)}`, [text(`${t.killed} killed, ${t.injured} injured, per ${t.reportedBy}`), ...cite([t.source])]);
      }
      break;
  }
  return rows;
}
