/**
 * Smoke test of the content this repository ships in content/ (or whatever
 * a newsroom has put there instead): it builds, and every story and entry it
 * holds gets its page. Everything else is tested on the fixture sites, so
 * replacing or emptying content/ never breaks the suite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent, REPO_ROOT } from '../fixtures/sites/sites.ts';
import { childEnv } from './temp-project.ts';

const OUT = join(REPO_ROOT, 'tests/.out/shipped');
const BUILD_TIMEOUT = 300_000;
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('the shipped content', () => {
  it('builds, with a page for every story and glossary entry in content/', { timeout: BUILD_TIMEOUT + 10_000 }, () => {
    const env = childEnv();
    delete env.EXPLAINER_CONTENT;
    const result = spawnSync(join(REPO_ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', OUT], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT,
      maxBuffer: 64 * 1024 * 1024,
      env,
    });
    expect(result.signal, 'the build timed out').toBeNull();
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(existsSync(join(OUT, 'index.html'))).toBe(true);
    const content = readContent(join(REPO_ROOT, 'content'));
    for (const story of content.stories) expect(existsSync(join(OUT, 'stories', story.id, 'index.html')), story.id).toBe(true);
    for (const entry of content.glossary) expect(existsSync(join(OUT, 'glossary', entry.id, 'index.html')), entry.id).toBe(true);
  });
});
