/**
 * Vitest global setup: one fresh production build of the real site, which
 * every test under tests/site/ then reads from dist/. Set SKIP_SITE_BUILD=1
 * to reuse an existing dist/ while iterating on a test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup() {
  if (process.env.SKIP_SITE_BUILD === '1' && existsSync('dist/index.html')) return;
  execFileSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
