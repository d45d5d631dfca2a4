/**
 * `astro dev` after the edits an editor makes all day, on the tiny fixture
 * site: each shows up without a restart, although the dev server keeps
 * per-file work between requests (the checker's memo, the glossary files it
 * read, the content files). A section's text; a mistake in it and its fix; a
 * deleted section; an entry renamed, then given its old name back as an
 * alias; an entry's short text. Files are written in place, as many editors
 * save (emptied, then written: src/tooling/settled-watcher.ts).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteContentDir } from '../fixtures/sites/sites.ts';
import { tempProject } from './temp-project.ts';

const project = tempProject(siteContentDir('tiny'));
afterAll(() => project.remove());

const STORY = '/stories/millbrook-footbridge/';
const content = (path: string) => join(project.dir, 'content', path);
/** "Wend valley" in the third section, linked to its entry. */
const WEND_LINK = /<a [^>]*href="\/glossary\/wend-valley\/"[^>]*>Wend valley<\/a>/;

describe('edits in astro dev', () => {
  it('show up on the next request: section text, a mistake and its fix, a deleted section, a renamed entry, an alias, an entry’s text', async () => {
    const port = 5200 + Math.floor(Math.random() * 400);
    const server = await project.dev(port, { log: join(project.dir, 'dev.log') });
    const get = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: res.status, text: await res.text() };
    };
    const waitFor = async (path: string, test: (r: { status: number; text: string }) => boolean) => {
      let last = { status: 0, text: '' };
      for (let i = 0; i < 80; i++) {
        last = await get(path);
        if (test(last)) return last;
        await new Promise((r) => setTimeout(r, 500));
      }
      return last;
    };
    const plan = content('sections/millbrook-footbridge/01-the-plan.md');
    const windows = content('sections/millbrook-footbridge/03-the-windows.md');
    const wend = content('glossary/wend-valley.md');
    const planText = readFileSync(plan, 'utf8');
    const wendText = readFileSync(wend, 'utf8');
    try {
      const first = await get(STORY);
      expect(first.status).toBe(200);
      expect(first.text).toMatch(WEND_LINK);
      expect(first.text).toContain('The windows of Mill Lane');

      // A section's text.
      writeFileSync(plan, `${planText.trimEnd()}\n\nThe ferry stopped running that autumn.\n`);
      expect((await waitFor(STORY, (r) => r.text.includes('The ferry stopped running that autumn.'))).text).toContain('The ferry stopped running that autumn.');

      // A citation of a source that does not exist: the checker, which kept the other files' work, still sees it.
      writeFileSync(plan, `${planText.trimEnd()}\n\nThe ferry stopped. [source](source:ferry-timetable-2020)\n`);
      const broken = await waitFor(STORY, (r) => r.status !== 200);
      expect(broken.status).toBe(500);
      expect(broken.text).toContain('the citation &quot;source:ferry-timetable-2020&quot; names no source');
      writeFileSync(plan, planText);
      const fixed = await waitFor(STORY, (r) => r.status === 200 && !r.text.includes('The ferry stopped'));
      expect(fixed.status).toBe(200);
      expect(fixed.text).not.toContain('The ferry stopped');

      // An entry renamed: the text that named it is no longer linked to it.
      writeFileSync(wend, wendText.replace('name: Wend valley\naliases: [valley of the Wend]', 'name: Wend basin\naliases: [basin of the Wend]'));
      expect(WEND_LINK.test((await waitFor(STORY, (r) => r.status === 200 && !WEND_LINK.test(r.text))).text)).toBe(false);
      // Its old name as an alias: linked again.
      writeFileSync(wend, wendText.replace('name: Wend valley\naliases: [valley of the Wend]', 'name: Wend basin\naliases: [Wend valley]'));
      expect((await waitFor(STORY, (r) => WEND_LINK.test(r.text))).text).toMatch(WEND_LINK);

      // An entry's short text, on its page.
      writeFileSync(wend, wendText.replace(/^short: (.*)$/m, 'short: A river valley, described again for this test.'));
      expect((await waitFor('/glossary/wend-valley/', (r) => r.text.includes('described again for this test'))).text).toContain('A river valley, described again for this test.');

      // A deleted section leaves the story.
      rmSync(windows);
      const without = await waitFor(STORY, (r) => r.status === 200 && !r.text.includes('The windows of Mill Lane'));
      expect(without.status).toBe(200);
      expect(without.text).not.toContain('The windows of Mill Lane');
      expect(without.text).toContain('The plan');
    } finally {
      process.kill(-server.pid!);
    }
  }, 300_000);
});
