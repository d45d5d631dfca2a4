/**
 * Astro caches rendered Markdown by each entry's own content. A new glossary
 * entry must still be linked in an unchanged section on the next build,
 * with the cache kept: this is the stale-links trap from TOOLCHAIN.md.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject } from './temp-project.ts';

const STORY = 'north-korean-missiles-ukraine';
const project = tempProject('content');
afterAll(() => project.remove());

const storyHtml = () => readFileSync(join(project.dir, 'dist/stories', STORY, 'index.html'), 'utf8');
const entryFile = join(project.dir, 'content/glossary/middlebury-institute.md');
const ENTRY = [
  '---',
  'kind: organization',
  'name: Middlebury Institute',
  'short: A graduate school whose researchers were among the analysts who examined the Kharkiv debris.',
  'sources: [reuters-nation-thailand-2024-01-05]',
  'facts:',
  '  type: Graduate school',
  '---',
  'Test entry written by the re-link test. It names the institute where one of the analysts quoted by Reuters works, so that the section which already mentions it gains a link on the next build.',
  '',
].join('\n');
const LINKED = /<a href="\/glossary\/middlebury-institute\/"[^>]*>Middlebury Institute<\/a>/;

describe('re-linking after a glossary change, with the build cache kept', () => {
  it('links a phrase of an unchanged section once an entry for it is added, and unlinks it when removed', { timeout: 240_000 }, () => {
    const first = project.build();
    expect(first.status, first.output).toBe(0);
    expect(storyHtml()).toContain('Middlebury Institute');
    expect(storyHtml()).not.toContain('/glossary/middlebury-institute/');
    expect(existsSync(join(project.dir, 'node_modules/.astro/data-store.json'))).toBe(true);

    writeFileSync(entryFile, ENTRY);
    const second = project.build();
    expect(second.status, second.output).toBe(0);
    expect(storyHtml()).toMatch(LINKED);

    rmSync(entryFile);
    const third = project.build();
    expect(third.status, third.output).toBe(0);
    expect(storyHtml()).not.toContain('/glossary/middlebury-institute/');
  });

  it('re-links in astro dev when an entry is added or removed, without a restart', async () => {
    const port = 4400 + Math.floor(Math.random() * 400);
    const server = await project.dev(port);
    const story = async () => (await fetch(`http://127.0.0.1:${port}/stories/${STORY}/`)).text();
    const waitFor = async (test: (html: string) => boolean) => {
      for (let i = 0; i < 60; i++) {
        if (test(await story())) return true;
        await new Promise((r) => setTimeout(r, 500));
      }
      return false;
    };
    try {
      expect(await story()).not.toMatch(LINKED);
      writeFileSync(entryFile, ENTRY);
      expect(await waitFor((html) => LINKED.test(html))).toBe(true);
      rmSync(entryFile);
      expect(await waitFor((html) => !html.includes('/glossary/middlebury-institute/'))).toBe(true);
    } finally {
      process.kill(-server.pid!);
    }
  }, 120_000);
});
