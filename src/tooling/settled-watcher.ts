/**
 * A dev server's file watcher whose add, change and unlink events reach a
 * listener only once the file has been quiet for a moment.
 *
 * An editor that saves in place empties the file and then writes it, and the
 * watcher can report the first of the two: a loader that reads the file then
 * sees an empty file (Astro's glob loader keeps the old entry and logs a
 * schema error; an empty list file reads as an empty list), and the event for
 * the finished write may never come, so the old or empty entry stays until
 * the next save. Waiting until the file has been quiet reads the finished
 * file, once.
 */
import type { LoaderContext } from 'astro/loaders';

type Watcher = NonNullable<LoaderContext['watcher']>;

const FILE_EVENTS = new Set(['add', 'change', 'unlink']);

/** How long a file must be quiet before its event is passed on: far longer than a write, far shorter than a reader notices. */
export const QUIET_MS = 100;

export function settledWatcher(watcher: Watcher, quietMs = QUIET_MS): Watcher {
  const wrap = (listener: (...args: unknown[]) => unknown) => {
    // Per path: the last event wins (a save's "change" after its own "change"; "add" after "unlink" for a rename).
    const timers = new Map<unknown, ReturnType<typeof setTimeout>>();
    return (...args: unknown[]) => {
      const path = args[0];
      clearTimeout(timers.get(path));
      timers.set(
        path,
        setTimeout(() => {
          timers.delete(path);
          void listener(...args);
        }, quietMs),
      );
    };
  };
  return new Proxy(watcher, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if ((prop === 'on' || prop === 'addListener') && typeof value === 'function') {
        return (event: string, listener: (...args: unknown[]) => unknown) => {
          (value as (e: string, l: (...args: unknown[]) => unknown) => unknown).call(target, event, FILE_EVENTS.has(event) ? wrap(listener) : listener);
          return receiver;
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
