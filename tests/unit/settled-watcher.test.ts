/**
 * The loaders' watcher (src/tooling/settled-watcher.ts): a save in place is
 * reported as several events; the loader hears of it once, after the file
 * has been quiet, and events for other files or of other kinds are not held
 * back by it.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settledWatcher } from '../../src/tooling/settled-watcher.ts';

type Watcher = Parameters<typeof settledWatcher>[0];

afterEach(() => vi.useRealTimers());

function watched() {
  const emitter = new EventEmitter() as EventEmitter & { add: (path: string) => void; added: string[] };
  emitter.added = [];
  emitter.add = (path: string) => void emitter.added.push(path);
  return { emitter, watcher: settledWatcher(emitter as unknown as Watcher, 100) };
}

describe('settledWatcher', () => {
  it('passes on a burst of events for one file once, after it has been quiet', () => {
    vi.useFakeTimers();
    const { emitter, watcher } = watched();
    const heard: string[] = [];
    watcher.on('change', (path: string) => void heard.push(path));
    emitter.emit('change', '/c/a.md');
    vi.advanceTimersByTime(60);
    emitter.emit('change', '/c/a.md');
    vi.advanceTimersByTime(60);
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(heard).toEqual(['/c/a.md']);
  });

  it('keeps files apart, and passes other events and methods straight through', () => {
    vi.useFakeTimers();
    const { emitter, watcher } = watched();
    const heard: string[] = [];
    watcher.on('change', (path: string) => void heard.push(`change ${path}`));
    watcher.on('ready', () => void heard.push('ready'));
    watcher.add('/c/b.md');
    emitter.emit('change', '/c/a.md');
    emitter.emit('change', '/c/b.md');
    emitter.emit('ready');
    expect(heard).toEqual(['ready']);
    vi.advanceTimersByTime(100);
    expect(heard).toEqual(['ready', 'change /c/a.md', 'change /c/b.md']);
    expect(emitter.added).toEqual(['/c/b.md']);
  });
});
