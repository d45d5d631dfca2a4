/**
 * The language of the page being rendered. Astro renders one page per request
 * (and a static build renders them one after another, each in its own async
 * context), so src/middleware/page-language.ts runs each page inside `inPageLanguage(code, …)`
 * and every component, data module and link helper below it reads the
 * language from here instead of taking a `lang` prop through thirty levels.
 * Outside a page (the Astro config, the checker, tests) it is the default.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const pageLanguage = new AsyncLocalStorage<string>();

/** Runs `render` with `code` as the page's language. */
export function inPageLanguage<T>(code: string, render: () => T): T {
  return pageLanguage.run(code, render);
}

/** The code of the language of the page being rendered, or undefined outside a page. */
export function pageLanguageCode(): string | undefined {
  return pageLanguage.getStore();
}
