/**
 * Reader-facing names of the glossary kinds: dictionary keys
 * (`kind.<kind>.one` / `kind.<kind>.other` in src/i18n/en.ts), so a site in
 * another language or a newsroom's override renames them without code.
 */
import type { GlossaryKind } from '../schemas/glossary.ts';
import { englishT, type Translate } from '../i18n/translate.ts';

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

export function kindKey(kind: GlossaryKind, plural = false) {
  return plural ? (`kind.${kind}.other` as const) : (`kind.${kind}.one` as const);
}

/** The kind's name through `t` (pages pass the site's; English without it). */
export function kindLabel(kind: GlossaryKind, plural = false, t: Translate = englishT): string {
  return t(kindKey(kind, plural));
}
