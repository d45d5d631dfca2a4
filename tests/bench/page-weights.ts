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
import { pageTypes, pageWeight } from './page-weight.ts';

const dist = resolve(import.meta.dirname, '../../dist');
const kb = (n: number) => (n / 1024).toFixed(1);
const rows = Object.entries(pageTypes(dist)).map(([type, path]) => ({ type, ...pageWeight(dist, path) }));
const lines = [
  '| page type | HTML raw / gz / br (KB) | CSS raw / gz / br | JS raw / gz / br | images raw | total gz / br (no images) | requests |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];
for (const r of rows) {
  const t = r.totals;
  const gz = t.html.gzip + t.css.gzip + t.js.gzip + t.font.gzip + t.other.gzip;
  const br = t.html.brotli + t.css.brotli + t.js.brotli + t.font.brotli + t.other.brotli;
  lines.push(
    `| ${r.type} | ${kb(t.html.raw)} / ${kb(t.html.gzip)} / ${kb(t.html.brotli)} | ${kb(t.css.raw)} / ${kb(t.css.gzip)} / ${kb(t.css.brotli)} | ${kb(t.js.raw)} / ${kb(t.js.gzip)} / ${kb(t.js.brotli)} | ${kb(t.image.raw)} | ${kb(gz)} / ${kb(br)} | ${r.requests} |`,
  );
}
console.log(lines.join('\n'));
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(join(import.meta.dirname, 'results', 'page-weight.json'), `${JSON.stringify(rows, null, 2)}\n`);
