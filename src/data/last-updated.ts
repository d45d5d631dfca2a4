/**
 * "Last updated" dates for pages, from the git history of their content
 * files (read once per build; see src/tooling/git-dates.ts for when a file has
 * no date).
 */
import { lastChange, readGitDates } from '../tooling/git-dates.ts';
import { perContentChange } from './per-build.ts';

/** Content path (e.g. `content/glossary/kn-23.md`) → date of its last commit. Astro runs from the project root. Re-read after a content change in dev. */
const gitDates: () => Map<string, string> = perContentChange(() => readGitDates(process.cwd()));

/** When the file behind an entry last changed (YYYY-MM-DD), or undefined when git does not know. */
export function lastUpdated(filePath: string | undefined): string | undefined {
  return lastChange(gitDates(), [filePath]);
}

/**
 * When a story page last changed: the latest change to the story file or any
 * of its sections, or, without git history, the story's own `updated` date.
 */
export function storyLastUpdated(story: { filePath?: string; data: { updated: string } }, sectionFilePaths: ReadonlyArray<string | undefined>): string {
  return lastChange(gitDates(), [story.filePath, ...sectionFilePaths], story.data.updated)!;
}
