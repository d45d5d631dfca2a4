/**
 * Memoises a whole-collection computation: a glossary page must not re-sort
 * 10,000 entries or re-invert every mention for each of 10,000 pages. In a
 * production build the value lives for the build. In dev it lives until a
 * content loader next writes to the data store (src/tooling/content-version.ts),
 * so requests between edits reuse it and the first request after an edit
 * recomputes it.
 */
import { contentVersion } from '../tooling/content-version.ts';

export function perBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  let version = -1;
  return () => {
    if (!import.meta.env.PROD && version !== contentVersion()) cached = undefined;
    version = contentVersion();
    cached ??= compute();
    return cached;
  };
}
