/**
 * Nothing stale is published: after deleting, emptying or renaming content
 * files on a warm cache, the build gives exactly what a cold build of the
 * same content gives (every file in dist/ compared), or a clear error.
 * Cases are combined so that three full builds cover every file type:
 * a story with its section folder deleted, a section deleted, a glossary
 * entry renamed, claims.yaml emptied, an event and a source removed.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../fixtures/check/fixture.ts';
import { tempProject } from './temp-project.ts';

const BASE = join(FIXTURES_DIR, 'base/content');
const warm = tempProject(BASE);
const cold = tempProject();
afterAll(() => {
  warm.remove();
  cold.remove();
});

const write = (root: string, path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

/** Extra content that the second build removes or renames. */
function addDoomedContent(dir: string) {
  write(dir, 'content/stories/ferry.md', '---\ntitle: The old ferry of Millbrook\ndek: The ferry that the footbridge replaced.\npublished: 2022-06-10\nupdated: 2022-06-10\nstatus: settled\nkeyPoints:\n  - The ferry ran until 2022.\n  - It carried walkers.\n  - The bridge replaced it.\nsummary: A second short test story, deleted by the stale-cache test.\n---\nThe ferry crossed the river until 2022.\n');
  write(dir, 'content/sections/ferry/01-the-ferry.md', '---\ntitle: The ferry\nsummary: The boat that crossed the river before the bridge.\nsources: [ferry-history]\n---\nA small ferry boat carried walkers across the river in Millbrook.\n');
  write(dir, 'content/sections/river-bridge/03-later.md', '---\ntitle: Later\nsummary: What happened after the opening.\nsources: [gazette-opening-2022]\n---\nThe arch bridge was painted green in 2023, a SECTION-TO-DELETE.\n');
  write(dir, 'content/glossary/ferry-boat.md', '---\nkind: term\nname: ferry boat\nshort: A boat that carries people across a river.\nsources: [ferry-history]\nfacts:\n  field: Transport\n---\nA ferry boat crosses the same stretch of water again and again.\n');
  const sources = readFileSync(join(dir, 'content/sources.yaml'), 'utf8');
  writeFileSync(join(dir, 'content/sources.yaml'), `${sources}\n- id: ferry-history\n  title: The Millbrook ferry\n  publisher: Millbrook Gazette\n  url: https://gazette.example.org/ferry\n  kind: news\n`);
}

/** The same content after deletions, a rename and emptied lists. */
function removeDoomedContent(dir: string) {
  rmSync(join(dir, 'content/stories/ferry.md'));
  rmSync(join(dir, 'content/sections/ferry'), { recursive: true });
  rmSync(join(dir, 'content/sections/river-bridge/03-later.md'));
  renameSync(join(dir, 'content/glossary/ferry-boat.md'), join(dir, 'content/glossary/river-ferry.md'));
  writeFileSync(join(dir, 'content/claims.yaml'), '[]\n');
  const events = readFileSync(join(dir, 'content/events.yaml'), 'utf8');
  writeFileSync(join(dir, 'content/events.yaml'), events.slice(0, events.indexOf('\n- id: bridge-opened')) + '\n');
  // The renamed entry now cites a source that stays; the ferry's own source goes.
  const entry = join(dir, 'content/glossary/river-ferry.md');
  writeFileSync(entry, readFileSync(entry, 'utf8').replace('[ferry-history]', '[gazette-opening-2022]'));
  const sources = readFileSync(join(dir, 'content/sources.yaml'), 'utf8');
  writeFileSync(join(dir, 'content/sources.yaml'), sources.slice(0, sources.indexOf('\n- id: ferry-history')) + '\n');
}

/** Every file in dist/ with a hash of its content. */
function snapshot(dir: string): Record<string, string> {
  const dist = join(dir, 'dist');
  const out: Record<string, string> = {};
  for (const file of (readdirSync(dist, { recursive: true }) as string[]).sort()) {
    const path = join(dist, file);
    try {
      out[file] = createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
    } catch {
      // a folder
    }
  }
  return out;
}

describe('a warm cache never publishes deleted or renamed content', { timeout: 600_000 }, () => {
  it('gives exactly the cold build after deleting a story, a section, renaming an entry and emptying lists', () => {
    addDoomedContent(warm.dir);
    const first = warm.build();
    expect(first.status, first.output).toBe(0);
    expect(existsSync(join(warm.dir, 'dist/stories/ferry/index.html'))).toBe(true);
    expect(existsSync(join(warm.dir, 'node_modules/.astro/data-store.json'))).toBe(true);

    removeDoomedContent(warm.dir);
    const second = warm.build();
    expect(second.status, second.output).toBe(0);

    cpSync(join(warm.dir, 'content'), join(cold.dir, 'content'), { recursive: true });
    const fresh = cold.build();
    expect(fresh.status, fresh.output).toBe(0);

    const warmFiles = snapshot(warm.dir);
    const coldFiles = snapshot(cold.dir);
    expect(Object.keys(warmFiles)).toEqual(Object.keys(coldFiles));
    expect(warmFiles).toEqual(coldFiles);
    // And concretely: none of the removed content anywhere.
    const story = readFileSync(join(warm.dir, 'dist/stories/river-bridge/index.html'), 'utf8');
    expect(story).not.toContain('SECTION-TO-DELETE');
    expect(story).not.toContain('The footbridge opens');
    expect(story).not.toContain('The arch design was the cheapest');
    expect(existsSync(join(warm.dir, 'dist/stories/ferry'))).toBe(false);
    expect(existsSync(join(warm.dir, 'dist/glossary/ferry-boat'))).toBe(false);
    expect(existsSync(join(warm.dir, 'dist/glossary/river-ferry/index.html'))).toBe(true);
  });

  it.each(['claims', 'events', 'sources'])('refuses a deleted %s.yaml on the warm cache with a clear message, exit 1', (list) => {
    const path = join(warm.dir, `content/${list}.yaml`);
    const saved = readFileSync(path, 'utf8');
    rmSync(path);
    try {
      const result = warm.build();
      expect(result.status, result.output).toBe(1);
      expect(result.output).toMatch(new RegExp(`content/${list}\\.yaml:1:1 +file +the list file content/${list}\\.yaml is missing +\\(create it; write \\[\\] in it if there are no ${list}\\)`));
      expect(result.output).not.toMatch(/File not found/);
    } finally {
      writeFileSync(path, saved);
    }
  });

  it('fails, not exits 0, when a list file is missing and the checker is bypassed (the loader alone)', () => {
    const config = join(warm.dir, 'astro.config.mjs');
    const source = readFileSync(config, 'utf8');
    writeFileSync(config, source.replace('contentGuard({ contentDir }), ', ''));
    const path = join(warm.dir, 'content/claims.yaml');
    const saved = readFileSync(path, 'utf8');
    rmSync(path);
    try {
      const result = warm.build();
      expect(result.status, result.output).not.toBe(0);
      expect(result.output).toContain('content/claims.yaml is missing: create it (write [] if the list is empty)');
    } finally {
      writeFileSync(path, saved);
      writeFileSync(config, source);
    }
  });
});
