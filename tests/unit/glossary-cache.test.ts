/**
 * The linker's glossary entries kept on disk between builds
 * (src/markdown/glossary-cache.ts): a new process that starts from the saved
 * ones must read exactly what a fresh parse reads, after edits, additions
 * and deletions, including an edit that keeps a file's size and modification
 * time (a checkout resets those), and whatever the cache file holds.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { glossaryCacheFile, loadGlossaryCache } from '../../src/markdown/glossary-cache.ts';
import { readLinkableEntries } from '../../src/markdown/glossary-source.ts';

const temp = mkdtempSync(join(tmpdir(), 'explainer-glossary-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** What a new process knows: nothing in memory (the in-process files live on globalThis). */
const newProcess = () => delete (globalThis as Record<symbol, unknown>)[Symbol.for('explainer.glossary-files')];

let dir: string;
let count = 0;
beforeEach(() => {
  dir = join(temp, `site-${++count}`, 'glossary');
  mkdirSync(dir, { recursive: true });
  newProcess();
});

const write = (name: string, front: string) => writeFileSync(join(dir, name), `---\n${front}\n---\nText.\n`);
/** A fresh parse of every file: no cache on disk, nothing in memory. */
function freshParse() {
  newProcess();
  const cache = glossaryCacheFile(dir, temp);
  const kept = (() => {
    try {
      return readFileSync(cache);
    } catch {
      return undefined;
    }
  })();
  rmSync(cache, { force: true });
  const entries = readLinkableEntries(dir, temp);
  // Put the cache back as it was, so the test's next read starts from it.
  if (kept) writeFileSync(cache, kept);
  else rmSync(cache, { force: true });
  newProcess();
  return entries;
}
/** A read in a new process, from the cache the last one saved. */
const fromCache = () => {
  newProcess();
  return readLinkableEntries(dir, temp);
};

describe('the glossary entries from the last build\'s cache', () => {
  it('are the ones a fresh parse reads, after edits, additions and deletions', () => {
    write('alpha.md', 'kind: term\nname: Alpha\naliases: [A-1]');
    write('beta.md', 'kind: place\nname: Beta\nautolink: false');
    write('gamma.md', 'kind: person\nname: Gamma\nforms: { nom: [Gamma] }');
    write('broken.md', 'name: [unclosed');
    expect(fromCache()).toEqual(freshParse());
    // The cache now holds all four.
    expect([...loadGlossaryCache(dir, temp)!.keys()].sort()).toEqual(['alpha.md', 'beta.md', 'broken.md', 'gamma.md']);

    write('alpha.md', 'kind: term\nname: Alpha\naliases: [A-1, Alfa]');
    write('delta.md', 'kind: term\nname: Delta');
    rmSync(join(dir, 'beta.md'));
    write('broken.md', 'kind: term\nname: Mended');
    const after = fromCache();
    expect(after).toEqual(freshParse());
    expect(after.map((e) => e.name)).toEqual(['Alpha', 'Mended', 'Delta', 'Gamma']);
    expect(after[0]!.aliases).toEqual(['A-1', 'Alfa']);
    expect([...loadGlossaryCache(dir, temp)!.keys()].sort()).toEqual(['alpha.md', 'broken.md', 'delta.md', 'gamma.md']);
  });

  it('follow an edit that keeps the size and the modification time', () => {
    write('alpha.md', 'kind: term\nname: Alpha\naliases: [abc]');
    readLinkableEntries(dir, temp);
    const path = join(dir, 'alpha.md');
    const { atime, mtime } = statSync(path);
    write('alpha.md', 'kind: term\nname: Alpha\naliases: [xyz]');
    utimesSync(path, atime, mtime);
    const after = fromCache();
    expect(after[0]!.aliases).toEqual(['xyz']);
    expect(after).toEqual(freshParse());
  });

  it('keep values JSON cannot carry exactly as a fresh parse reads them', () => {
    write('odd.md', 'kind: term\nname: Odd\nforms: { nom: [.nan, .inf, -0] }');
    readLinkableEntries(dir, temp);
    expect(fromCache()).toEqual(freshParse());
    expect(fromCache()[0]!.forms).toEqual({ nom: [Number.NaN, Number.POSITIVE_INFINITY, -0] });
  });

  it.each([
    ['garbage', () => 'nonsense'],
    ['cut short', (text: string) => text.slice(0, text.length - 20)],
    ['changed after saving', (text: string) => text.replace('"Alpha"', '"Omega"')],
    ['from another folder', (text: string) => text.replace(JSON.stringify(dir), JSON.stringify(`${dir}-other`))],
  ])('are ignored when the cache file is %s', (_, damage) => {
    write('alpha.md', 'kind: term\nname: Alpha');
    write('beta.md', 'kind: term\nname: Beta');
    readLinkableEntries(dir, temp);
    const cache = glossaryCacheFile(dir, temp);
    writeFileSync(cache, damage(readFileSync(cache, 'utf8')));
    expect(fromCache().map((e) => e.name)).toEqual(['Alpha', 'Beta']);
    expect(fromCache()).toEqual(freshParse());
  });

  it('are ignored when saved for the folder under another project root', () => {
    write('alpha.md', 'kind: term\nname: Alpha');
    readLinkableEntries(dir, temp);
    const other = join(temp, 'elsewhere');
    mkdirSync(join(other, 'node_modules/.cache/explainer-glossary'), { recursive: true });
    // The same folder read for another root names its files from there.
    writeFileSync(glossaryCacheFile(dir, other), readFileSync(glossaryCacheFile(dir, temp)));
    newProcess();
    expect(readLinkableEntries(dir, other)[0]!.file).toBe(join('..', dir.slice(temp.length + 1), 'alpha.md'));
  });
});
