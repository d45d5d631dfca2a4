/**
 * Memoises a whole-collection computation: a glossary page must not re-sort
 * 10,000 entries or re-invert every mention for each of 10,000 pages. Once per
 * language: what a computation reads (translations, links, dictionary words)
 * depends on the page's language. In a production build the values live for
 * the build. In dev they live until a content loader next writes to the data
 * store, or Astro reports the saved store (src/tooling/content-version.ts), so
 * requests between edits reuse them and the first request after an edit
 * recomputes them.
 */
import { pageLanguageCode } from '../config/page-language.ts';
import { contentVersion } from '../tooling/content-version.ts';

export function perBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  const cached = new Map<string, Promise<T>>();
  let version = -1;
  return () => {
    if (!import.meta.env.PROD && version !== contentVersion()) cached.clear();
    version = contentVersion();
    const key = pageLanguageCode() ?? '';
    let value = cached.get(key);
    if (!value) {
      value = compute();
      cached.set(key, value);
    }
    return value;
  };
}
