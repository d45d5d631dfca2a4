/**
 * How the story page sorts claims into "What we know / What is claimed / What
 * is disputed or unconfirmed". Pure: works on any object with a status, a date
 * and an id, so pages, tests and the checker can share it.
 *
 * The mapping from a claim's status to a group:
 * - `confirmed`, `corroborated` -> "What we know": an official finding, forensic
 *   work or independent evidence supports it.
 * - `alleged`, `unverified` -> "What is claimed": someone said it; nothing
 *   published yet shows it is true or false.
 * - `disputed` -> "What is disputed or unconfirmed": credible sources contradict it.
 * A claim moves between groups only when an editor changes its `status` (and
 * records the step in `history`), never because of the reader's date.
 */
import { compareDates } from './dates.ts';
import type { claimStatuses } from '../../schemas/claim.ts';
import { englishT, type MessageKey, type Translate } from '../../i18n/translate.ts';

export type ClaimStatus = (typeof claimStatuses)[number];

export type ClaimGroupKey = 'known' | 'claimed' | 'disputed';

export interface ClaimGroupDefinition {
  key: ClaimGroupKey;
  /** Dictionary key of the group's heading. */
  heading: MessageKey;
  /** Statuses in this group, strongest first: the order claims are listed in. */
  statuses: readonly ClaimStatus[];
}

/** The three groups, in the order the story page shows them. */
export const CLAIM_GROUPS: readonly ClaimGroupDefinition[] = [
  { key: 'known', heading: 'claims.group.known', statuses: ['confirmed', 'corroborated'] },
  { key: 'claimed', heading: 'claims.group.claimed', statuses: ['alleged', 'unverified'] },
  { key: 'disputed', heading: 'claims.group.disputed', statuses: ['disputed'] },
];

/** Dictionary key of a status's reader-facing name (the label always travels with its colour). */
export function statusKey(status: ClaimStatus): MessageKey {
  return `claims.status.${status}`;
}

/** Dictionary key of what a status means, for the legend. */
export function statusMeaningKey(status: ClaimStatus): MessageKey {
  return `claims.meaning.${status}`;
}

export function statusLabel(status: ClaimStatus, t: Translate = englishT): string {
  return t(statusKey(status));
}

/** The group a status belongs to. Every status is in exactly one group (unit-tested). */
export function groupOf(status: ClaimStatus): ClaimGroupDefinition {
  const group = CLAIM_GROUPS.find((g) => g.statuses.includes(status));
  if (!group) throw new Error(`Claim status "${status}" belongs to no group in src/lib/story/claims.ts`);
  return group;
}

export interface ClaimLike {
  id: string;
  status: ClaimStatus;
  /** When the claim was first made, `YYYY-MM-DD`. */
  date: string;
}

const rank = (status: ClaimStatus) => groupOf(status).statuses.indexOf(status);

/** Within a group: strongest status first, then the earliest claim, then by id so the order never depends on file order. */
export function compareClaims(a: ClaimLike, b: ClaimLike): number {
  return rank(a.status) - rank(b.status) || compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface ClaimGroup<T extends ClaimLike> extends ClaimGroupDefinition {
  claims: T[];
}

/** All three groups in page order, each sorted; a group may be empty (callers decide whether to show it). */
export function groupClaims<T extends ClaimLike>(claims: readonly T[]): ClaimGroup<T>[] {
  return CLAIM_GROUPS.map((group) => ({
    ...group,
    claims: claims.filter((c) => group.statuses.includes(c.status)).sort(compareClaims),
  }));
}

/** A claim's earlier statuses, oldest first (editors are asked to write them so; this makes sure). */
export function historyInOrder<T extends { date: string }>(history: readonly T[]): T[] {
  return history.map((step, i) => ({ step, i })).sort((a, b) => compareDates(a.step.date, b.step.date) || a.i - b.i).map(({ step }) => step);
}

/** The claims one glossary entry made, oldest first. */
export function claimsBy<T extends ClaimLike & { claimant: string }>(claims: readonly T[], entryId: string): T[] {
  return claims
    .filter((c) => c.claimant === entryId)
    .sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : 1));
}

/**
 * The date every claim's status was checked, when they share one (and there
 * are at least two): a list then says "Status as of …" once, above its
 * claims, instead of under each. Undefined otherwise, and each claim says its own.
 */
export function sharedAsOf(claims: ReadonlyArray<{ asOf: string }>): string | undefined {
  const first = claims[0]?.asOf;
  return first && claims.length > 1 && claims.every((c) => c.asOf === first) ? first : undefined;
}
