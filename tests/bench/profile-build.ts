/**
 * Where a cold build's time goes, phase by phase, on a synthetic site:
 * the content check (timed in-process on the same files), the content sync,
 * rendering per route type (summed from Astro's per-route timings) and the
 * post-build steps. Beside it, plain Astro's cold build of the same Markdown.
 *
 *   node tests/bench/profile-build.ts --size 500x2500 [--no-plain] [--keep DIR]
 *
 * Prints a table; never fails on timing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tempProject } from '../build/temp-project.ts';
import { writeSyntheticContent } from './synthetic.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { readContentFiles } from '../../src/tooling/read-content.ts';
import { between, routeTimes } from './build-log.ts';

const args = process.argv.slice(2);
const sizeArg = args.includes('--size') ? args[args.indexOf('--size') + 1]! : '500x2500';
const [sections, entries] = sizeArg.split('x').map(Number) as [number, number];
const PLAIN = join(import.meta.dirname, 'plain');

const dir = mkdtempSync(join(tmpdir(), 'explainer-profile-'));
const content = join(dir, 'content');
writeSyntheticContent(content, { sections, entries });
console.log(`${sections} sections, ${entries} entries in ${content}`);

const t0 = performance.now();
const files = readContentFiles(content, resolve(dir));
const t1 = performance.now();
const problems = checkContent(files, { contentDir: 'content' });
const t2 = performance.now();
console.log(`content check (in-process): read ${((t1 - t0) / 1000).toFixed(2)} s, check ${((t2 - t1) / 1000).toFixed(2)} s, ${problems.length} problems`);

if (!args.includes('--no-plain')) {
  const plain = tempProject(content, { from: PLAIN });
  const r = plain.build({ timed: true, timeout: 3_600_000 });
  console.log(`plain Astro cold: ${r.wallSeconds} s, ${r.maxRssMiB} MiB (status ${r.status})`);
  plain.remove();
}

const project = tempProject(content);
const result = project.build({ timed: true, timeout: 3_600_000 });
if (result.status !== 0) console.log(result.output.slice(-4000));
const cpu = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(result.output)?.[1] ?? NaN);
console.log(`explainer cold: ${result.wallSeconds} s, ${result.maxRssMiB} MiB, CPU ${(cpu('User') + cpu('System')).toFixed(1)} s (user + system, all threads), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`sync: ~${between(result.output, /\[content\] Syncing/, /\[content\] Synced/)} s; vite bundling: ~${between(result.output, /Building static entrypoints/, /generating static routes|Completed in/)} s`);
const routes = [...routeTimes(result.output)].sort((a, b) => b[1].ms - a[1].ms);
for (const [type, { count, ms }] of routes) console.log(`  ${type.padEnd(28)} ${String(count).padStart(6)} routes ${(ms / 1000).toFixed(1).padStart(8)} s  ${(ms / count).toFixed(1)} ms each`);
console.log(`post-build (pagefind, sitemap): ~${between(result.output, /generating static routes/, /Complete!/)} s from render start to end`);
if (args.includes('--keep')) console.log(`kept ${project.dir}`);
else project.remove();
rmSync(dir, { recursive: true, force: true });
