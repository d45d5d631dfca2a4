/**
 * The site's configuration, validated once per process: the ONE place code
 * reads the site's name, address, language, links and colours from. It comes
 * from `site.yaml` at the top of the content folder (src/config/schema.ts
 * documents every field); nothing in src/ hard-codes any of it.
 *
 * A bad site.yaml stops the build in the content guard, which runs first and
 * prints every problem; pages importing this module then never render.
 */
import { createHash } from 'node:crypto';
import { loadSite } from './load.ts';
import { withBase } from '../lib/linking/site-path.ts';
import type { SiteConfig } from './schema.ts';

const loaded = loadSite();

export const site: SiteConfig = loaded.site;

/** The newsroom's dictionary overrides (content/i18n/<language>.yaml), for src/i18n/. */
export const messageOverrides = loaded.overrides;

/**
 * A digest of everything site.yaml and the dictionary overrides decide. Every
 * page depends on them, but Astro's incremental build only tracks code, so a
 * route's `cacheKey` must include this (a new colour or wording re-renders all).
 */
export const siteDigest: string = createHash('sha256').update(JSON.stringify({ site, messageOverrides })).digest('hex').slice(0, 16);

/** A path on this site with the base path in front: `sitePath('/glossary/')` → `/explainers/glossary/` under base `/explainers/`. */
export function sitePath(path: string): string {
  return withBase(path, site.base);
}

/** The public address of a path on this site. */
export function siteUrl(path: string): string {
  return new URL(sitePath(path), site.url).href;
}

/** A configured link's address: site paths get the base, full addresses stay as written. */
export function linkHref(href: string): string {
  return href.startsWith('/') ? sitePath(href) : href;
}
