/**
 * Reader-facing names of the glossary kinds: dictionary keys
 * (`kind.<kind>.one` / `kind.<kind>.other` in src/i18n/en.ts), so a site in
 * another language or a newsroom's override renames them without code.
 */
import type { GlossaryKind } from '../schemas/glossary.ts';
import { englishT, type Translate } from '../i18n/translate.ts';

export function kindKey(kind: GlossaryKind, plural = false) {
  return plural ? (`kind.${kind}.other` as const) : (`kind.${kind}.one` as const);
}

/** The kind's name through `t` (pages pass the site's; English without it). */
export function kindLabel(kind: GlossaryKind, plural = false, t: Translate = englishT): string {
  return t(kindKey(kind, plural));
}
