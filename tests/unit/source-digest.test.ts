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

describe('the glossary folder, read again after an edit', () => {
  it('parses again only the files whose size or modification time changed, and forgets deleted ones', () => {
    const dir = join(temp, 'glossary again');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.md'), '---\nname: Alpha\naliases: [A-1]\n---\nText.\n');
    writeFileSync(join(dir, 'b.md'), '---\nname: Beta\n---\nText.\n');
    const [alpha, beta] = readLinkableEntries(dir, temp);
    // An alias added: the new aliases are read; the untouched file's entry is the one read before.
    writeFileSync(join(dir, 'a.md'), '---\nname: Alpha\naliases: [A-1, Alfa]\n---\nText.\n');
    const again = readLinkableEntries(dir, temp);
    expect(again.map((e) => [e.id, e.aliases])).toEqual([['a', ['A-1', 'Alfa']], ['b', []]]);
    expect(again[0]).not.toBe(alpha);
    expect(again[1]).toBe(beta);
    rmSync(join(dir, 'b.md'));
    expect(readLinkableEntries(dir, temp).map((e) => e.id)).toEqual(['a']);
    // Back again, with the same text: read from the file, not remembered from before it was deleted.
    writeFileSync(join(dir, 'b.md'), '---\nname: Beta Two\n---\nText.\n');
    expect(readLinkableEntries(dir, temp).map((e) => e.name)).toEqual(['Alpha', 'Beta Two']);
  });
});
