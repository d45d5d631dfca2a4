/** Reader-facing names of the glossary kinds. */
import type { GlossaryKind } from '../schemas/glossary.ts';

const LABELS: Record<GlossaryKind, { one: string; many: string }> = {
  event: { one: 'Event', many: 'Events' },
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organisation', many: 'Organisations' },
  place: { one: 'Place', many: 'Places' },
  weapon: { one: 'Weapon', many: 'Weapons' },
  law: { one: 'Law or resolution', many: 'Laws and resolutions' },
  term: { one: 'Term', many: 'Terms' },
};

export function kindLabel(kind: GlossaryKind, plural = false): string {
  return plural ? LABELS[kind].many : LABELS[kind].one;
}
