import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/site/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Builds the real site once into dist/ for the built-output tests.
    globalSetup: ['tests/build-site.ts'],
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
