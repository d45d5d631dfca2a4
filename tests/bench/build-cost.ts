/**
 * Build cost, all in one run per site: plain Astro's cold build of the same
 * Markdown (same unified processor, no plugins, one bare page per file);
 * this project's cold build (no data store, no Vite cache, no social-image
 * cache); then, in the same project with its caches kept, a warm rebuild
 * after editing one section and another after editing one entry's `short`;
 * then `astro dev` startup and its reload after a one-section edit. Wall
 * time, CPU time (user + system, all threads) and peak memory per build.
 *
 *   npm run bench:build                      real site, 500×2,500 and 2,000×10,000
 *   npm run bench:build -- --quick           the real site and 500×2,500
 *   npm run bench:build -- --sizes 500x2500  chosen synthetic sizes
 *   add --linking-off for a cold build with EXPLAINER_LINKING=off; --no-dev to skip astro dev; --no-real to skip the real site
 *
 * Prints a table and writes tests/bench/results/build-cost.json (build-cost-quick.json with --quick). Never fails on timing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { tempProject, type BuildResult, type TempProject } from '../build/temp-project.ts';
import { writeSyntheticContent, type SyntheticSize } from './synthetic.ts';
import { routeSummary } from './build-log.ts';

const REPO = resolve(import.meta.dirname, '../..');
const PLAIN = join(import.meta.dirname, 'plain');
const args = process.argv.slice(2);
const sizeArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : undefined;
const quick = args.includes('--quick');
const DEFAULT_SIZES = ['500x2500', '2000x10000'];
const sizes: SyntheticSize[] = (sizeArg ? sizeArg.split(',') : quick ? ['500x2500'] : DEFAULT_SIZES).map((s) => {
  const [sections, entries] = s.split('x').map(Number);
  return { sections: sections!, entries: entries! };
});

interface Row {
  site: string;
  variant: 'plain Astro' | 'explainer, linking off' | 'explainer cold' | 'warm: one section edited' | 'warm: one entry edited';
  wallSeconds: number;
  /** User + system CPU seconds of the build (all threads): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  maxRssMiB: number;
  /** Pages Astro copied from the previous build instead of rendering. */
  restored?: number;
}

interface DevRow {
  site: string;
  startupSeconds: number;
  reloadSeconds: number;
}

const withLinkingOff = args.includes('--linking-off');
const withDev = !args.includes('--no-dev');

function timedBuild(project: TempProject, site: string, variant: Row['variant'], env: Record<string, string> = {}): Row {
  const result: BuildResult = project.build({ timed: true, env, timeout: 3_600_000 });
  if (result.status !== 0) throw new Error(`${site} (${variant}) failed:\n${result.output.slice(-3000)}`);
  const user = Number(/User time \(seconds\): ([\d.]+)/.exec(result.output)?.[1] ?? NaN);
  const system = Number(/System time \(seconds\): ([\d.]+)/.exec(result.output)?.[1] ?? NaN);
  const restored = (result.output.match(/\((?:restored|cached)\)/g) ?? []).length;
  const row: Row = { site, variant, wallSeconds: result.wallSeconds ?? NaN, cpuSeconds: user + system, maxRssMiB: result.maxRssMiB ?? NaN, ...(variant.startsWith('warm') ? { restored } : {}) };
  if (variant !== 'plain Astro') console.log(`    rendered: ${routeSummary(result.output).slice(0, 6).join('; ')}`);
  console.log(`  ${variant.padEnd(26)} ${row.wallSeconds.toFixed(1).padStart(7)} s wall ${row.cpuSeconds.toFixed(1).padStart(7)} s CPU ${String(row.maxRssMiB).padStart(6)} MiB${row.restored !== undefined ? `  ${row.restored} restored` : ''}`);
  return row;
}

/** The first section file of the first story, and the first glossary entry, of a content folder. */
function editTargets(dir: string) {
  const stories = readdirSync(join(dir, 'sections')).sort();
  const sectionDir = join(dir, 'sections', stories[0]!);
  const section = join(sectionDir, readdirSync(sectionDir).sort()[0]!);
  const glossary = join(dir, 'glossary', readdirSync(join(dir, 'glossary')).sort()[0]!);
  return { section, glossary };
}

