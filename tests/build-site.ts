/**
 * Vitest global setup: one fresh production build of each fixture site
 * (tests/fixtures/sites/), each into its own folder under tests/.out/, which
 * the tests under tests/site/ then read. Two builds run at once: each spends
 * much of its time waiting on one core (social images, Pagefind), so two
 * share the machine's two cores well. Set SKIP_SITE_BUILD=1 to reuse the
 * builds of the previous run while iterating on a test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureSite, SITES, siteOutDir, type BuildOutcome } from './fixtures/sites/sites.ts';

const AT_ONCE = 2;

export default async function setup() {
  const todo = SITES.filter((name) => !(process.env.SKIP_SITE_BUILD === '1' && existsSync(join(siteOutDir(name), 'index.html'))));
  const outcomes: BuildOutcome[] = [];
  const queue = [...todo];
  await Promise.all(
    Array.from({ length: Math.min(AT_ONCE, queue.length) }, async () => {
      for (let name = queue.shift(); name; name = queue.shift()) outcomes.push(await buildFixtureSite(name));
    }),
  );
  const failed = outcomes.filter((o) => o.code !== 0);
  if (failed.length) {
    throw new Error(failed.map((o) => `astro build of the fixture site "${o.name}" failed (exit ${o.code}):\n${o.output}`).join('\n\n'));
  }
  if (outcomes.length) console.log(`Built fixture sites: ${outcomes.map((o) => `${o.name} ${o.seconds.toFixed(1)} s`).join(', ')}`);
}
