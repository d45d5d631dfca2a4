/**
 * The records behind term previews: one small card per glossary entry linked
 * on a page, with the words the preview script shows. A story page loads them
 * from a JSON file of its own (`/stories/<id>/previews.json`, fetched when a
 * reader first points at, focuses or taps a term, or once the browser is
 * idle), so the cards are not on its first view; an entry page, with a few
 * cards, keeps them inline (no file per entry to build). Never another
 * page's HTML. Pure: no Astro imports; the page hands in the ids and a way to look entries up.
 */
import type { GlossaryKind } from '../../schemas/glossary.ts';
import { glossaryPath } from '../linking/glossary-url.ts';
import { kindName } from '../../kinds/labels.ts';
import { englishT, type Translate } from '../../i18n/translate.ts';
import { jsonInScript } from '../text/json-in-script.ts';
import type { BakedMessages } from './messages.ts';
import type { PreviewPayload } from './preview-payload.ts';

/** What a preview needs from a glossary entry (a subset of its data). */
export interface PreviewEntry {
  name: string;
  kind: GlossaryKind;
  short: string;
}

/** One preview card, as the client script reads it. */
export interface PreviewRecord {
  /** Glossary id: the last segment of the link's address (termIdOf). */
  id: string;
  name: string;
  kind: GlossaryKind;
  /** Reader-facing kind, e.g. "Weapon". */
  kindLabel: string;
  /** The entry's one-sentence definition. */
  short: string;
  /** The entry's background page. */
  href: string;
}

/** A map of entries by id, or a function that finds one. */
export type EntryLookup = ReadonlyMap<string, PreviewEntry> | ((id: string) => PreviewEntry | undefined);

/**
 * The preview records for exactly the given ids: deduplicated, sorted by id.
 * An id the lookup does not know gets no card (its link still navigates);
 * unknown forced links already fail the build in the linker.
 */
export function previewRecords(ids: Iterable<string>, lookup: EntryLookup, base = '/', t: Translate = englishT): PreviewRecord[] {
  const find = typeof lookup === 'function' ? lookup : (id: string) => lookup.get(id);
  const records: PreviewRecord[] = [];
  for (const id of [...new Set(ids)].sort()) {
    const entry = find(id);
    if (!entry) continue;
    records.push({
      id,
      name: entry.name,
      kind: entry.kind,
      kindLabel: kindName(entry.kind, false, t),
      short: entry.short,
      href: glossaryPath(id, base),
    });
  }
  return records;
}

/** The payload for these records, holding only what the card shows. */
export function previewPayload(records: readonly PreviewRecord[], messages: BakedMessages): PreviewPayload {
  return { ...messages, cards: records.map(({ id, name, kindLabel, short }) => ({ id, name, kindLabel, short })) };
}

/**
 * The payload as the text of a `<script type="application/json">` element
 * (entry pages) or of a `.json` file (story pages), escaped by
 * {@link jsonInScript}, so no text can close the element.
 */
export function previewJson(records: readonly PreviewRecord[], messages: BakedMessages): string {
  return jsonInScript(previewPayload(records, messages));
}
