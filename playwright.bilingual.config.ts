/**
 * Real-browser checks of the Ukrainian edition, on the two-language fixture
 * site (tests/fixtures/sites/bilingual/), separate from the main e2e suite
 * so each serves its own build: `npm run test:e2e:bilingual` builds the
 * fixture into dist-bilingual/ and serves it as static files on loopback.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

const PORT = 4331;

export default defineConfig({
  ...base,
  testDir: 'tests/e2e-bilingual',
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory dist-bilingual`,
    url: `http://127.0.0.1:${PORT}/uk/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    timeout: 60_000,
  },
});
