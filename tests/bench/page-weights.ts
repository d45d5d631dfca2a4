/**
 * Page weight per page type: HTML, CSS, JS, image and font bytes, raw and
 * compressed (gzip and brotli), and the number of requests for a first view.
 *
 *   npm run bench:weight        (reads dist/; run `npm run build` first)
 *
 * Prints a table and writes tests/bench/results/page-weight.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { editionPrefixes, pageTypes, pageWeight, storyPages } from './page-weight.ts';

const dist = resolve(import.meta.dirname, '../../dist');
const kb = (n: number) => (n / 1024).toFixed(1);
const rows = Object.entries(pageTypes(dist)).map(([type, path]) => ({ type, ...pageWeight(dist, path) }));
const lines = [
  '| page type | HTML raw / gz / br (KB) | CSS raw / gz / br | JS raw / gz / br (inline included) | images raw | transfer gz / br (no images; inline code once) | requests |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];
for (const r of rows) {
  const t = r.totals;
  const { gzip: gz, brotli: br } = r.transfer;
  lines.push(
    `| ${r.type} | ${kb(t.html.raw)} / ${kb(t.html.gzip)} / ${kb(t.html.brotli)} | ${kb(t.css.raw)} / ${kb(t.css.gzip)} / ${kb(t.css.brotli)} | ${kb(t.js.raw)} / ${kb(t.js.gzip)} / ${kb(t.js.brotli)} | ${kb(t.image.raw)} | ${kb(gz)} / ${kb(br)} | ${r.requests} |`,
  );
}
// Every story page of every edition (the budget is per story page): the default's, then /<lang>/stories/….
const editions = editionPrefixes(dist);
const storyRows = editions.flatMap((prefix) => storyPages(join(dist, prefix)).map((p) => pageWeight(dist, `${prefix}${p}`)));
lines.push('', '| story page | transfer gzip | transfer Brotli | budget (30 KB = 30,720 B) |', '| --- | --- | --- | --- |');
const fmt = (n: number) => n.toLocaleString('en-GB');
for (const r of storyRows) lines.push(`| ${r.page} | ${fmt(r.transfer.gzip)} B | ${fmt(r.transfer.brotli)} B | ${r.transfer.gzip <= 30720 && r.transfer.brotli <= 30720 ? 'inside, both' : `over: ${r.transfer.gzip > 30720 ? `gzip by ${fmt(r.transfer.gzip - 30720)} B` : ''}${r.transfer.brotli > 30720 ? ` Brotli by ${fmt(r.transfer.brotli - 30720)} B` : ''}`} |`);
console.log(lines.join('\n'));
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(join(import.meta.dirname, 'results', 'page-weight.json'), `${JSON.stringify(rows, null, 2)}\n`);
