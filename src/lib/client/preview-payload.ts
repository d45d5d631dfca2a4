/**
 * What the term-preview script reads (src/scripts/term-preview.ts), built by
 * src/lib/client/preview-data.ts. Kept apart from that module so the client
 * bundle imports only this: no dictionary, no kinds registry.
 */
import type { BakedMessages } from './messages.ts';

/** One card: the text it shows. The term link itself carries the page's address. */
export interface BakedPreview {
  /** Glossary id: the last segment of the link's address (termIdOf). */
  id: string;
  name: string;
  /** Reader-facing kind, e.g. "Weapon". */
  kindLabel: string;
  /** The entry's one-sentence definition. */
  short: string;
}

/** The script's words (src/lib/client/messages.ts) and the page's cards, inline or fetched. */
export interface PreviewPayload extends BakedMessages {
  cards: BakedPreview[];
}

const CARD_FIELDS = ['id', 'name', 'kindLabel', 'short'] as const;

/**
 * Reads a payload defensively: anything that is not one (a broken file, an
 * error page served in its place) gives undefined, so the links stay links;
 * a malformed card is left out.
 */
export function parsePreviewPayload(data: unknown): PreviewPayload | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { locale, messages, cards } = data as Partial<PreviewPayload>;
  if (typeof locale !== 'string' || !messages || typeof messages !== 'object' || !Array.isArray(cards)) return undefined;
  const valid = cards.filter((c): c is BakedPreview => !!c && typeof c === 'object' && CARD_FIELDS.every((k) => typeof (c as unknown as Record<string, unknown>)[k] === 'string'));
  return { locale, messages, cards: valid };
}
