/**
 * Astro caches rendered Markdown by each entry's own content. A new glossary
 * entry must still be linked in an unchanged section on the next build,
 * with the cache kept. (The trap: Astro caches each entry's rendered
 * Markdown in node_modules/.astro/data-store.json keyed by that entry's own
 * text, so unless the glossary is part of the key an unchanged section keeps
 * the links of the previous build, in `astro build` and in `astro dev`.)
 *
 * Runs on a temporary project holding the tiny fixture site as its content/.
 * The new entry names the fixture's newspaper, which its story mentions but
 * has no entry for.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, siteContentDir } from '../fixtures/sites/sites.ts';
import { tempProject } from './temp-project.ts';

const tiny = fixture('tiny');
const STORY = tiny.stories[0]!.id;
/** A word the story's sections use that no entry claims yet. */
const PHRASE = 'Gazette';
const project = tempProject(siteContentDir('tiny'));
afterAll(() => project.remove());

const storyHtml = () => readFileSync(join(project.dir, 'dist/stories', STORY, 'index.html'), 'utf8');
const entryFile = join(project.dir, 'content/glossary/millbrook-gazette.md');
const ENTRY = [
  '---',
  'kind: organization',
  'name: Millbrook Gazette',
  `aliases: [${PHRASE}]`,
  'short: The weekly newspaper of Millbrook, which reported the opening of the footbridge.',
  `sources: [${tiny.sources[0]!.id}]`,
  'facts:',
  '  type: Newspaper',
  '---',
  'Test entry written by the re-link test, so that the sections which already mention the paper gain a link on the next build.',
  '',
].join('\n');
const LINKED = new RegExp(`<a href="/glossary/millbrook-gazette/"[^>]*>${PHRASE}</a>`);

describe('re-linking after a glossary change, with the build cache kept', () => {
  it('links a phrase of an unchanged section once an entry for it is added, and unlinks it when removed', { timeout: 240_000 }, () => {
    const first = project.build();
    expect(first.status, first.output).toBe(0);
    expect(tiny.glossary.some((g) => [g.data.name, ...(g.data.aliases ?? [])].includes(PHRASE))).toBe(false);
    expect(tiny.sections.some((s) => s.body.includes(PHRASE))).toBe(true);
    expect(storyHtml()).toContain(PHRASE);
    expect(storyHtml()).not.toContain('/glossary/millbrook-gazette/');
    expect(existsSync(join(project.dir, 'node_modules/.astro/data-store.json'))).toBe(true);

    writeFileSync(entryFile, ENTRY);
    const second = project.build();
    expect(second.status, second.output).toBe(0);
    expect(storyHtml()).toMatch(LINKED);

    rmSync(entryFile);
    const third = project.build();
    expect(third.status, third.output).toBe(0);
    expect(storyHtml()).not.toContain('/glossary/millbrook-gazette/');
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
      expect(await waitFor((html) => !html.includes('/glossary/millbrook-gazette/'))).toBe(true);
    } finally {
      process.kill(-server.pid!);
    }
  }, 120_000);
});
