/** Claims from content/claims.yaml, with claimant names and sources resolved for the page. */
import { getCollection } from 'astro:content';
import { fallbackLanguage, listTranslations } from './localized.ts';
import { perBuild } from './per-build.ts';
import { claimsBy, type ClaimStatus } from '../lib/story/claims.ts';
import { historyInOrder } from '../lib/story/claims.ts';
import { getEntryLinks, type EntryLink } from './entry-links.ts';
import { resolveSources, type Source } from './sources.ts';
import { getStoriesOf, type StoryLink } from './story-scope.ts';

export interface ClaimStep {
  date: string;
  status: ClaimStatus;
  note: string;
  /** The language of `note` where it is not translated into the page's language. */
  noteLang?: string;
  sources: Source[];
}

export interface Claim {
  id: string;
  claim: string;
  /** The language of `claim` and of `evidence` where the page's language has no translation of them. */
  claimLang?: string;
  evidenceLang?: string;
  claimant: EntryLink;
  date: string;
  status: ClaimStatus;
  evidence: string;
  asOf: string;
  sources: Source[];
  /** Earlier statuses, oldest first. */
  history: ClaimStep[];
  /** The stories it belongs to (src/lib/story/scope.ts), in home-page order. */
  stories: StoryLink[];
}

/** Every claim on the site, in file order. Computed once per build. */
export const getClaims = perBuild(async (): Promise<Claim[]> => {
    const link = await getEntryLinks();
    const storiesOf = await getStoriesOf();
    const translations = await listTranslations('claimTranslations');
    const fallback = fallbackLanguage();
    return Promise.all(
      (await getCollection('claims')).map(async ({ data }) => {
        const translated = translations.get(data.id);
        // A history note is translated by its step's date.
        const translatedNote = (step: { date: string }) => translated?.history?.find((h) => h.date === step.date)?.note;
        return {
        id: data.id,
        claim: translated?.claim ?? data.claim,
        ...(fallback && !translated?.claim ? { claimLang: fallback } : {}),
        claimant: link(data.claimant.id),
        date: data.date,
        status: data.status,
        evidence: translated?.evidence ?? data.evidence,
        ...(fallback && !translated?.evidence ? { evidenceLang: fallback } : {}),
        asOf: data.asOf,
        sources: await resolveSources(data.sources),
        history: await Promise.all(
          historyInOrder(data.history).map(async (step) => {
            const note = translatedNote(step);
            return { date: step.date, status: step.status, note: note ?? step.note, ...(fallback && !note ? { noteLang: fallback } : {}), sources: await resolveSources(step.sources) };
          }),
        ),
        stories: storiesOf('claims', data.id),
        };
      }),
    );
});

/**
 * Every claimant's claims, oldest first, by entry id. Once per build: each of
 * 10,000 entry pages scanning every claim would be entries × claims.
 */
const claimsByClaimant = perBuild(async () => {
  const claims = await getClaims();
  const byId = new Map(claims.map((c) => [c.id, c]));
  const made = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = made.get(claim.claimant.id);
    if (list) list.push(claim);
    else made.set(claim.claimant.id, [claim]);
  }
  const out = new Map<string, Claim[]>();
  for (const [entryId, list] of made) {
    out.set(entryId, claimsBy(list.map((c) => ({ id: c.id, status: c.status, date: c.date, claimant: entryId })), entryId).map((c) => byId.get(c.id)!));
  }
  return out;
});

/** The claims a person or organisation made, oldest first. */
export async function getClaimsBy(entryId: string): Promise<Claim[]> {
  return [...((await claimsByClaimant()).get(entryId) ?? [])];
}
