/**
 * The site's remark and rehype plugins in order, for `astro.config.mjs` and
 * for tests that render a fixture through exactly the same pipeline.
 */
import remarkCitations from './remark-citations.ts';
import remarkGlossaryLinks, { type GlossaryLinksOptions } from './remark-glossary-links.ts';
import rehypeContentSafety from './rehype-content-safety.ts';
import { glossaryIndex } from './glossary-source.ts';

export interface PipelineOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Absolute path of the glossary folder. */
  glossaryDir: string;
  /** Link glossary mentions. Default true (the build benchmark turns it off). */
  linking?: boolean;
}

export function markdownPlugins(options: PipelineOptions) {
  const glossary: [typeof remarkGlossaryLinks, GlossaryLinksOptions] = [
    remarkGlossaryLinks,
    { index: () => glossaryIndex(options.glossaryDir), contentDir: options.contentDir },
  ];
  return {
    remarkPlugins: [remarkCitations, ...(options.linking === false ? [] : [glossary])],
    // The allowlist of src/lib/html/allowlist.ts, enforced on every rendered page (.md and .mdx).
    rehypePlugins: [rehypeContentSafety],
  };
}
