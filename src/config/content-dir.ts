/**
 * Where the site's content lives. A newsroom keeps it in `content/`; tests and
 * fixture sites point the same engine at another folder with the
 * `EXPLAINER_CONTENT` environment variable (a path relative to the project
 * root, or absolute), so nothing in the engine knows which site it builds.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve } from 'node:path';

/** The environment variable that points a build, `npm run check` or `npm run new` at another content folder. */
export const CONTENT_ENV = 'EXPLAINER_CONTENT';

/** The content folder's absolute path, for a project at `root` (default: the working directory). */
export function contentDir(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[CONTENT_ENV]?.trim();
  return resolve(root, chosen ? chosen : 'content');
}

/** The content folder as editors see it in messages: relative to the project root, with forward slashes. */
export function contentLabel(dir: string, root: string = process.cwd()): string {
  const rel = relative(root, dir);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return dir.split('\\').join('/');
  return rel.split('\\').join('/');
}

/**
 * Astro's cache folder for this content: the default one for `content/`, a
 * separate one per other folder, so two sites built from one checkout never
 * share cached entries.
 */
export function cacheDirFor(dir: string, root: string = process.cwd()): string {
  const own = resolve(root, 'content');
  if (dir === own) return resolve(root, 'node_modules/.astro');
  const tag = createHash('sha256').update(dir).digest('hex').slice(0, 10);
  return resolve(root, 'node_modules/.astro/sites', tag);
}
