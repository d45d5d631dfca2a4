/**
 * Which entry a glossary link points at, read from its address. Entry pages
 * live at `…/glossary/<id>/` (glossaryPath), so the id is the path's last
 * segment whatever the site's base or language prefix; the links carry no
 * attribute repeating it, which would cost bytes on every mention.
 */

/** The CSS selector of the glossary links the linker writes. */
export const TERM_LINK = 'a.term';

/** The entry id of a glossary link's `pathname` (or full address), or '' for an address without a path. */
export function termIdOf(address: string): string {
  let path = address;
  try {
    path = new URL(address, 'http://x.invalid/').pathname;
  } catch {
    // Not an address: read it as a path.
  }
  const segments = path.split('/').filter((segment) => segment !== '');
  const last = segments.at(-1) ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
