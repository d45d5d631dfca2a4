/**
 * The content collections. Schemas live in `src/schemas/` (shared with the
 * content checker); this file only wires them to loaders.
 */
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { join } from 'node:path';
import { contentDir, contentLabel } from './config/content-dir.ts';
import { parseYamlList, type ListCollection } from './lib/text/yaml-list.ts';
import { relinkingGlob } from './markdown/relinking-glob-loader.ts';
import { claimSchema, eventSchema, glossarySchema, type RefFactory, sectionSchema, sourceSchema, storySchema } from './schemas/index.ts';

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

export const collections = {
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
