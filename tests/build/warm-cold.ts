/**
 * The warm-versus-cold comparison of the incremental-build tests
 * (incremental.test.ts, incremental-bilingual.test.ts): one temporary
 * project keeps its caches from build to build (the "warm" chain, as CI and
 * deploys run it); after each change the same content is also built cold
 * (every cache moved aside) and the two dist/ folders are compared byte for
 * byte, every file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuildResult, TempProject } from './temp-project.ts';

/** Everything Astro, Vite and the social-image renderer keep between builds. */
export const CACHES = ['node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'];

/** Path helpers for one project: `file`, `read` and an `edit` that fails when it does not apply. */
export function projectFiles(project: TempProject) {
  const file = (path: string) => join(project.dir, path);
  const read = (path: string) => readFileSync(file(path), 'utf8');
  function edit(path: string, from: string | RegExp, to: string) {
    const before = read(path);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`the test's edit did not apply to ${path}: ${from}`);
    writeFileSync(file(path), after);
  }
  return { file, read, edit };
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** Files only in one of the folders, and files whose bytes differ. */
export function differences(a: string, b: string): string[] {
  const left = new Set(listFiles(a));
  const right = new Set(listFiles(b));
  const out: string[] = [];
  for (const path of left) if (!right.has(path)) out.push(`only in the warm build: ${path}`);
  for (const path of right) if (!left.has(path)) out.push(`only in the cold build: ${path}`);
  for (const path of left) {
    if (!right.has(path)) continue;
    const [x, y] = [readFileSync(join(a, path)), readFileSync(join(b, path))];
    if (x.equals(y)) continue;
    // Where the first difference is, so a failure says what went stale.
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
    out.push(path.endsWith('.html') || path.endsWith('.xml') || path.endsWith('.json') ? `differs: ${path} at byte ${i}: warm ${around(x)} / cold ${around(y)}` : `differs: ${path}`);
  }
  return out;
}

/** A build with no caches at all, into dist-cold/; the warm chain's caches are put back afterwards. */
export function coldBuild(project: TempProject): BuildResult {
  const file = (path: string) => join(project.dir, path);
  const aside = file('caches-aside');
  rmSync(aside, { recursive: true, force: true });
  mkdirSync(aside);
  CACHES.forEach((cache, i) => existsSync(file(cache)) && renameSync(file(cache), join(aside, String(i))));
  try {
    rmSync(file('dist-cold'), { recursive: true, force: true });
    return project.build({ args: ['--outDir', 'dist-cold'], timeout: 600_000 });
  } finally {
    for (const cache of CACHES) rmSync(file(cache), { recursive: true, force: true });
    CACHES.forEach((cache, i) => existsSync(join(aside, String(i))) && renameSync(join(aside, String(i)), file(cache)));
    rmSync(aside, { recursive: true, force: true });
  }
}

/** The pages a build copied from the previous one, and those it rendered, from Astro's per-route log lines. */
export function routes(output: string) {
  const restored: string[] = [];
  const rendered: string[] = [];
  for (const m of output.matchAll(/[├└]─ (\S+) \((restored|cached|\+[\d.]+m?s)\)/g)) (m[2] === 'restored' || m[2] === 'cached' ? restored : rendered).push(m[1]!);
  return { restored, rendered };
}

/** The first error lines of a failed build, without timestamps, to compare a warm failure with a cold one. */
export const errorLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => /error|problem/i.test(line))
    .map((line) => line.replace(/^\d\d:\d\d:\d\d\s*/, '').replace(/\/tmp\/explainer-build-\w+/g, '<project>'))
    .slice(0, 5);

/** What changed in Astro's incremental manifest between two builds: route code hashes and path keys. */
export function manifestChanges(before: string, after: string): string[] {
  type Manifest = { configHash: string; lockfileHash: string; routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string }> }> };
  const [a, b] = [JSON.parse(before) as Manifest, JSON.parse(after) as Manifest];
  const out: string[] = [];
  if (a.configHash !== b.configHash) out.push('Astro config hash');
  if (a.lockfileHash !== b.lockfileHash) out.push('lock file hash');
  for (const [route, entry] of Object.entries(b.routes)) {
    if (a.routes[route]?.dependencyHash !== entry.dependencyHash) out.push(`code of ${route}`);
    for (const [path, { cacheKey }] of Object.entries(entry.paths)) if (a.routes[route]?.paths[path]?.cacheKey !== cacheKey) out.push(`key of ${path}`);
  }
  return out;
}
