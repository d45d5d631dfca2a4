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
 * props plus `siteDigestFor` its language (src/config/site.ts): what site.yaml and the
 * dictionary overrides decide, which every page reads at run time outside
 * the module graph.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteDigestFor } from '../config/site.ts';
import { pageLanguageCode } from '../config/page-language.ts';
import { canonicalJson } from '../lib/text/canonical-json.ts';
import { sourceDigest } from '../tooling/source-digest.ts';

/**
 * The engine's build code that shapes every page from outside the page's
 * module graph: astro.config.mjs, the integrations it loads (injected
 * scripts, Vite plugins that rewrite the browser's bundles, whose file names
 * the restored pages would otherwise keep) and the Markdown plugins, with
 * everything they import and the lockfile (`sourceDigest`). A change to any
 * of them re-renders every page. The middleware (language, CSP trimming) is
 * among them: Astro may not count it in a route's module graph.
 */
function buildCodeDigest(root = process.cwd()): string {
  const code = sourceDigest([join(root, 'astro.config.mjs'), join(root, 'src/middleware/index.ts'), join(root, 'src/markdown/pipeline.ts')], root);
  return createHash('sha256').update(code).update('\n').update(readFileSync(join(root, 'astro.config.mjs'))).digest('hex').slice(0, 16);
}

const buildDigest = buildCodeDigest();

/**
 * The key of a page whose props are everything it renders. The edition's
 * language is in it too: each page renders its dictionary strings, dates and
 * links at run time in that language (src/config/page-language.ts).
 */
export function propsKey(props: unknown): string {
  return createHash('sha256').update(siteDigestFor(pageLanguageCode())).update('\n').update(buildDigest).update('\n').update(pageLanguageCode() ?? '').update('\n').update(canonicalJson(props)).digest('hex').slice(0, 32);
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
