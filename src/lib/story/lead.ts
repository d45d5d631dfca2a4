/**
 * Which story leads the home page: the one site.yaml names in `leadStory`,
 * otherwise the most recently updated story (ties: the most recently
 * published, then by id, so the choice never depends on file order). Pure.
 */
export interface LeadCandidate {
  id: string;
  updated: string;
  published: string;
}

/** The lead story first, then the others, most recently updated first. */
export function orderForHome<T extends LeadCandidate>(stories: readonly T[], leadStory?: string): T[] {
  const byRecency = [...stories].sort(
    (a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0) || (a.published < b.published ? 1 : a.published > b.published ? -1 : 0) || (a.id < b.id ? -1 : 1),
  );
  const chosen = leadStory ? byRecency.findIndex((s) => s.id === leadStory) : -1;
  if (chosen <= 0) return byRecency;
  return [byRecency[chosen]!, ...byRecency.slice(0, chosen), ...byRecency.slice(chosen + 1)];
}
