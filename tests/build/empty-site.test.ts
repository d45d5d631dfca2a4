/**
 * A clean start: `npm run new -- site` in a copy of the project writes an
 * empty content folder (site.yaml, empty lists, no stories, no entries). It
 * checks without errors and builds (one build), and the home page says there
 * are no stories yet instead of failing or showing an empty shell.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, tempProject } from './temp-project.ts';

const REPO = resolve(import.meta.dirname, '../..');
const project = tempProject();
afterAll(() => project.remove());

const cli = (name: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(REPO, 'src/cli', name), ...args, '--root', project.dir], { encoding: 'utf8', timeout: 20_000, env: { ...childEnv(), EXPLAINER_CONTENT: '' } });
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('an empty site from npm run new -- site', () => {
  it('checks without errors, builds, and has a home page that says there are no stories yet', { timeout: 240_000 }, () => {
    const created = cli('new.ts', 'site', 'Empty Desk');
    expect(created.status, created.stderr).toBe(0);

    const checked = cli('check.ts');
    expect(checked.status, checked.stdout).toBe(0);
    expect(checked.stdout).not.toMatch(/\berror/);
    expect(checked.stdout.trim().split('\n').at(-1)).toMatch(/^Content OK: \d+ files checked, no problems\.$/);

    const result = project.build();
    expect(result.status, result.output).toBe(0);

    const home = readFileSync(join(project.dir, 'dist/index.html'), 'utf8');
    const main = text(/<main[\s\S]*?<\/main>/.exec(home)?.[0] ?? home);
    expect(main).toContain('No stories yet');
    expect(main).not.toMatch(/undefined|NaN|\[object/);
    // No story pages, no entry pages, but the site's own pages are there.
    expect(existsSync(join(project.dir, 'dist/stories'))).toBe(false);
    for (const page of ['glossary/index.html', 'sources/index.html', 'search/index.html', '404.html', 'rss.xml']) {
      expect(existsSync(join(project.dir, 'dist', page)), page).toBe(true);
    }
  });
});
