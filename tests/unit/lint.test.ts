import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import config from '../lint/eslint.config.mjs';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config as ESLint.Options['overrideConfig'] });

async function problemsIn(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return result!.messages.map((m) => `${m.line}:${m.ruleId}`);
}

describe('the src/lib/ layering rule', () => {
  it('refuses I/O, Astro, components and upward imports in src/lib/', async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import { execFileSync } from 'child_process';",
      "import { getCollection } from 'astro:content';",
      "import Card from '../../components/Card.astro';",
      "import { site } from '../../data/site.ts';",
      'export const home = process.env.HOME;',
    ].join('\n');
    expect(await problemsIn('src/lib/text/example.ts', code)).toEqual([
      '1:no-restricted-imports',
      '2:no-restricted-imports',
      '3:no-restricted-imports',
      '4:no-restricted-imports',
      '4:no-restricted-imports',
      '5:no-restricted-imports',
      '6:no-restricted-globals',
    ]);
  });

  it('allows zod, pure packages and sibling modules in src/lib/', async () => {
    const code = ["import { z } from 'astro/zod';", "import { visit } from 'unist-util-visit';", "import { slug } from '../text/suggest.ts';", 'export const x = [z, visit, slug];'].join('\n');
    expect(await problemsIn('src/lib/story/example.ts', code)).toEqual([]);
  });

  it('leaves the layers that may do I/O alone', async () => {
    expect(await problemsIn('src/tooling/example.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;")).toEqual([]);
  });
});
