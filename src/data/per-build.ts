/**
 * Memoises a whole-collection computation for one production build: a
 * glossary page must not re-sort 10,000 entries or re-invert every mention
 * for each of 10,000 pages. In dev, content changes between requests, so
 * every call recomputes.
 */
export function perBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (!import.meta.env.PROD) return compute();
    cached ??= compute();
    return cached;
  };
}
