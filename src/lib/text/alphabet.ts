/** Groups items under their initial letter for an A–Z index; digits and symbols share one "#" group, first. */
export interface LetterGroup<T> {
  /** What the reader sees: "A", "K", "#". */
  letter: string;
  /** A safe fragment id part: "a", "k", "num". */
  key: string;
  items: T[];
}

/** `locale` orders the letters and the names in them (the site's locale). */
export function alphabeticalGroups<T>(items: readonly T[], name: (item: T) => string, locale = 'en-GB'): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  // One collator for the whole sort: localeCompare with a locale builds a new one per comparison (slow for 10,000 names), and compares the same.
  const byName = new Intl.Collator(locale, { sensitivity: 'base' }).compare;
  for (const item of items) {
    const first = name(item).normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
    const letter = /\p{L}/u.test(first) ? first : '#';
    if (!groups.has(letter)) groups.set(letter, []);
    groups.get(letter)!.push(item);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b, locale)))
    .map(([letter, list]) => ({
      letter,
      key: letter === '#' ? 'num' : letter.toLowerCase(),
      items: list.sort((x, y) => byName(name(x), name(y))),
    }));
}
