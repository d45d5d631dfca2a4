/**
 * The site's remark and rehype plugins in order, for `astro.config.mjs` and
 * for tests that render a fixture through exactly the same pipeline.
 */
import remarkCitations, { type CitationsOptions } from './remark-citations.ts';
import remarkGlossaryLinks, { type GlossaryLinksOptions } from './remark-glossary-links.ts';
import rehypeContentSafety from './rehype-content-safety.ts';
import { glossaryIndex } from './glossary-source.ts';
import type { Translate } from '../i18n/translate.ts';

export interface PipelineOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Absolute path of the glossary folder. */
  glossaryDir: string;
  /** Link glossary mentions. Default true (the build benchmark turns it off). */
  linking?: boolean;
  /** The site's words for what the plugins write into pages. Default English. */
  t?: Translate;
  /** The words for one file, on a site in several languages (a translation's are its language's). Default: `t`. */
  tFor?: CitationsOptions['tFor'];
  /** The site's base path. Default `/`. */
  base?: string;
  /** The site's locale. Default `en`. */
  locale?: string;
  /** Overrides for the linker's options (per-language indexes, languages of files, per-language base paths). */
  glossaryLinks?: Partial<GlossaryLinksOptions>;
}

export function markdownPlugins(options: PipelineOptions) {
  const glossary: [typeof remarkGlossaryLinks, GlossaryLinksOptions] = [
    remarkGlossaryLinks,
    {
      index: () => glossaryIndex(options.glossaryDir),
      contentDir: options.contentDir,
      ...(options.base ? { base: options.base } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
      ...options.glossaryLinks,
    },
  ];
  const citations: [typeof remarkCitations, CitationsOptions] = [remarkCitations, { ...(options.t ? { t: options.t } : {}), ...(options.tFor ? { tFor: options.tFor } : {}) }];
  return {
    remarkPlugins: [citations, ...(options.linking === false ? [] : [glossary])],
    // The allowlist of src/lib/html/allowlist.ts, enforced on every rendered page (.md and .mdx).
    rehypePlugins: [rehypeContentSafety],
  };
}
