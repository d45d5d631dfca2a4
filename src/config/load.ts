/**
 * Reads the site's configuration files once: `site.yaml` and, when present,
 * `i18n/<language>.yaml` from the content folder. The rules live in
 * src/lib/check/site-config.ts (shared with the content checker); this file
 * only does the I/O and never throws for a bad value, so `astro.config.mjs`
 * can read `url` and `base` and leave the reporting to the content guard,
 * which prints every problem as `file:line:col  field  message  (fix)`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkMessagesFile, checkSiteFile } from '../lib/check/site-config.ts';
import type { Problem } from '../lib/check/problem.ts';
import type { Dictionary } from '../i18n/translate.ts';
import { en } from '../i18n/en.ts';
import { contentDir as defaultContentDir, contentLabel } from './content-dir.ts';
import { resolveSite, siteSchema, type SiteConfig } from './schema.ts';

/** The file names inside the content folder. */
export const SITE_FILE = 'site.yaml';
export const messagesFile = (language: string) => `i18n/${language}.yaml`;

export interface LoadedSite {
  site: SiteConfig;
  /** The newsroom's rewording of dictionary entries in the default language (already validated). */
  overrides: Dictionary;
  /** The same for every language of the site, by code. */
  overridesByLanguage: Record<string, Dictionary>;
  /** Problems found in the files; when there are errors, `site` holds the defaults. */
  problems: Problem[];
  /** The files read, for dev-server watching. */
  files: string[];
}

/** A site with no usable site.yaml: the engine's defaults, so the guard can still report what is wrong. */
function fallbackSite(env: NodeJS.ProcessEnv): SiteConfig {
  return resolveSite(siteSchema.parse({ name: en['site.defaultName'], url: 'https://example.org' }), env);
}

export function loadSite(dir: string = defaultContentDir(), root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): LoadedSite {
  const label = contentLabel(dir, root);
  const sitePath = join(dir, SITE_FILE);
  const files = [sitePath];
  if (!existsSync(sitePath)) {
    const problem: Problem = {
      file: `${label}/${SITE_FILE}`,
      line: 1,
      column: 1,
      field: 'file',
      message: 'there is no site.yaml: the site is built with the default name and colours',
      fix: `create ${label}/${SITE_FILE} with at least "name:" and "url:" (see "Make it your own site" in EDITING.md)`,
      severity: 'warning',
    };
    return { site: fallbackSite(env), overrides: {}, overridesByLanguage: {}, problems: [problem], files };
  }
  const checked = checkSiteFile({ path: `${label}/${SITE_FILE}`, text: readFileSync(sitePath, 'utf8') });
  const site = checked.data ? resolveSite(checked.data, env) : fallbackSite(env);
  const problems = [...checked.problems];
  const overridesByLanguage: Record<string, Dictionary> = {};
  for (const { code } of site.languages) {
    const overridePath = join(dir, messagesFile(code));
    files.push(overridePath);
    if (!existsSync(overridePath)) continue;
    const messages = checkMessagesFile({ path: `${label}/${messagesFile(code)}`, text: readFileSync(overridePath, 'utf8') });
    overridesByLanguage[code] = messages.overrides;
    problems.push(...messages.problems);
  }
  return { site, overrides: overridesByLanguage[site.language] ?? {}, overridesByLanguage, problems, files };
}
