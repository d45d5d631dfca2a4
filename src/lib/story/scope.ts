/**
 * Which stories an event or a claim belongs to. Pure: pages, the checker and
 * tests share it.
 *
 * Events and claims live in one file each for the whole site. An item with a
 * `stories` list belongs to exactly those stories. Without one, the default
 * rule reads the evidence in the stories' own text, and weighs it:
 *
 * - A citation is deliberate: the writer chose the document the item rests on.
 * - A link is automatic: the linker links every name it finds, so a story
 *   linking "Russia" says nothing about which Russian claims it is about.
 * - Evidence is the story's *own* when no other story shares it: a source only
 *   this story cites, an entry only this story links (a weapon, a particular
 *   strike). Own evidence is enough on its own.
 * - Shared evidence needs a second, independent signal: the story cites one of
 *   the item's sources AND links one of its entries (for a claim, its
 *   claimant). A shared source alone, or a shared entry alone, is not enough.
 * - Fallback, so an item is not lost because every story shares its evidence:
 *   when no story qualifies by the two rules above, the item goes to every
 *   story that cites one of its sources. Linked entries alone never place it.
 *
 * With a single story on the site every piece of evidence is its own, so the
 * rule reduces to "the story cites one of its sources or links one of its
 * entries".
 */

/** What one story cites and links in its own text (lede and sections). */
export interface StoryScope {
  /** Glossary ids the story links (automatic and forced links). */
  linked: ReadonlySet<string>;
  /** Source ids the story cites: its sections' `sources` lists and every inline citation. */
  cited: ReadonlySet<string>;
}

/** An event or claim, reduced to what membership reads. */
export interface Scopable {
  id: string;
  /** The editor's explicit list; when present it is the whole answer. */
  stories?: readonly string[] | undefined;
  sources: readonly string[];
  /** The entries whose link is evidence: an event's `entries`, a claim's claimant. */
  entries: readonly string[];
}

/** Why an item is in a story: the rule that placed it (for tests, the checker and debugging). */
export type MembershipReason = 'explicit' | 'own-source' | 'own-entry' | 'source-and-entry' | 'shared-source';

export interface Membership {
  /** Story ids in the order of `scopes`. */
  stories: string[];
  /** Per story, the first rule that placed the item there. */
  reasons: Map<string, MembershipReason>;
}

/** For each source and entry, the stories that cite or link it: computed once for all items. */
export interface Ownership {
  citedBy: ReadonlyMap<string, readonly string[]>;
  linkedBy: ReadonlyMap<string, readonly string[]>;
}

export function ownership(scopes: ReadonlyMap<string, StoryScope>): Ownership {
  const citedBy = new Map<string, string[]>();
  const linkedBy = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, story: string) => {
    const list = map.get(key);
    if (list) list.push(story);
    else map.set(key, [story]);
  };
  for (const [story, scope] of scopes) {
    for (const id of scope.cited) add(citedBy, id, story);
    for (const id of scope.linked) add(linkedBy, id, story);
  }
  return { citedBy, linkedBy };
}

/** The stories one item belongs to (see the rule at the top of this file). */
export function membershipOf(item: Scopable, scopes: ReadonlyMap<string, StoryScope>, owners: Ownership = ownership(scopes)): Membership {
  const reasons = new Map<string, MembershipReason>();
  if (item.stories) {
    for (const story of item.stories) reasons.set(story, 'explicit');
    // Unknown ids are the checker's business (it names them with a suggestion); here they place nothing.
    return { stories: [...scopes.keys()].filter((s) => reasons.has(s)), reasons };
  }
  const soleOwner = (by: ReadonlyMap<string, readonly string[]>, id: string) => {
    const stories = by.get(id);
    return stories?.length === 1 ? stories[0] : undefined;
  };
  for (const id of item.sources) {
    const story = soleOwner(owners.citedBy, id);
    if (story && !reasons.has(story)) reasons.set(story, 'own-source');
  }
  for (const id of item.entries) {
    const story = soleOwner(owners.linkedBy, id);
    if (story && !reasons.has(story)) reasons.set(story, 'own-entry');
  }
  const citing = [...scopes].filter(([, scope]) => item.sources.some((s) => scope.cited.has(s)));
  for (const [story, scope] of citing) {
    if (!reasons.has(story) && item.entries.some((e) => scope.linked.has(e))) reasons.set(story, 'source-and-entry');
  }
  if (reasons.size === 0) for (const [story] of citing) reasons.set(story, 'shared-source');
  return { stories: [...scopes.keys()].filter((s) => reasons.has(s)), reasons };
}

/** Membership of every item, by item id: one pass, the ownership tables built once. */
export function membershipOfAll(items: readonly Scopable[], scopes: ReadonlyMap<string, StoryScope>): Map<string, Membership> {
  const owners = ownership(scopes);
  return new Map(items.map((item) => [item.id, membershipOf(item, scopes, owners)]));
}
