/**
 * `astro build` refuses broken content: the content guard runs the checker
 * before anything is built, so the build fails naming the file and field,
 * and no page is written.
 *
 * Each build runs in its own temporary project (see `tempProject`): this
 * repository's code and config, the fixture's content/. One passing build of the valid
 * base proves the harness itself can build a site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, removeTemp, tempProject } from '../fixtures/check/fixture.ts';

const BUILD_TIMEOUT = 120_000;
const temps: string[] = [];

afterAll(() => temps.forEach(removeTemp));

function build(name: string) {
  const root = tempProject(name);
  temps.push(root);
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
    env: childEnv(),
  });
  return { root, code: result.status, signal: result.signal, output: `${result.stdout}\n${result.stderr}` };
}

/** Every .html file under `dir`, relative to it. */
function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
}

describe('astro build', { timeout: BUILD_TIMEOUT + 10_000 }, () => {
  it('builds the valid base fixture (the harness works)', () => {
    const { root, code, output } = build('base');
    expect(code, output).toBe(0);
    expect(htmlFiles(join(root, 'dist'))).toContain('index.html');
    expect(readFileSync(join(root, 'dist', 'stories', 'river-bridge', 'index.html'), 'utf8')).toContain('The river bridge in Millbrook');
  });

  const failing: Array<[string, string, RegExp]> = [
    ['a schema error', 'missing-field', /content\/glossary\/town-council\.md:2:1 +short +required field "short" is missing/],
    ['a dangling reference', 'unknown-related', /content\/glossary\/arch-bridge\.md:6:11 +related\.0 +"millbrok" names no entry .*did you mean "millbrook"\?/],
    ['a section folder naming no story', 'section-folder-no-story', /content\/sections\/river-bridges\/01-later\.md:1:1 +folder +the folder "sections\/river-bridges\/" names no story/],
    ['a list file that is not a list', 'list-not-a-list', /content\/events\.yaml:1:1 +events +expected a list of items, found a mapping .*leave the file empty \(comments are fine\) or write \[\]/],
    ['a duplicate glossary id', 'duplicate-glossary-id', /content\/glossary\/millbrook\.mdx:1:1 +file name +the glossary id "millbrook" is already used by content\/glossary\/millbrook\.md/],
  ];

  it.each(failing)('fails on %s (%s), naming the file and field, and writes no page', (_what, name, expected) => {
    const { root, code, signal, output } = build(name);
    expect(signal, 'the build timed out').toBeNull();
    expect(code, output).not.toBe(0);
    expect(output).toMatch(expected);
    expect(output).toContain('nothing was published');
    expect(htmlFiles(join(root, 'dist'))).toEqual([]);
  });
});
