/**
 * Renders each page in the language its path belongs to (`/uk/…` → uk), so
 * the dictionary, dates, links and data below it follow that language
 * (src/config/page-language.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { languageOfPath } from './config/site.ts';
import { inPageLanguage } from './config/page-language.ts';

export const onRequest = defineMiddleware((context, next) => inPageLanguage(languageOfPath(context.url.pathname).code, () => next()));
