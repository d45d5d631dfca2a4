/**
 * The content collections. Schemas live in `src/schemas/` (shared with the
 * content checker); this file only wires them to loaders.
 */
import { defineCollection, reference } from 'astro:content';
import { join } from 'node:path';
import { contentDir } from './config/content-dir.ts';
import { relinkingGlob } from './markdown/relinking-glob-loader.ts';
import { yamlListLoader } from './tooling/yaml-list-loader.ts';
import { claimSchema, eventSchema, glossarySchema, type RefFactory, sectionSchema, sourceSchema, storySchema } from './schemas/index.ts';

const ref = reference as unknown as RefFactory;
const content = contentDir();
const glossaryBase = join(content, 'glossary');

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
