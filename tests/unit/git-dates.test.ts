/**
 * "Last updated" dates from git: the log parser, a real repository made in a
 * temporary folder with fixed commit dates, a shallow clone of it, and the
 * fallback when there is no repository at all (a release tarball).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastChange, latestDate, parseGitLog, readGitDates } from '../../src/tooling/git-dates.ts';

const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-git-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** git with a fixed identity, no user or system config, and no repository above `cwd` mistaken for ours. */
function git(cwd: string, args: string[], date?: string) {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: cwd,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CEILING_DIRECTORIES: dirname(cwd),
    GIT_AUTHOR_NAME: 'Editor',
    GIT_AUTHOR_EMAIL: 'editor@example.org',
    GIT_COMMITTER_NAME: 'Editor',
    GIT_COMMITTER_EMAIL: 'editor@example.org',
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function write(root: string, path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('parseGitLog', () => {
  it('keeps the newest date of each file and skips what a shallow clone cannot date', () => {
    const log = [
      '\u00002024-03-04\tHEAD -> main\n\ncontent/a.md\n',
      '\u00002024-02-01\t\n\ncontent/b.md\ncontent/a.md\n',
      '\u00002024-01-02\tgrafted\n\ncontent/c.md\ncontent/b.md\n',
    ].join('');
    expect(parseGitLog(log)).toEqual(new Map([['content/a.md', '2024-03-04'], ['content/b.md', '2024-02-01']]));
  });

  it('reads empty output as no dates', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});

describe('latestDate and lastChange', () => {
  it('picks the latest known date, else the fallback', () => {
    expect(latestDate(['2024-01-02', undefined, '2024-11-04', '2023-12-30'])).toBe('2024-11-04');
    expect(latestDate([undefined])).toBeUndefined();
    const dates = new Map([['content/stories/s.md', '2024-01-05'], ['content/sections/s/01-a.md', '2024-02-01']]);
    expect(lastChange(dates, ['content/stories/s.md', 'content/sections/s/01-a.md'], '2023-01-01')).toBe('2024-02-01');
    expect(lastChange(dates, ['content/stories/other.md'], '2023-01-01')).toBe('2023-01-01');
    expect(lastChange(dates, [undefined])).toBeUndefined();
  });
});

describe('readGitDates on a real repository', () => {
  let repo: string;
  let project: string;

  beforeAll(() => {
    // The project sits in a subfolder of the repository, as it may in a monorepo.
    repo = temp();
    project = join(repo, 'site');
    git(repo, ['init', '-q', '-b', 'main']);
    write(project, 'content/glossary/kn-23.md', 'one\n');
    write(project, 'content/stories/story.md', 'one\n');
    write(project, 'src/page.ts', 'code\n');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-q', '-m', 'first'], '2024-01-02T10:00:00Z');
    write(project, 'content/glossary/kn-23.md', 'two\n');
    git(repo, ['commit', '-q', '-am', 'second'], '2024-03-04T10:00:00Z');
    write(project, 'src/page.ts', 'more code\n');
    git(repo, ['commit', '-q', '-am', 'code only'], '2024-05-06T10:00:00Z');
    write(project, 'content/sources.yaml', '[]\n');
  });

  it('dates each committed content file by its last commit, with paths from the project folder', () => {
    expect(readGitDates(project)).toEqual(
      new Map([
        ['content/glossary/kn-23.md', '2024-03-04'],
        ['content/stories/story.md', '2024-01-02'],
      ]),
    );
  });

  it('leaves out files that were never committed and files outside content/', () => {
    const dates = readGitDates(project);
    expect(dates.has('content/sources.yaml')).toBe(false);
    expect([...dates.keys()].every((path) => path.startsWith('content/'))).toBe(true);
  });

  it('in a shallow clone, dates only files changed after the cut-off', () => {
    const clone = join(temp(), 'clone');
    git(repo, ['clone', '-q', '--depth', '2', `file://${repo}`, clone]);
    // The clone holds "code only" and "second"; "second" is the cut-off and lists every file as new.
    expect(readGitDates(join(clone, 'site')).size).toBe(0);
    // Three commits deep, "first" is the cut-off (git marks it even though it is the root): kn-23 has a date, story.md not.
    const deeper = join(temp(), 'deeper');
    git(repo, ['clone', '-q', '--depth', '3', `file://${repo}`, deeper]);
    expect(readGitDates(join(deeper, 'site'))).toEqual(new Map([['content/glossary/kn-23.md', '2024-03-04']]));
  });

  it('returns no dates outside a repository (a tarball), so pages fall back', () => {
    const plain = temp();
    write(plain, 'content/stories/story.md', 'one\n');
    const dates = readGitDates(plain);
    expect(dates.size).toBe(0);
    expect(lastChange(dates, ['content/stories/story.md'], '2024-11-04')).toBe('2024-11-04');
    expect(lastChange(dates, ['content/glossary/kn-23.md'])).toBeUndefined();
  });
});
