/**
 * End-to-end tests in Debian's Chromium (apt-get install chromium); never
 * `npx playwright install`. They run on the tiny fixture site
 * (tests/fixtures/sites/tiny): `npm run test:e2e` builds it into
 * tests/.out/tiny first, and the web server only previews that build.
 * E2E_PORT picks another port when 4329 is taken.
 */
import { defineConfig } from '@playwright/test';
import { siteContentDir, siteOutDir } from './tests/fixtures/sites/sites.ts';

const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // The tests mostly wait on the browser, so two workers pay off even on two cores.
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx astro preview --outDir ${siteOutDir('tiny')} --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never another checkout's server on the same port: it would serve another site.
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1', EXPLAINER_CONTENT: siteContentDir('tiny') },
  },
});
