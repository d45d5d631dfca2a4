import { describe, expect, it } from 'vitest';
import { withoutPreloadHelper } from '../../src/integrations/no-preload-helper.ts';

const CHUNK = `import { t as bakedTranslator } from "./messages.!~{003}~.js";
import { t as __vitePreload } from "./preload-helper.!~{004}~.js";

loadTermPreviews(() => __vitePreload(() => import("./term-preview.!~{006}~.js"), __VITE_PRELOAD__));
`;

describe('withoutPreloadHelper', () => {
  it('swaps the helper import for a stand-in that runs the import itself, and keeps other imports', () => {
    const code = withoutPreloadHelper(CHUNK, false)!;
    expect(code).not.toContain('preload-helper');
    expect(code).toContain('import { t as bakedTranslator } from "./messages.!~{003}~.js";');
    expect(code).toContain('const __vitePreload = (load) => load();');
    // The call sites are untouched: same name, same arguments.
    expect(code).toContain('__vitePreload(() => import("./term-preview.!~{006}~.js"), __VITE_PRELOAD__)');
  });
  it('the stand-in resolves to the imported module, ignoring the dependency list', async () => {
    const standIn = new Function(`${withoutPreloadHelper('import { t as __vitePreload } from "./preload-helper.js";', false)}; return __vitePreload;`)() as (load: () => Promise<unknown>, deps?: unknown) => Promise<unknown>;
    await expect(standIn(() => Promise.resolve('module'), [])).resolves.toBe('module');
  });
  it('leaves the helper where a lazy chunk brings CSS, and code without it', () => {
    expect(withoutPreloadHelper(CHUNK, true)).toBeNull();
    expect(withoutPreloadHelper('import { x } from "./other.js";\nx();', false)).toBeNull();
  });
});
