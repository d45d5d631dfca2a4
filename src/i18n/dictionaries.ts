/**
 * The dictionaries shipped with the engine, by language code. A site's
 * `language` must name one of them; a newsroom adjusts wording without code in
 * content/i18n/<language>.yaml. A new language is one file here plus one line.
 */
import { en } from './en.ts';
import { uk } from './uk.ts';
import type { Dictionary } from './translate.ts';

export const dictionaries: Readonly<Record<string, Dictionary>> = { en, uk };

/** The language codes a site may choose. */
export const LANGUAGES = Object.keys(dictionaries);
