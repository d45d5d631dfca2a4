/**
 * The content collections. Schemas live in `src/schemas/` (shared with the
 * content checker); this file only wires them to loaders.
 */
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { loadSite } from './config/load.ts';
import { contentDir, contentLabel } from './config/content-dir.ts';
import { parseYamlList, type ListCollection } from './lib/text/yaml-list.ts';
import { relinkingGlob } from './markdown/relinking-glob-loader.ts';
import { localizedGlossaryIndex } from './markdown/glossary-source.ts';
import { claimSchema, eventSchema, glossarySchema, type RefFactory, sectionSchema, sourceSchema, storySchema } from './schemas/index.ts';
import { listTranslationSchema, pageTranslationSchema } from './schemas/translation.ts';

const ref = reference as unknown as RefFactory;
const content = contentDir();
const glossaryBase = join(content, 'glossary');

/** A list file read as the checker reads it: YAML 1.2, and an empty (or comments-only) file is an empty list. */
const listFile = (collection: ListCollection) => {
  const path = join(content, `${collection}.yaml`);
  const parser = (text: string) => {
    try {
      return parseYamlList(text, `${contentLabel(content)}/${collection}.yaml`, collection);
    } catch (error) {
      // Astro's file() loader logs only "Error reading data"; say what is wrong and how to fix it (in dev the content guard does not stop).
      console.error((error as Error).message);
      throw error;
    }
  };
  return file(path, { parser });
};

// Translations: content/<lang>/ for every language after the first (EDITING.md, "Translations").
const translated = loadSite(content).site.languages.slice(1).map((l) => l.code);
const languageGlob = translated.length > 1 ? `{${translated.join(',')}}` : (translated[0] ?? '__none__');
/** The items of every `<lang>/<name>.yaml`, keyed `<lang>/<id>`. */
const translatedList = (name: string) => () =>
  translated.flatMap((lang) => {
    const path = join(content, lang, name);
    return existsSync(path) ? (YAML.parse(readFileSync(path, 'utf8')) as Array<Record<string, unknown>> ?? []).map((item) => ({ ...item, id: `${lang}/${String(item.id)}` })) : [];
  });

export const collections = {
  /** Translated stories, sections and entries, keyed `<lang>/<kind folder>/<original id>`. */
  translations: defineCollection({
    loader: relinkingGlob({
      pattern: `${languageGlob}/{stories/*,sections/*/*,glossary/*}.{md,mdx}`,
      base: content,
      glossaryBase,
      // Translations are linked with their language's glossary: a renamed translated entry re-links them.
      extraDigest: () => translated.map((lang) => localizedGlossaryIndex(content, lang).digest).join(':'),
    }),
    schema: pageTranslationSchema,
  }),
  eventTranslations: defineCollection({ loader: translatedList('events.yaml'), schema: listTranslationSchema }),
  claimTranslations: defineCollection({ loader: translatedList('claims.yaml'), schema: listTranslationSchema }),
  stories: defineCollection({
    loader: relinkingGlob({ pattern: '*.{md,mdx}', base: join(content, 'stories'), glossaryBase }),
    schema: storySchema,
  }),
  sections: defineCollection({
    loader: relinkingGlob({ pattern: '*/*.{md,mdx}', base: join(content, 'sections'), glossaryBase }),
    schema: sectionSchema(ref),
  }),
  glossary: defineCollection({
    loader: relinkingGlob({ pattern: '*.{md,mdx}', base: glossaryBase, glossaryBase }),
    schema: glossarySchema(ref),
  }),
  sources: defineCollection({
    loader: listFile('sources'),
    schema: sourceSchema,
  }),
  events: defineCollection({
    loader: listFile('events'),
    schema: eventSchema(ref),
  }),
  claims: defineCollection({
    loader: listFile('claims'),
    schema: claimSchema(ref),
  }),
};
