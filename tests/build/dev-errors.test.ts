/**
 * `astro dev` with content problems introduced while it runs: every page
 * shows the checker's message (as the terminal does), never a 500 with a
 * JavaScript error or a stack trace, and the site recovers once the content
 * is fixed, without a restart. Data computed per build is fresh after each
 * change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../fixtures/check/fixture.ts';
import { tempProject } from './temp-project.ts';

const project = tempProject(join(FIXTURES_DIR, 'base/content'));
afterAll(() => project.remove());

describe('content problems in astro dev', () => {
  it('shows the checker message on every page until fixed, then renders again', async () => {
    const port = 4800 + Math.floor(Math.random() * 400);
    const log = join(project.dir, 'dev.log');
    const server = await project.dev(port, { log });
    const get = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: res.status, text: await res.text() };
    };
    const waitFor = async (path: string, test: (r: { status: number; text: string }) => boolean) => {
      let last = { status: 0, text: '' };
      for (let i = 0; i < 60; i++) {
        last = await get(path);
        if (test(last)) return last;
        await new Promise((r) => setTimeout(r, 500));
      }
      return last;
    };
    const entry = join(project.dir, 'content/glossary/arch-bridge.md');
    const claims = join(project.dir, 'content/claims.yaml');
    const good = readFileSync(entry, 'utf8');
    try {
      expect((await get('/glossary/arch-bridge/')).status).toBe(200);

      // A dangling related id: the page that would crash on it shows the problem instead.
      writeFileSync(entry, good.replace('related: [millbrook]', 'related: [millbrok]'));
      const broken = await waitFor('/glossary/arch-bridge/', (r) => r.status !== 200);
      expect(broken.status).toBe(500);
      expect(broken.text).toContain('content/glossary/arch-bridge.md:6:11  related.0  &quot;millbrok&quot; names no entry in content/glossary/');
      expect(broken.text).toContain('did you mean &quot;millbrook&quot;?');
      expect(broken.text).not.toMatch(/Cannot read properties|TypeError|\bat .*\.(ts|astro|js):\d+/);
      // Every page, not only the one with the bad data.
      expect((await get('/')).text).toContain('1 content problem');
      // The terminal says the same, without a stack trace.
      const terminal = readFileSync(log, 'utf8');
      expect(terminal).toContain('content/glossary/arch-bridge.md:6:11  related.0  "millbrok" names no entry in content/glossary/');
      expect(terminal).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);

      writeFileSync(entry, good);
      const fixed = await waitFor('/glossary/arch-bridge/', (r) => r.status === 200);
      expect(fixed.status, fixed.text.slice(0, 2000)).toBe(200);
      expect(fixed.text).toContain('arch bridge');
      expect(readFileSync(log, 'utf8')).toContain('Content problems fixed: pages render again.');

      // Per-build data is recomputed after a change: an edited claim shows at once.
      writeFileSync(claims, readFileSync(claims, 'utf8').replace('The arch design was the cheapest of the three options.', 'The arch design was the quietest of the three options.'));
      const claimPage = await waitFor('/glossary/town-council/', (r) => r.text.includes('quietest'));
      expect(claimPage.text).toContain('The arch design was the quietest of the three options.');
    } finally {
      process.kill(-server.pid!);
    }
  }, 180_000);
});
