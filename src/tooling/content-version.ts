/**
 * A counter that moves whenever a content loader writes to Astro's data
 * store, and again when Astro reports that it saved the store, so
 * `astro dev` can keep whole-collection computations (backlinks, story
 * scopes, claims) between requests and drop them after an edit.
 *
 * Lives on `globalThis`: the loaders and the page modules are separate
 * module instances in one dev process (as src/markdown/glossary-source.ts).
 */
import type { LoaderContext } from 'astro/loaders';

const KEY = Symbol.for('explainer.content-version');
interface Slot {
  [KEY]?: number;
}

/** The current version; it changes after any write to any collection. */
export function contentVersion(): number {
  return (globalThis as Slot)[KEY] ?? 0;
}

function bump(): void {
  (globalThis as Slot)[KEY] = contentVersion() + 1;
}

// A loader's write reaches the pages only once Astro has saved the data store
// and the pages' module for it is loaded again; Astro sends this event when it
// has saved the store and dropped that module. A memo computed between the
// write and this event read the old store: moving the version again drops it.
// (Only in the dev server's module runner; elsewhere import.meta.hot is undefined.)
import.meta.hot?.on('astro:content-changed', bump);

/** The loader context with a store whose writes move the version. */
export function versionedContext(context: LoaderContext): LoaderContext {
  const store = new Proxy(context.store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (prop === 'set' || prop === 'delete' || prop === 'clear') {
        return (...args: unknown[]) => {
          bump();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
  return { ...context, store };
}
