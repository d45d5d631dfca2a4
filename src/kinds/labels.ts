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

/**
 * The kinds of glossary entry that can make a claim (a claim's `claimant`):
 * people and organisations, never a place or a weapon ("Russia says" is
 * said by a government body or a person). The one list the checker reads;
 * it moves to the kinds registry when kinds become modules.
 */
export const CLAIMANT_KINDS = ['person', 'organization'] as const satisfies readonly GlossaryKind[];

export function canClaim(kind: string): boolean {
  return (CLAIMANT_KINDS as readonly string[]).includes(kind);
}

export function kindLabel(kind: GlossaryKind, plural = false): string {
  return plural ? LABELS[kind].many : LABELS[kind].one;
}
