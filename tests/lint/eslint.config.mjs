// @ts-check
/**
 * The one lint rule set that keeps the design's layering honest: src/lib/ is
 * pure TypeScript (no Astro, no components, no I/O), so it can be unit-tested
 * and reused anywhere. Run by `npm run lint` (tests/lint/lint.ts, which sets
 * the project root as the base of these patterns), and by `npm test`.
 */
import tseslint from 'typescript-eslint';

const IO_MODULES = ['fs', 'fs/promises', 'child_process', 'worker_threads', 'net', 'http', 'https', 'dgram', 'cluster', 'os', 'process', 'readline', 'module', 'vm'];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', '.astro/**', 'tests/.out/**'],
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // src/kinds/ (the kind modules) is pure in the same way: lib/ imports it.
    files: ['src/lib/**/*.ts', 'src/kinds/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...IO_MODULES.flatMap((name) => [
              { name, message: 'src/lib/ does no I/O: do it in src/tooling/ or src/data/ and pass the result in.' },
              { name: `node:${name}`, message: 'src/lib/ does no I/O: do it in src/tooling/ or src/data/ and pass the result in.' },
            ]),
            { name: 'astro', message: 'src/lib/ is plain TypeScript: Astro belongs in pages, components and src/data/.' },
          ],
          patterns: [
            { group: ['astro:*'], message: 'src/lib/ cannot read collections or Astro virtual modules: query them in src/data/ and pass plain objects in.' },
            { group: ['astro/*', '!astro/zod'], message: 'src/lib/ is plain TypeScript (astro/zod, which is zod, is the one exception).' },
            { group: ['**/*.astro'], message: 'src/lib/ never imports components.' },
            { group: ['**/components/**', '**/layouts/**', '**/pages/**', '**/data/**', '**/tooling/**', '**/integrations/**', '**/cli/**', '**/scripts/**'], message: 'dependencies flow into src/lib/, never out of it (pages -> data -> lib; tooling -> lib).' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/lib/ reads no environment: take the value as a parameter.' },
        { name: 'fetch', message: 'src/lib/ does no I/O.' },
      ],
    },
  },
);
