/** "Did you mean …?" for ids: the nearest candidate by edit distance, when it is close enough to be a likely typo. */

/** Levenshtein distance, two rows of memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let curr = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/**
 * Edits allowed for a likely typo of a word this long: one for short ids
 * ("br-2" for "br-23"), two for most ("town-counsel"), three for long ones.
 * Looser limits suggest unrelated ids (a deleted "lakeport" is not "lanark").
 */
function typoLimit(length: number): number {
  return length <= 4 ? 1 : length <= 12 ? 2 : 3;
}

const digitsOf = (id: string) => id.replace(/\D/g, '');

/**
 * Numbers in ids name different things (years, resolution and model numbers):
 * a typo swaps two digits or gets one wrong, but "1718" is not "1874" in an id.
 */
function digitsClose(a: string, b: string): boolean {
  const [x, y] = [digitsOf(a), digitsOf(b)];
  if (x === y || editDistance(x, y) <= 1) return true;
  return x.length === y.length && [...x].sort().join('') === [...y].sort().join('') && editDistance(x, y) <= 2;
}

/**
 * One id is the other with words added at the end ("river-bridge-closure" for
 * "river-bridge-closure-plans"): a likely slip when the shorter one has
 * several words, not when it is one word ("lakeport" is not "lakeport-district").
 */
function extends_(short: string, long: string): boolean {
  return short.includes('-') && long.startsWith(`${short}-`);
}

/**
 * The candidate nearest to `wanted` when it is close enough to be a likely
 * typo of it, else null: a misleading "did you mean" is worse than none.
 */
export function closestId(wanted: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const close = extends_(wanted, candidate) || extends_(candidate, wanted);
    const distance = close ? 0.5 : editDistance(wanted, candidate);
    if (!close && (distance > typoLimit(Math.max(wanted.length, candidate.length)) || !digitsClose(wanted, candidate))) continue;
    if (distance < bestDistance || (distance === bestDistance && best !== null && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
