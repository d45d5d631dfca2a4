/**
 * Build cost: cold-cache wall time and peak memory of the real site and of
 * synthetic sites at several sizes, each beside (a) the same site with the
 * linker switched off and (b) a plain Astro build of the same Markdown with
 * no plugins and no extra pages, all measured in the same run.
 *
 *   npm run bench:build                 all sizes
 *   npm run bench:build -- --quick      the real site and the smallest synthetic size
 *   npm run bench:build -- --sizes 2000x1000,2000x10000
 *
 * Prints a table and writes tests/bench/results/build-cost.json. Never fails on timing.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { tempProject, type BuildResult } from '../build/temp-project.ts';
import { writeSyntheticContent, type SyntheticSize } from './synthetic.ts';

const REPO = resolve(import.meta.dirname, '../..');
const PLAIN = join(import.meta.dirname, 'plain');
const args = process.argv.slice(2);
const sizeArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : undefined;
const quick = args.includes('--quick');
const DEFAULT_SIZES = ['100x1000', '1000x1000', '2000x1000', '2000x10000'];
const sizes: SyntheticSize[] = (sizeArg ? sizeArg.split(',') : quick ? ['100x1000'] : DEFAULT_SIZES).map((s) => {
  const [sections, entries] = s.split('x').map(Number);
  return { sections: sections!, entries: entries! };
});

interface Row {
  site: string;
  variant: 'explainer' | 'explainer, linking off' | 'plain Astro';
  wallSeconds: number;
  maxRssMiB: number;
}

function measure(content: string, variant: Row['variant'], site: string): Row {
  const project = tempProject(content, variant === 'plain Astro' ? { from: PLAIN } : {});
  try {
    const env: Record<string, string> = variant === 'explainer, linking off' ? { EXPLAINER_LINKING: 'off' } : {};
    const result: BuildResult = project.build({ timed: true, env, timeout: 1_800_000 });
    if (result.status !== 0) throw new Error(`${site} (${variant}) failed:\n${result.output.slice(-3000)}`);
    const row = { site, variant, wallSeconds: result.wallSeconds ?? NaN, maxRssMiB: result.maxRssMiB ?? NaN };
    console.log(`  ${variant.padEnd(24)} ${row.wallSeconds.toFixed(1).padStart(7)} s ${String(row.maxRssMiB).padStart(6)} MiB`);
    return row;
  } finally {
    project.remove();
  }
}

const rows: Row[] = [];
const sites: Array<{ name: string; content: string; cleanup?: () => void }> = [{ name: 'real site', content: join(REPO, 'content') }];
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-synthetic-'));
  const content = join(dir, 'content');
  writeSyntheticContent(content, size);
  sites.push({ name: `${size.sections} sections, ${size.entries} entries`, content, cleanup: () => rmSync(dir, { recursive: true, force: true }) });
}
for (const site of sites) {
  console.log(site.name);
  for (const variant of ['plain Astro', 'explainer, linking off', 'explainer'] as const) rows.push(measure(site.content, variant, site.name));
  site.cleanup?.();
}

const table = ['| site | plain Astro | explainer, linking off | explainer | explainer / plain | linking on / off | peak memory (explainer) |', '| --- | --- | --- | --- | --- | --- | --- |'];
for (const site of sites) {
  const get = (v: Row['variant']) => rows.find((r) => r.site === site.name && r.variant === v)!;
  const plain = get('plain Astro');
  const off = get('explainer, linking off');
  const on = get('explainer');
  table.push(
    `| ${site.name} | ${plain.wallSeconds.toFixed(1)} s | ${off.wallSeconds.toFixed(1)} s | ${on.wallSeconds.toFixed(1)} s | ${(on.wallSeconds / plain.wallSeconds).toFixed(2)} | ${(on.wallSeconds / off.wallSeconds).toFixed(2)} | ${on.maxRssMiB} MiB |`,
  );
}
console.log(`\n${table.join('\n')}`);
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(
  join(import.meta.dirname, 'results', 'build-cost.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version }, rows }, null, 2)}\n`,
);
