/**
 * Incremental-build cache keys (Astro's `experimental.incrementalBuild`).
 *
 * Astro restores a page from the previous build when its `cacheKey` and the
 * hash of its bundled module graph are both unchanged. The module graph
 * covers the engine's code that the page runs (components, src/lib, src/data,
 * src/config, src/i18n, imported JSON); a lock-file or Astro-config change
 * invalidates every page. What Astro cannot see is the data a page read,
 * so each skippable route computes everything it renders in getStaticPaths
 * (src/data/*-pages.ts), passes it as props, and its key is a hash of those
 * props plus `siteDigest()`: the files every page reads at run time outside
 * the module graph.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../config/content-dir.ts';
import { canonicalJson } from '../lib/text/canonical-json.ts';

let digest: string | undefined;

/**
 * Files at the top of the content folder other than the collections
 * (site.yaml and anything like it): read at run time by the site config, so
 * Astro's module graph does not see them. Computed once per process.
 */
export function siteDigest(): string {
  if (digest === undefined) {
    const dir = contentDir();
    const hash = createHash('sha256');
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((name) => /^site\.(ya?ml|json)$/.test(name)).sort();
    } catch {
      // No content folder: the build fails elsewhere with a clearer message.
    }
    for (const name of names) hash.update(`${name}\n`).update(readFileSync(join(dir, name))).update('\n');
    digest = hash.digest('hex');
  }
  return digest;
}

/** The key of a page whose props are everything it renders. */
export function propsKey(props: unknown): string {
  return createHash('sha256').update(siteDigest()).update('\n').update(canonicalJson(props)).digest('hex').slice(0, 32);
}

/**
 * A content entry as its page renders it: everything but Astro's `digest`.
 * The digest also mixes in the whole glossary's link digest
 * (src/markdown/relinking-glob-loader.ts), so it changes for every entry when
 * one is added; the rendered HTML, the data and the body it stands for are
 * in the key themselves.
 */
export function asRendered<T extends { digest?: string | number }>(entry: T): Omit<T, 'digest'> {
  const { digest: _digest, ...rest } = entry;
  return rest;
}
