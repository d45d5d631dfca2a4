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

/** The candidate nearest to `wanted`, or null when none is within a third of its length (at least 2 edits allowed). */
export function closestId(wanted: string, candidates: Iterable<string>): string | null {
  const limit = Math.max(2, Math.ceil(wanted.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate);
    if (distance < bestDistance || (distance === bestDistance && best !== null && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== null && (bestDistance <= limit || best.startsWith(wanted) || wanted.startsWith(best))) return best;
  return null;
}
