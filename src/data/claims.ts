/** Claims from content/claims.yaml, with claimant names and sources resolved for the page. */
import { getCollection } from 'astro:content';
import { perBuild } from './per-build.ts';
import { claimInStory, claimsBy, type ClaimStatus } from '../lib/story/claims.ts';
import { historyInOrder } from '../lib/story/claims.ts';
import { getEntryLinks, type EntryLink } from './entry-links.ts';
import { resolveSources, type Source } from './sources.ts';
import { getStoryScope } from './story-scope.ts';

export interface ClaimStep {
  date: string;
  status: ClaimStatus;
  note: string;
  sources: Source[];
}

export interface Claim {
  id: string;
  claim: string;
  claimant: EntryLink;
  date: string;
  status: ClaimStatus;
  evidence: string;
  asOf: string;
  sources: Source[];
  /** Earlier statuses, oldest first. */
  history: ClaimStep[];
  /** The stories the claim names in its `stories` field; undefined when it names none. */
  stories?: string[];
}

/** Every claim on the site, in file order. Computed once per build. */
export const getClaims = perBuild(async (): Promise<Claim[]> => {
    const link = await getEntryLinks();
    return Promise.all(
      (await getCollection('claims')).map(async ({ data }) => ({
        id: data.id,
        claim: data.claim,
        claimant: link(data.claimant.id),
        date: data.date,
        status: data.status,
        evidence: data.evidence,
        asOf: data.asOf,
        sources: await resolveSources(data.sources),
        history: await Promise.all(
          historyInOrder(data.history).map(async (step) => ({ date: step.date, status: step.status, note: step.note, sources: await resolveSources(step.sources) })),
        ),
        ...(data.stories ? { stories: data.stories.map((r) => r.id) } : {}),
      })),
    );
});

/** The claims that belong on a story's page (see claimInStory in src/lib/story/claims.ts). */
export async function getStoryClaims(storyId: string): Promise<Claim[]> {
  const scope = await getStoryScope(storyId);
  // An editor's explicit `stories` list wins; without one, the claim belongs where the story cites it or links its claimant.
  return (await getClaims()).filter((c) => (c.stories ? c.stories.includes(storyId) : claimInStory({ claimant: c.claimant.id, sources: c.sources.map((s) => s.id) }, scope)));
}

/** The claims a person or organisation made, oldest first. */
export async function getClaimsBy(entryId: string): Promise<Claim[]> {
  const claims = await getClaims();
  const byId = new Map(claims.map((c) => [c.id, c]));
  return claimsBy(claims.map((c) => ({ id: c.id, status: c.status, date: c.date, claimant: c.claimant.id })), entryId).map((c) => byId.get(c.id)!);
}
