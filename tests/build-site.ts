/**
 * Vitest global setup: one fresh production build of the real site, which
 * every test under tests/site/ then reads from dist/. Set SKIP_SITE_BUILD=1
 * to reuse an existing dist/ while iterating on a test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup() {
  if (process.env.SKIP_SITE_BUILD === '1' && existsSync('dist/index.html')) return;
  const limit = 900;
  try {
    // timeout(1) signals the build's whole process group (Astro, Pagefind's binary), so an overrun ends with a message instead of a silent wait.
    execFileSync('timeout', ['--kill-after=10', String(limit), 'npx', 'astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 124 || status === 137) throw new Error(`tests/build-site.ts: the site build (astro build in ${process.cwd()}) did not finish within ${limit} s and was killed`);
    throw error;
  }
}
