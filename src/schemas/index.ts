/** Every content schema, for `src/content.config.ts` and the content checker alike. */
export * from './common.ts';
export * from './source.ts';
export * from './story.ts';
export * from './section.ts';
export * from './glossary.ts';
export * from './event.ts';
export * from './claim.ts';
