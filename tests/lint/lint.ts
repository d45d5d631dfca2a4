/**
 * `npm run lint`: ESLint with tests/lint/eslint.config.mjs over src/. The
 * config lives under tests/ (the project's top level is fixed), so it is
 * passed in here with the project root as the base of its patterns.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import config from './eslint.config.mjs';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config as ESLint.Options['overrideConfig'], errorOnUnmatchedPattern: false });
const results = await eslint.lintFiles(['src/**/*.ts']);
const formatter = await eslint.loadFormatter('stylish');
const text = await formatter.format(results);
if (text) process.stdout.write(text);
const errors = results.reduce((n, r) => n + r.errorCount, 0);
process.stdout.write(errors ? '' : `Lint OK: ${results.length} files, src/lib/ free of Astro, components and I/O.\n`);
process.exitCode = errors ? 1 : 0;
