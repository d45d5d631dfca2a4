/**
 * The content collections. Schemas live in `src/schemas/` (shared with the
 * content checker); this file only wires them to loaders.
 */
import { defineCollection, reference } from 'astro:content';
import { join } from 'node:path';
import { loadSite } from './config/load.ts';
import { contentDir } from './config/content-dir.ts';
import { relinkingGlob } from './markdown/relinking-glob-loader.ts';
import { yamlListLoader } from './tooling/yaml-list-loader.ts';
import { translatedListLoader } from './tooling/translated-list-loader.ts';
import { localizedGlossaryIndex } from './markdown/glossary-source.ts';
import { claimSchema, eventSchema, glossarySchema, type RefFactory, sectionSchema, sourceSchema, storySchema } from './schemas/index.ts';
import { listTranslationSchema, pageTranslationSchema } from './schemas/translation.ts';

const ref = reference as unknown as RefFactory;
const content = contentDir();
const glossaryBase = join(content, 'glossary');

// Translations: content/<lang>/ for every language after the first (EDITING.md, "Translations").
const translated = loadSite(content).site.languages.slice(1).map((l) => l.code);
const languageGlob = translated.length > 1 ? `{${translated.join(',')}}` : (translated[0] ?? '__none__');

export const collections = {
  /** Translated stories, sections and entries, keyed `<lang>/<kind folder>/<original id>`. */
  translations: defineCollection({
    loader: relinkingGlob({
      pattern: `${languageGlob}/{stories/*,sections/*/*,glossary/*}.{md,mdx}`,
      base: content,
      glossaryBase,
      // Translations are linked with their language's glossary: a renamed translated entry re-links them.
      extraDigest: () => translated.map((lang) => localizedGlossaryIndex(content, lang).digest).join(':'),
      extraDirs: translated.map((lang) => join(content, lang, 'glossary')),
    }),
    schema: pageTranslationSchema,
  }),
  /** Translated items of events.yaml, claims.yaml and sources.yaml, keyed `<lang>/<original id>` (watched in dev). */
  eventTranslations: defineCollection({ loader: translatedListLoader(content, translated, 'events'), schema: listTranslationSchema }),
  claimTranslations: defineCollection({ loader: translatedListLoader(content, translated, 'claims'), schema: listTranslationSchema }),
  sourceTranslations: defineCollection({ loader: translatedListLoader(content, translated, 'sources'), schema: listTranslationSchema }),
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
    loader: yamlListLoader(join(content, 'sources.yaml'), 'sources'),
    schema: sourceSchema,
  }),
  events: defineCollection({
    loader: yamlListLoader(join(content, 'events.yaml'), 'events'),
    schema: eventSchema(ref),
  }),
  claims: defineCollection({
    loader: yamlListLoader(join(content, 'claims.yaml'), 'claims'),
    schema: claimSchema(ref),
  }),
};