function appendToBody(path: string, text: string) {
  writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()} ${text}\n`);
}

/** `astro dev` startup (until a story page answers) and the reload after a one-section edit (until the page shows it). */
async function measureDev(project: TempProject, site: string): Promise<DevRow> {
  const port = 4800 + Math.floor(Math.random() * 200);
  const { section } = editTargets(join(project.dir, 'content'));
  const story = section.split('/').at(-2)!;
  const url = `http://127.0.0.1:${port}/stories/${story}/`;
  const t0 = performance.now();
  const server = await project.dev(port, { timeoutMs: 600_000 });
  try {
    await (await fetch(url)).text();
    const startupSeconds = (performance.now() - t0) / 1000;
    const marker = `devreload${Date.now()}`;
    appendToBody(section, marker);
    const t1 = performance.now();
    for (;;) {
      if ((await (await fetch(url)).text()).includes(marker)) break;
      await new Promise((r) => setTimeout(r, 100));
      if (performance.now() - t1 > 300_000) throw new Error('dev reload did not show the edit within 5 minutes');
    }
    const row = { site, startupSeconds, reloadSeconds: (performance.now() - t1) / 1000 };
    console.log(`  astro dev: startup ${row.startupSeconds.toFixed(1)} s, reload after a section edit ${row.reloadSeconds.toFixed(2)} s`);
    return row;
  } finally {
    process.kill(-server.pid!);
  }
}

const rows: Row[] = [];
const devRows: DevRow[] = [];
const sites: Array<{ name: string; content: string; synthetic: boolean; cleanup?: () => void }> = args.includes('--no-real')
  ? []
  : [{ name: 'real site', content: join(REPO, 'content'), synthetic: false }];
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-synthetic-'));
  const content = join(dir, 'content');
  writeSyntheticContent(content, size);
  sites.push({ name: `${size.sections} sections, ${size.entries} entries`, content, synthetic: true, cleanup: () => rmSync(dir, { recursive: true, force: true }) });
}
for (const site of sites) {
  console.log(site.name);
  const plain = tempProject(site.content, { from: PLAIN });
  try {
    rows.push(timedBuild(plain, site.name, 'plain Astro'));
  } finally {
    plain.remove();
  }
  if (withLinkingOff) {
    const off = tempProject(site.content);
    try {
      rows.push(timedBuild(off, site.name, 'explainer, linking off', { EXPLAINER_LINKING: 'off' }));
    } finally {
      off.remove();
    }
  }
  const project = tempProject(site.content);
  try {
    rows.push(timedBuild(project, site.name, 'explainer cold'));
    const { section, glossary } = editTargets(join(project.dir, 'content'));
    appendToBody(section, 'One more sentence, added by the benchmark.');
    rows.push(timedBuild(project, site.name, 'warm: one section edited'));
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace(/^short: (.*)$/m, (_, s: string) => `short: ${s.replace(/\.$/, '')}, edited.`));
    rows.push(timedBuild(project, site.name, 'warm: one entry edited'));
    if (withDev && site.synthetic) devRows.push(await measureDev(project, site.name));
  } finally {
    project.remove();
  }
  site.cleanup?.();
}

const get = (site: string, v: Row['variant']) => rows.find((r) => r.site === site && r.variant === v);
const secs = (r: Row | undefined) => (r ? `${r.wallSeconds.toFixed(1)} s (${r.cpuSeconds.toFixed(0)} s CPU)` : '–');
const table = [
  '| site | plain Astro | explainer cold | cold / plain (wall; CPU) | warm, one section edited | warm / cold | warm, one entry edited | warm / cold | peak memory (cold) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
for (const site of sites) {
  const plain = get(site.name, 'plain Astro')!;
  const cold = get(site.name, 'explainer cold')!;
  const section = get(site.name, 'warm: one section edited')!;
  const entry = get(site.name, 'warm: one entry edited')!;
  const pct = (r: Row) => `${Math.round((100 * r.wallSeconds) / cold.wallSeconds)} %`;
  table.push(
    `| ${site.name} | ${secs(plain)} | ${secs(cold)} | ${(cold.wallSeconds / plain.wallSeconds).toFixed(2)}; ${(cold.cpuSeconds / plain.cpuSeconds).toFixed(2)} | ${secs(section)} | ${pct(section)} | ${secs(entry)} | ${pct(entry)} | ${cold.maxRssMiB} MiB |`,
  );
}
console.log(`\n${table.join('\n')}`);
if (devRows.length) {
  console.log('\n| site | astro dev startup | reload after a section edit |\n| --- | --- | --- |');
  for (const d of devRows) console.log(`| ${d.site} | ${d.startupSeconds.toFixed(1)} s | ${d.reloadSeconds.toFixed(2)} s |`);
}
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(
  join(import.meta.dirname, 'results', quick ? 'build-cost-quick.json' : 'build-cost.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, load: loadavg() }, rows, dev: devRows }, null, 2)}\n`,
);
