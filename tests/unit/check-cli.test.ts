/**
 * `node src/cli/check.ts` (what `npm run check` runs) as a child process,
 * pointed with --root at fixture trees written to temporary folders.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, removeTemp, tempCase } from '../fixtures/check/fixture.ts';

const CLI = join(REPO_ROOT, 'src', 'cli', 'check.ts');
const temps: string[] = [];

/** A temporary project root holding the case's content/. */
function fixture(name: string): string {
  const root = tempCase(name);
  temps.push(root);
  return root;
}

/** Runs the command the way `npm run check` does: Node with type stripping, from the repository root. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 15_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.trim().split('\n') };
}

afterAll(() => temps.forEach(removeTemp));

describe('check command', { timeout: 60_000 }, () => {
  it('exits 0 on valid content and says so', () => {
    const { code, stdout, stderr } = run('--root', fixture('base'));
    expect(stderr).toBe('');
    expect(stdout).toBe('Content OK: 10 files checked, no problems.\n');
    expect(code).toBe(0);
  });

  it('exits 1 on errors, printing each problem as path:line:column and a summary', () => {
    const { code, lines } = run('--root', fixture('unknown-related'));
    expect(lines).toEqual([
      'content/glossary/arch-bridge.md:6:11  related.0  "millbrok" names no entry in content/glossary/  (did you mean "millbrook"?)',
      '1 error, 0 warnings in 1 file (10 files checked).',
    ]);
    expect(code).toBe(1);
  });

  it('prints every problem at once, sorted by file and line', () => {
    const { code, lines } = run('--root', fixture('three-mistakes'));
    expect(lines.slice(0, 3).map((l) => l.split('  ')[0])).toEqual([
      'content/claims.yaml:3:13',
      'content/glossary/arch-bridge.md:4:1',
      'content/stories/river-bridge.md:4:12',
    ]);
    expect(lines[3]).toBe('3 errors, 0 warnings in 3 files (10 files checked).');
    expect(code).toBe(1);
  });

  it('passes warnings by default, and fails them with --strict', () => {
    const root = fixture('unused-source');
    const relaxed = run('--root', root);
    expect(relaxed.lines[0]).toBe(
      'content/sources.yaml:21:7  spare-report.id  warning: the source "spare-report" is not cited anywhere  (cite it from the content that relies on it, or remove it)',
    );
    expect(relaxed.lines[1]).toMatch(/^Content OK: 0 errors, 1 warning in 1 file/);
    expect(relaxed.code).toBe(0);

    const strict = run('--root', root, '--strict');
    expect(strict.lines[1]).toMatch(/^0 errors, 1 warning in 1 file .*--strict/);
    expect(strict.code).toBe(1);
  });

  it('prints GitHub annotations with --format github', () => {
    const { code, lines } = run('--root', fixture('unknown-forced-link'), '--format', 'github');
    expect(lines[0]).toBe(
      '::error file=content/sections/river-bridge/02-the-opening.md,line=6,col=5,title=body::the link "glossary:arch-brige" names no glossary entry (did you mean "glossary:arch-bridge"?)',
    );
    expect(code).toBe(1);
  });

  it('marks warnings as ::warning in GitHub format', () => {
    const { lines } = run('--root', fixture('unmentioned-glossary'), '--format', 'github');
    expect(lines[0]).toMatch(/^::warning file=content\/glossary\/weir\.md,line=3,col=7,title=name::/);
  });

  it('measures future dates from --today', () => {
    const root = fixture('future-event');
    expect(run('--root', root, '--today', '2025-01-01').code).toBe(1);
    expect(run('--root', root, '--today', '2031-06-01').code).toBe(0);
  });

  it('exits 2 on a bad option or a root without content/', () => {
    const badFormat = run('--format', 'xml');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('unknown format "xml"');
    const noContent = run('--root', join(REPO_ROOT, 'src'));
    expect(noContent.code).toBe(2);
    expect(noContent.stderr).toContain('no content/ folder');
  });
});
