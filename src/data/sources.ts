/** Sources, looked up by id, in the order a page cites them; in the language of the page being rendered. */
import { getCollection } from 'astro:content';
import { defaultLanguage, pageLanguage } from '../config/site.ts';
import { listTranslations } from './localized.ts';
import { perBuild } from './per-build.ts';
import type { SourceData } from '../schemas/source.ts';

/**
 * A source as pages show it. The title stays as published, in the source's
 * language (`lang` in sources.yaml, else the default language's); the note
 * is the editor's, in the page's language where `<lang>/sources.yaml`
 * translates it, else the default language's. Pages mark either with `lang`
 * where it differs from the page's. A publisher line with words in it
 * ("Reuters via …") may be translated too.
 */
export type Source = SourceData & { titleLang: string; noteLang?: string };

export const getSources = perBuild(async () => {
  const translations = await listTranslations('sourceTranslations');
  const lang = pageLanguage().code;
  return (await getCollection('sources')).map((entry) => {
    const translation = translations.get(entry.id);
    const translatedNote = entry.data.note === undefined ? undefined : translation?.note;
    const data: Source = {
      ...entry.data,
      ...(translation?.publisher ? { publisher: translation.publisher } : {}),
      ...(translatedNote ? { note: translatedNote } : {}),
      titleLang: entry.data.lang ?? defaultLanguage.code,
      ...(entry.data.note === undefined ? {} : { noteLang: translatedNote ? lang : defaultLanguage.code }),
    };
    return { ...entry, data };
  });
});

/** Every source by id. */
export const getSourcesById = perBuild(async () => new Map((await getSources()).map((s) => [s.id, s.data])));

/** The sources behind `refs`, without repeats, in first-cited order. */
export async function resolveSources(refs: ReadonlyArray<{ id: string }>): Promise<Source[]> {
  const all = await getSourcesById();
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const { id } of refs) {
    if (seen.has(id)) continue;
    seen.add(id);
    const source = all.get(id);
    if (!source) throw new Error(`Unknown source "${id}": run npm run check for details.`);
    out.push(source);
  }
  return out;
}
