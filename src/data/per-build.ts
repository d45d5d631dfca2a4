/**
 * Memoises a whole-collection computation for one production build: a
 * glossary page must not re-sort 10,000 entries or re-invert every mention
 * for each of 10,000 pages. Once per language: what a computation reads
 * (translations, links, dictionary words) depends on the page's language.
 * In dev, content changes between requests, so every call recomputes.
 */
import { pageLanguageCode } from '../config/page-language.ts';

export function perBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  const cached = new Map<string, Promise<T>>();
  return () => {
    if (!import.meta.env.PROD) return compute();
    const key = pageLanguageCode() ?? '';
    let value = cached.get(key);
    if (!value) {
      value = compute();
      cached.set(key, value);
    }
    return value;
  };
}
