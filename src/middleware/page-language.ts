/**
 * Renders each page in the language its path belongs to (`/uk/…` → uk), so
 * the dictionary, dates, links and data below it follow that language
 * (src/config/page-language.ts).
 */
import type { MiddlewareHandler } from 'astro';
import { languageOfPath } from '../config/site.ts';
import { inPageLanguage } from '../config/page-language.ts';

export const pageLanguage: MiddlewareHandler = (context, next) => inPageLanguage(languageOfPath(context.url.pathname).code, () => next());
