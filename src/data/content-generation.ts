/**
 * A counter that the content guard bumps on every change under content/ in
 * `astro dev`, so per-build caches know when to forget. It lives on
 * globalThis because the guard (config process) and the data modules (Vite's
 * module runner) are separate module instances in one Node process.
 */
const KEY = Symbol.for('explainer.content-generation');

interface Slot {
  [KEY]?: number;
}

export function contentGeneration(): number {
  return (globalThis as Slot)[KEY] ?? 0;
}

export function bumpContentGeneration(): void {
  (globalThis as Slot)[KEY] = contentGeneration() + 1;
}
