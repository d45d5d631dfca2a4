/**
 * A build leaves the previous build's unchanged pages in dist/
 * (src/integrations/kept-output.ts) only when it can trust them: what a
 * finished build stamped, untouched since. A page edited by hand, a stray
 * file, or the output of a build that was killed half-way must never be
 * published: each case below ends in a dist/ identical, byte for byte, to a
 * cold build of the same content.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, tempProject } from './temp-project.ts';
import { coldBuild, differences, projectFiles, routes } from './warm-cold.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/sites/incremental');
const REPO = join(import.meta.dirname, '../..');

const project = tempProject(FIXTURE);
afterAll(() => project.remove());
const { file, edit } = projectFiles(project);

const SECTION = 'content/sections/river-bridge/02-the-opening.md';
const PAGE = 'dist/glossary/flood/index.html';

/** Starts `astro build` and kills its whole process group once it has written its first rendered page. */
function killedBuild(): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(join(REPO, 'node_modules/.bin/astro'), ['build'], { cwd: project.dir, env: childEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      fail(new Error(`the build never rendered a page:\n${output.slice(-2000)}`));
    }, 300_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // A page line with its render time: that page is written, the build is not finished.
      if (/\/stories\/river-bridge\/index\.html \(\+[\d.]+m?s\)/.test(output)) process.kill(-child.pid!, 'SIGKILL');
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', () => {
      clearTimeout(timer);
      done(output);
    });
  });
}

describe('kept output', () => {
  it('keeps only pages it can trust, and publishes what a cold build publishes', { timeout: 1_800_000 }, async () => {
    const first = project.build({ timeout: 600_000 });
    expect(first.status, first.output.slice(-3000)).toBe(0);
    const cold = coldBuild(project);
    expect(cold.status, cold.output.slice(-3000)).toBe(0);
    cpSync(file('dist-cold'), file('dist-original'), { recursive: true });
    expect(differences(file('dist'), file('dist-original'))).toEqual([]);

    // Nothing changed: every keyed page stays where it is, none is copied back.
    const again = project.build({ timeout: 600_000 });
    expect(again.status, again.output.slice(-3000)).toBe(0);
    expect(again.output).toMatch(/Kept \d+ unchanged pages of the previous build in place/);
    expect(again.output).toMatch(/\/glossary\/flood\/index\.html \(cached\)/);
    expect(again.output).not.toMatch(/\(restored\)/);
    expect(differences(file('dist'), file('dist-original'))).toEqual([]);

    // A page edited by hand is replaced by Astro's copy; a stray file and folder go.
    writeFileSync(file(PAGE), `${readFileSync(file(PAGE), 'utf8')}<!-- edited by hand -->`);
    mkdirSync(file('dist/glossary/stray'), { recursive: true });
    writeFileSync(file('dist/glossary/stray/index.html'), '<p>stray</p>');
    writeFileSync(file('dist/stray.txt'), 'stray');
    const tampered = project.build({ timeout: 600_000 });
    expect(tampered.status, tampered.output.slice(-3000)).toBe(0);
    expect(tampered.output).toMatch(/\/glossary\/flood\/index\.html \(restored\)/);
    expect(existsSync(file('dist/glossary/stray'))).toBe(false);
    expect(differences(file('dist'), file('dist-original'))).toEqual([]);

    // A build killed half-way has written pages of content that is then reverted; the next build trusts none of them.
    edit(SECTION, 'two years after the vote', 'twenty-six months after the vote');
    const output = await killedBuild();
    expect(output, 'the killed build should have rendered the edited story').toMatch(/\/stories\/river-bridge\/index\.html \(\+/);
    expect(readFileSync(file('dist/stories/river-bridge/index.html'), 'utf8')).toContain('twenty-six months');
    edit(SECTION, 'twenty-six months after the vote', 'two years after the vote');
    const after = project.build({ timeout: 600_000 });
    expect(after.status, after.output.slice(-3000)).toBe(0);
    // Astro's copies were written by the killed build under the old keys: neither they nor dist/ are trusted.
    expect(after.output).toMatch(/The previous build did not finish: every page is rendered again/);
    expect(routes(after.output).restored, 'nothing may be reused after a build that did not finish').toEqual([]);
    expect(differences(file('dist'), file('dist-original'))).toEqual([]);
    rmSync(file('dist-original'), { recursive: true, force: true });
  });
});
