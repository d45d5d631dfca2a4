/**
 * When each content file was last changed, from git history: one
 * `git log` over the content folder per build, not one per file.
 *
 * A file with no trustworthy date is left out of the map, and pages fall
 * back to what the content says (a story's `updated`) or show nothing:
 * - no git, or not a repository (a release tarball): the map is empty;
 * - a file never committed;
 * - in a shallow clone (CI checkouts often fetch one commit), a file whose
 *   newest commit is the clone's cut-off: that commit shows every file as
 *   added, so its date says nothing about the file.
 */
import { execFileSync } from 'node:child_process';

/** Separates commits in the log output; a NUL never occurs in paths or dates. */
const COMMIT = '\u0000';

/** The `git log` arguments whose output `parseGitLog` reads. */
export function gitLogArgs(pathspec: string): string[] {
  return ['-c', 'core.quotePath=false', 'log', '--format=%x00%cs%x09%D', '--name-only', '--relative', '--', pathspec];
}

/**
 * Reads `git log --format=%x00%cs%x09%D --name-only` output (newest commit
 * first) into a map from path to the date (YYYY-MM-DD) of its newest commit.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  const unknown = new Set<string>();
  for (const record of output.split(COMMIT)) {
    const [header = '', ...files] = record.split('\n');
    const [date = '', decorations = ''] = header.split('\t');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    const grafted = decorations.split(', ').includes('grafted');
    for (const file of files) {
      if (!file || dates.has(file) || unknown.has(file)) continue;
      if (grafted) unknown.add(file);
      else dates.set(file, date);
    }
  }
  return dates;
}

/**
 * Path (relative to `cwd`, forward slashes) → date of its last commit, for
 * every file under `pathspec`. Empty when git is missing or `cwd` is not in a
 * repository.
 */
export function readGitDates(cwd: string, pathspec = 'content'): Map<string, string> {
  try {
    const output = execFileSync('git', gitLogArgs(pathspec), {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    return parseGitLog(output);
  } catch {
    return new Map();
  }
}

/** The latest of the known dates (YYYY-MM-DD strings compare as text), or undefined. */
export function latestDate(dates: ReadonlyArray<string | undefined>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) if (date && (!latest || date > latest)) latest = date;
  return latest;
}

/**
 * When a page built from the files at `paths` last changed: the latest date
 * git knows for any of them, otherwise `fallback` (e.g. a story's `updated`).
 */
export function lastChange(dates: ReadonlyMap<string, string>, paths: ReadonlyArray<string | undefined>, fallback?: string): string | undefined {
  return latestDate(paths.map((path) => (path ? dates.get(path.split('\\').join('/')) : undefined))) ?? fallback;
}
