/**
 * A section's story and position come from where its file sits:
 * `sections/<story>/<nn>-<slug>.md`. One source of truth, nothing to sync.
 */
export interface SectionPlace {
  story: string;
  position: number;
  /** The file name without its position prefix: the section's anchor on the story page. */
  slug: string;
}

/** Reads story, position and slug from a section id such as `my-story/03-the-strike`. */
export function sectionPlace(id: string): SectionPlace {
  const slash = id.indexOf('/');
  const story = id.slice(0, slash);
  const stem = id.slice(slash + 1);
  const match = /^(\d+)-(.+)$/.exec(stem);
  return match ? { story, position: Number(match[1]), slug: match[2]! } : { story, position: Number.MAX_SAFE_INTEGER, slug: stem };
}

/** Sorts sections into reading order. */
export function byPosition<T extends { id: string }>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => sectionPlace(a.id).position - sectionPlace(b.id).position || (a.id < b.id ? -1 : 1));
}
