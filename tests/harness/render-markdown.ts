/**
 * Renders one Markdown file through the site's own pipeline (Astro's unified
 * processor with the project's remark and rehype plugins, Prism, GFM), without
 * building a whole site: the fast half of the "no payload in the built HTML"
 * tests. One real `astro build` of a fixture proves the wiring separately.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownPlugins } from '../../src/markdown/pipeline.ts';
import { splitFrontmatter } from '../../src/lib/text/frontmatter.ts';

const renderers = new Map<string, Promise<MarkdownRenderer>>();

/** A renderer for the content folder `contentDir` (its glossary is what gets linked). */
function renderer(contentDir: string): Promise<MarkdownRenderer> {
  let r = renderers.get(contentDir);
  if (!r) {
    const processor = unified(markdownPlugins({ contentDir, glossaryDir: join(contentDir, 'glossary') }));
    r = processor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: 'prism' });
    renderers.set(contentDir, r);
  }
  return r;
}

/** The HTML the site would publish for `text` (a whole file, front matter included) at `contentDir/relativePath`. */
export async function renderMarkdown(text: string, contentDir: string, relativePath: string): Promise<string> {
  const split = splitFrontmatter(text);
  const result = await (await renderer(contentDir)).render(split ? split.body : text, {
    fileURL: pathToFileURL(join(contentDir, relativePath)),
    frontmatter: {},
  });
  return result.code;
}
