import { compareIn } from './collate.ts';

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
  for (const item of items) {
    const first = name(item).normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
    const letter = /\p{L}/u.test(first) ? first : '#';
    if (!groups.has(letter)) groups.set(letter, []);
    groups.get(letter)!.push(item);
  }
  const letters = compareIn(locale);
  const names = compareIn(locale, { sensitivity: 'base' });
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : letters(a, b)))
    .map(([letter, list]) => ({
      letter,
      key: letter === '#' ? 'num' : letter.toLowerCase(),
      items: list.sort((x, y) => names(name(x), name(y))),
    }));
}
