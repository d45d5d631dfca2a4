import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  sections: defineCollection({ loader: glob({ pattern: '*/*.md', base: './content/sections' }) }),
  glossary: defineCollection({ loader: glob({ pattern: '*.md', base: './content/glossary' }) }),
};
