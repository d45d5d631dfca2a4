/**
 * The link cache key covers the Markdown pipeline's whole source (found by
 * following imports), and unreadable sources or glossary folders fail loudly
 * instead of hashing, or linking against, nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { relativeImports, SourceDigestError, sourceClosure, sourceDigest } from '../../src/tooling/source-digest.ts';
import { GlossaryReadError, readLinkableEntries, reloadGlossaryIndex } from '../../src/markdown/glossary-source.ts';

const PIPELINE = fileURLToPath(new URL('../../src/markdown/pipeline.ts', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'explainer digest ü-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the pipeline source digest', () => {
  it('follows imports, static and dynamic, relative only', () => {
    expect(relativeImports("import a from './a.ts';\nimport type { B } from '../b.ts'\nexport { c } from './c.ts';\nconst d = await import('./d.ts');\nimport x from 'yaml';")).toEqual(['./a.ts', '../b.ts', './c.ts', './d.ts']);
  });

  it('covers the matcher, the glossary index, the citations and the HTML allowlist without a hand-kept list', () => {
    const files = sourceClosure([PIPELINE]).map((f) => readFileSync(f, 'utf8'));
    expect(files.some((text) => text.includes('export function buildTermMatcher'))).toBe(true);
    expect(files.some((text) => text.includes('export function buildGlossaryIndex'))).toBe(true);
    expect(files.some((text) => text.includes('export function citedSourceId'))).toBe(true);
    expect(files.some((text) => text.includes('export const RAW_HTML'))).toBe(true);
  });

  it('changes when any imported module changes, in a folder with a space and a non-ASCII letter', () => {
    mkdirSync(join(temp, 'src/lib'), { recursive: true });
    writeFileSync(join(temp, 'src/entry.ts'), "import { x } from './lib/helper.ts';\n");
    writeFileSync(join(temp, 'src/lib/helper.ts'), 'export const x = 1;\n');
    const before = sourceDigest([join(temp, 'src/entry.ts')], temp);
    writeFileSync(join(temp, 'src/lib/helper.ts'), 'export const x = 2;\n');
    expect(sourceDigest([join(temp, 'src/entry.ts')], temp)).not.toBe(before);
  });

  it('fails naming the file when an imported module cannot be read', () => {
    writeFileSync(join(temp, 'src/broken.ts'), "import { y } from './missing.ts';\n");
    expect(() => sourceDigest([join(temp, 'src/broken.ts')], temp)).toThrow(SourceDigestError);
    expect(() => sourceDigest([join(temp, 'src/broken.ts')], temp)).toThrow(/cannot read .*missing\.ts .*ENOENT/);
  });
});

describe('the glossary folder', () => {
  it('is never read as empty when it cannot be read', () => {
    const missing = join(temp, 'content/glossary');
    expect(() => readLinkableEntries(missing)).toThrow(GlossaryReadError);
    expect(() => reloadGlossaryIndex(missing)).toThrow(/cannot read the glossary at .*explainer digest ü-.*content\/glossary \(ENOENT\)/);
  });

  it('is read from a path with a space and a non-ASCII letter', () => {
    const dir = join(temp, 'glossary ü');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'arch-bridge.md'), '---\nname: Arch bridge\naliases: [arch]\n---\nText.\n');
    expect(readLinkableEntries(dir, temp).map((e) => e.id)).toEqual(['arch-bridge']);
  });
});
