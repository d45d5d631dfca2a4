import { describe, expect, it } from 'vitest';
import { filesToKeep, manifestOutputs, parseStamp, stampFor, trustsManifest, type FileFacts } from '../../src/lib/build/kept-output.ts';

const manifest = JSON.stringify({
  version: 1,
  routes: {
    'src/pages/glossary/[id].astro': { dependencyHash: 'a', paths: { '/glossary/a': { cacheKey: 'k1', outputFile: 'glossary/a/index.html' }, '/glossary/%C3%BC': { cacheKey: 'k2', outputFile: 'glossary/%C3%BC/index.html' } } },
    'src/pages/og/[...path].png.ts': { dependencyHash: 'b', paths: { '/og/a.png': { cacheKey: 'k3', outputFile: 'og/a.png' } } },
  },
});

const disk = new Map<string, FileFacts>([
  ['glossary/a/index.html', { size: 10, mtimeMs: 1000.5 }],
  ['glossary/%C3%BC/index.html', { size: 20, mtimeMs: 2000.25 }],
  ['og/a.png', { size: 30, mtimeMs: 3000 }],
]);
const facts = (file: string) => disk.get(file);

describe('kept output', () => {
  it('lists every output file of an incremental manifest', () => {
    expect(manifestOutputs(manifest).sort()).toEqual(['glossary/%C3%BC/index.html', 'glossary/a/index.html', 'og/a.png']);
    expect(manifestOutputs('{"version":1}')).toEqual([]);
  });

  it('keeps the stamped files whose size and time are unchanged, for the same folder and manifest only', () => {
    const stamp = parseStamp(JSON.stringify(stampFor('/site/dist', 'm1', manifestOutputs(manifest), facts)))!;
    expect(filesToKeep(stamp, '/site/dist', 'm1', facts).size).toBe(3);
    // Another folder, another manifest, no manifest, no stamp: nothing stays.
    expect(filesToKeep(stamp, '/site/dist-cold', 'm1', facts).size).toBe(0);
    expect(filesToKeep(stamp, '/site/dist', 'm2', facts).size).toBe(0);
    expect(filesToKeep(stamp, '/site/dist', undefined, facts).size).toBe(0);
    expect(filesToKeep(undefined, '/site/dist', 'm1', facts).size).toBe(0);
    // A file edited by hand (other size or time) or gone is not trusted.
    const changed = new Map(disk);
    changed.set('glossary/a/index.html', { size: 11, mtimeMs: 1000.5 });
    changed.set('og/a.png', { size: 30, mtimeMs: 3000.001 });
    changed.delete('glossary/%C3%BC/index.html');
    expect([...filesToKeep(stamp, '/site/dist', 'm1', (f) => changed.get(f))]).toEqual([]);
  });

  it('stamps only the outputs that are in the folder (a page moved away after the build is restored next time)', () => {
    const stamp = stampFor('/site/dist', 'm1', [...manifestOutputs(manifest), 'uk/404/index.html'], facts);
    expect(Object.keys(stamp.files)).not.toContain('uk/404/index.html');
    expect(stamp.files['glossary/%C3%BC/index.html']).toEqual([20, 2000.25]);
  });

  it("trusts Astro's manifest only when a finished build stamped that very manifest", () => {
    const stamp = stampFor('/site/dist', 'm1', [], facts);
    expect(trustsManifest(stamp, 'm1')).toBe(true);
    expect(trustsManifest(stamp, 'm2')).toBe(false);
    expect(trustsManifest(undefined, 'm1')).toBe(false);
    expect(trustsManifest(stamp, undefined)).toBe(false);
  });

  it('reads anything malformed as no stamp', () => {
    for (const text of [undefined, '', 'garbage', '{"version":2,"outDir":"/d","manifest":"m","files":{}}', '{"version":1,"outDir":"/d","manifest":"m"}', '{"version":1,"outDir":"/d","manifest":"m","files":null}', '[]']) {
      expect(parseStamp(text)).toBeUndefined();
    }
  });
});
