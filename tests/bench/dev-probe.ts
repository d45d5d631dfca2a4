/**
 * Where `astro dev` spends a story page's request on a synthetic site:
 * the first request, a repeat with nothing changed, the first request
 * after a one-section edit, and after a one-entry edit (its `short` text).
 * `node tests/bench/dev-probe.ts 500x2500`
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempProject } from '../build/temp-project.ts';
import { writeSyntheticContent } from './synthetic.ts';

const [sections, entries] = (process.argv[2] ?? '500x2500').split('x').map(Number) as [number, number];
const dir = mkdtempSync(join(tmpdir(), 'explainer-devprobe-'));
writeSyntheticContent(join(dir, 'content'), { sections, entries });
const project = tempProject(join(dir, 'content'));
const port = 4700 + Math.floor(Math.random() * 100);
const t0 = performance.now();
const server = await project.dev(port, { timeoutMs: 600_000 });
const timed = async (label: string, url: string) => {
  const t = performance.now();
  const html = await (await fetch(url)).text();
  console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(2)} s`);
  return html;
};
try {
  console.log(`dev answered / after ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const story = `http://127.0.0.1:${port}/stories/story-0/`;
  await timed('story, first request', story);
  await timed('story, repeat', story);
  await timed('entry page, first request', `http://127.0.0.1:${port}/glossary/entry-1/`);
  await timed('entry page, repeat', `http://127.0.0.1:${port}/glossary/entry-1/`);
  const folder = join(project.dir, 'content/sections/story-0');
  const file = join(folder, readdirSync(folder).sort()[0]!);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()} probe${Date.now()}\n`);
  const t = performance.now();
  for (;;) {
    const html = await (await fetch(story)).text();
    if (html.includes('probe')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`story shows the edit after ${((performance.now() - t) / 1000).toFixed(2)} s`);
  await timed('story, repeat after the edit', story);
  // A one-entry edit that does not touch names or aliases (those re-link every page): its page shows it.
  const entryPage = `http://127.0.0.1:${port}/glossary/entry-1/`;
  const entryFile = join(project.dir, 'content/glossary/entry-1.md');
  const marker = `entryprobe${Date.now()}`;
  writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace(/^short: (.*)$/m, `short: $1 ${marker}`));
  const te = performance.now();
  for (;;) {
    const html = await (await fetch(entryPage)).text();
    if (html.includes(marker)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`entry page shows a one-entry edit after ${((performance.now() - te) / 1000).toFixed(2)} s`);
  await timed('story, first request after the entry edit', story);
} finally {
  process.kill(-server.pid!);
  project.remove();
  rmSync(dir, { recursive: true, force: true });
}
