/**
 * The content collections. Schemas live in `src/schemas/` (shared with the
 * content checker); this file only wires them to loaders.
 */
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { join } from 'node:path';
import YAML from 'yaml';
import { contentDir } from './config/content-dir.ts';
import { relinkingGlob } from './markdown/relinking-glob-loader.ts';
import { claimSchema, eventSchema, glossarySchema, type RefFactory, sectionSchema, sourceSchema, storySchema } from './schemas/index.ts';

const ref = reference as unknown as RefFactory;
const content = contentDir();
const glossaryBase = join(content, 'glossary');

/** YAML 1.2 (the `yaml` package) keeps `2024-01-05` a string, as the checker reads it. */
const yamlList = (text: string) => YAML.parse(text) as Array<Record<string, unknown>>;

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
    loader: file(join(content, 'sources.yaml'), { parser: yamlList }),
    schema: sourceSchema,
  }),
  events: defineCollection({
    loader: file(join(content, 'events.yaml'), { parser: yamlList }),
    schema: eventSchema(ref),
  }),
  claims: defineCollection({
    loader: file(join(content, 'claims.yaml'), { parser: yamlList }),
    schema: claimSchema(ref),
  }),
};
