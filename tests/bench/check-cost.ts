/**
 * The content checker alone on a synthetic site (what `astro build` runs
 * before anything else): `node tests/bench/check-cost.ts 1000x5000`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { readContentFiles } from '../../src/tooling/read-content.ts';
import { writeSyntheticContent } from './synthetic.ts';

const [sections, entries] = (process.argv[2] ?? '1000x5000').split('x').map(Number) as [number, number];
const dir = mkdtempSync(join(tmpdir(), 'explainer-check-'));
writeSyntheticContent(join(dir, 'content'), { sections, entries });
const files = readContentFiles(join(dir, 'content'), dir);
const start = process.cpuUsage();
const t = performance.now();
const problems = checkContent(files, { contentDir: 'content' });
const cpu = process.cpuUsage(start);
console.log(`${files.length} files: ${((performance.now() - t) / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, ${problems.length} problems`);
rmSync(dir, { recursive: true, force: true });
