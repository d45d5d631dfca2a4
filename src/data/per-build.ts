/**
 * Memoises a whole-collection computation for one production build: a
 * glossary page must not re-sort 10,000 entries or re-invert every mention
 * for each of 10,000 pages. In dev, content changes between requests, so
 * every call recomputes.
 */
import { contentGeneration } from './content-generation.ts';

export function perBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (!import.meta.env.PROD) return compute();
    cached ??= compute();
    return cached;
  };
}

/** `perBuild` for a computation per key (one story's scope): memoised in a build, recomputed on every call in dev. */
export function perBuildKeyed<K, T>(compute: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const cache = new Map<K, Promise<T>>();
  return (key) => {
    if (!import.meta.env.PROD) return compute(key);
    let value = cache.get(key);
    if (!value) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * For synchronous data that does not come from the content store (git
 * history): kept for the whole build, and in dev until the next change
 * under content/.
 */
export function perContentChange<T>(compute: () => T): () => T {
  let cached: { generation: number; value: T } | undefined;
  return () => {
    const generation = contentGeneration();
    if (!cached || cached.generation !== generation) cached = { generation, value: compute() };
    return cached.value;
  };
}
