/**
 * The dev server's copy of the content files (src/tooling/read-content.ts):
 * after the watcher names a file, reading again gives what a fresh read of
 * the folder gives, in the same order, and says whether anything changed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentFileCache, readContentFiles } from '../../src/tooling/read-content.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site() {
  root = mkdtempSync(join(tmpdir(), 'content-file-cache-'));
  const dir = join(root, 'content');
  for (const folder of ['stories', 'sections/a-story', 'sections/b-story', 'glossary']) mkdirSync(join(dir, folder), { recursive: true });
  const write = (path: string, text: string) => writeFileSync(join(dir, path), text);
  write('stories/a-story.md', 'a story');
  write('sections/a-story/01-one.md', 'one');
  write('sections/b-story/01-one.md', 'b one');
  write('glossary/zeta.md', 'zeta');
  write('sources.yaml', '[]');
  return { dir, write, cache: new ContentFileCache(dir, root) };
}

describe('ContentFileCache', () => {
  it('reads a changed file again and keeps the others', () => {
    const { dir, write, cache } = site();
    expect(cache.read()).toEqual({ files: readContentFiles(dir, root), changed: true });
    expect(cache.read().changed).toBe(false);
    write('sections/a-story/01-one.md', 'one, edited');
    cache.fileChanged(join(dir, 'sections/a-story/01-one.md'));
    const after = cache.read();
    expect(after).toEqual({ files: readContentFiles(dir, root), changed: true });
    expect(after.files.find((f) => f.path === 'content/sections/a-story/01-one.md')?.text).toBe('one, edited');
  });

  it('says nothing changed when a named file has the same text (a second event for one save)', () => {
    const { dir, cache } = site();
    cache.read();
    cache.fileChanged(join(dir, 'glossary/zeta.md'));
    expect(cache.read().changed).toBe(false);
  });

  it('adds a new file in the order of a fresh read, and drops a deleted one', () => {
    const { dir, write, cache } = site();
    cache.read();
    write('glossary/alpha.md', 'alpha');
    write('sections/a-story/02-two.md', 'two');
    cache.fileChanged(join(dir, 'glossary/alpha.md'));
    cache.fileChanged(join(dir, 'sections/a-story/02-two.md'));
    expect(cache.read()).toEqual({ files: readContentFiles(dir, root), changed: true });
    rmSync(join(dir, 'stories/a-story.md'));
    cache.fileChanged(join(dir, 'stories/a-story.md'));
    const after = cache.read();
    expect(after).toEqual({ files: readContentFiles(dir, root), changed: true });
    expect(after.files.some((f) => f.path === 'content/stories/a-story.md')).toBe(false);
  });

  it('ignores files the checker does not read, and reads everything again after rescan()', () => {
    const { dir, write, cache } = site();
    cache.read();
    write('glossary/picture.png', 'not text');
    cache.fileChanged(join(dir, 'glossary/picture.png'));
    expect(cache.read().changed).toBe(false);
    // A change nobody reported (a folder copied in): seen only by a full read.
    mkdirSync(join(dir, 'sections/c-story'));
    write('sections/c-story/01-one.md', 'c one');
    expect(cache.read().changed).toBe(false);
    cache.rescan();
    expect(cache.read()).toEqual({ files: readContentFiles(dir, root), changed: true });
  });
});
