/**
 * The content checker alone on a synthetic site (what `astro build` runs
 * before anything else): `node tests/bench/check-cost.ts 1000x5000`.
 * With `--warm`: a check that saves its memo (as a build does), one section
 * edited, then a check that starts from the saved memo (the next build);
 * the same after a glossary entry renamed (every body searched again); and
 * the linker's glossary read (readLinkableEntries) without and with its cache.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkContent, CheckMemo, type ContentFile } from '../../src/lib/check/check-content.ts';
import { formatProblem, sortProblems } from '../../src/lib/check/problem.ts';
import { loadCheckMemo, saveCheckMemo } from '../../src/tooling/check-cache.ts';
import { readContentFiles } from '../../src/tooling/read-content.ts';
import { readLinkableEntries } from '../../src/markdown/glossary-source.ts';
import { writeSyntheticContent } from './synthetic.ts';

const warm = process.argv.includes('--warm');
const [sections, entries] = (process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '1000x5000').split('x').map(Number) as [number, number];
const dir = mkdtempSync(join(tmpdir(), 'explainer-check-'));
writeSyntheticContent(join(dir, 'content'), { sections, entries });
const files = readContentFiles(join(dir, 'content'), dir);

function timed<T>(label: string, run: () => T): T {
  const start = process.cpuUsage();
  const t = performance.now();
  const result = run();
  const cpu = process.cpuUsage(start);
  console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU`);
  return result;
}

if (!warm) {
  const problems = timed(`${files.length} files`, () => checkContent(files, { contentDir: 'content' }));
  console.log(`${problems.length} problems`);
} else {
  const cache = join(dir, 'check-cache.json');
  const cold = timed(`${files.length} files, cold check`, () => checkContent(files, { contentDir: 'content', memo: new CheckMemo() }));
  // The first memo was not kept: save what a cold build saves.
  const memo = new CheckMemo();
  checkContent(files, { contentDir: 'content', memo });
  timed('save', () => saveCheckMemo(cache, memo));
  console.log(`cache file: ${(statSync(cache).size / 1e6).toFixed(1)} MB, ${cold.length} problems cold`);
  const section = files.find((f) => f.path.startsWith('content/sections/'))!;
  const entry = files.find((f) => f.path.startsWith('content/glossary/'))!;
  const edits: Array<[string, (f: ContentFile) => ContentFile]> = [
    ['one section edit', (f) => (f === section ? { path: f.path, text: `${f.text}\nOne more sentence.\n` } : f)],
    ['one glossary entry renamed', (f) => (f === entry ? { path: f.path, text: f.text.replace(/^name: .*$/m, 'name: Renamed Entry') } : f)],
  ];
  for (const [label, change] of edits) {
    const edited = files.map(change);
    const loaded = timed('load', () => loadCheckMemo(cache, 'content'));
    const problems = timed(`warm check after ${label}`, () => checkContent(edited, { contentDir: 'content', memo: loaded }));
    const fresh = checkContent(edited, { contentDir: 'content' });
    const same = sortProblems(problems).map(formatProblem).join('\n') === sortProblems(fresh).map(formatProblem).join('\n');
    console.log(`${problems.length} problems warm; same as a fresh check: ${same}`);
  }
  const loaded = loadCheckMemo(cache, 'content');
  checkContent(files.map(edits[0]![1]), { contentDir: 'content', memo: loaded });
  timed('save after the section edit', () => saveCheckMemo(cache, loaded));

  const glossary = join(dir, 'content', 'glossary');
  /** A new process: nothing of the glossary in memory (the files live on globalThis). */
  const newProcess = () => delete (globalThis as Record<symbol, unknown>)[Symbol.for('explainer.glossary-files')];
  newProcess();
  timed('readLinkableEntries, no cache (parse and save)', () => readLinkableEntries(glossary, dir));
  newProcess();
  timed('readLinkableEntries, from the cache', () => readLinkableEntries(glossary, dir));
  writeFileSync(join(glossary, basename(entry.path)), edits[1]![1](entry).text);
  newProcess();
  timed('readLinkableEntries, from the cache, one entry renamed (parse it and save)', () => readLinkableEntries(glossary, dir));
}
rmSync(dir, { recursive: true, force: true });
