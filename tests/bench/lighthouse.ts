/**
 * Lighthouse (mobile preset, Debian chromium) on each page type, served by
 * `astro preview` from dist/. Writes one JSON report per page type to
 * tests/bench/results/lighthouse-<type>.json and prints the four category
 * scores with LCP, CLS and TBT.
 *
 *   npm run bench:lighthouse    (run `npm run build` first)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { editionPrefixes, pageTypes } from './page-weight.ts';

const REPO = resolve(import.meta.dirname, '../..');
const RESULTS = join(import.meta.dirname, 'results');
const PORT = 4391;
mkdirSync(RESULTS, { recursive: true });
// Child tools must run on the project's Node 24 (node_modules/.bin/node), not the machine's.
const env = { ...process.env, PATH: `${join(REPO, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };

const server = spawn(join(REPO, 'node_modules/.bin/astro'), ['preview', '--port', String(PORT), '--host', '127.0.0.1'], {
  cwd: REPO,
  stdio: 'ignore',
  detached: true,
  env,
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
    } catch {
      if (i > 60) throw new Error('astro preview did not start');
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const lines = ['| page type | performance | accessibility | best practices | SEO | LCP | CLS | TBT |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
  const summary: Record<string, unknown> = {};
  // Every page type of the default edition, and the same pages of each other edition (DESIGN.md: "in every language").
  const types = pageTypes(join(REPO, 'dist'));
  const editions = editionPrefixes(join(REPO, 'dist')).slice(1);
  const pages = [...Object.entries(types), ...editions.flatMap((prefix) => Object.entries(types).filter(([, path]) => existsSync(join(REPO, 'dist', prefix, path))).map(([type, path]) => [`${type} (${prefix.slice(1)})`, `${prefix}${path}`] as const))];
  for (const [type, path] of pages) {
    const out = join(RESULTS, `lighthouse-${type.replace(/\s+/g, '-')}.json`);
    const run = spawnSync(
      join(REPO, 'node_modules/.bin/lighthouse'),
      [
        `http://127.0.0.1:${PORT}${path}`,
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
      ],
      { env: { ...env, CHROME_PATH: '/usr/bin/chromium' }, encoding: 'utf8', timeout: 180_000 },
    );
    if (run.status !== 0) {
      console.error(`lighthouse failed on ${path}: ${run.stderr.slice(-800)}`);
      continue;
    }
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
    const audit = (a: string) => report.audits[a]?.displayValue ?? '';
    const row = { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), lcp: audit('largest-contentful-paint'), cls: audit('cumulative-layout-shift'), tbt: audit('total-blocking-time') };
    summary[type] = row;
    lines.push(`| ${type} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${row.lcp} | ${row.cls} | ${row.tbt} |`);
    const failing = Object.values(report.audits as Record<string, { score: number | null; title: string; scoreDisplayMode: string }>)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.title);
    if (failing.length) console.log(`${type}: failing audits: ${failing.join('; ')}`);
  }
  console.log(lines.join('\n'));
  writeFileSync(join(RESULTS, 'lighthouse-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
} finally {
  try {
    process.kill(-server.pid!);
  } catch {
    // already gone
  }
}
