/**
 * remark plugin: inline citations. An editor writes `[source](source:kyiv-post-26362)`
 * after a claim; the reader sees a numbered marker, `[2]`, that links to the
 * source in the page's source list. Numbers count citations in order of
 * first appearance within the file (one file = one section), and the cited
 * ids go to pages as `remarkPluginFrontmatter.citations`, so the section's
 * source line can use the same numbers.
 *
 * Unknown ids are the content checker's job (it runs before every build),
 * so this plugin needs nothing but the file itself and stays cache-friendly.
 */
import type { Link, Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { citedSourceId, sourceAnchor } from '../lib/linking/citations.ts';
import { englishT, type Translate } from '../i18n/translate.ts';

export interface CitationsOptions {
  /** The site's words: the marker's accessible name is `citation.label` ("Source 2"). Default: English. */
  t?: Translate;
  /** The words for one file, where files are in several languages (a translation's in its own). Default: `t` for every file. */
  tFor?: (file: VFile) => Translate;
}

export default function remarkCitations(options: CitationsOptions = {}) {
  const fixed = options.t ?? englishT;
  return (tree: Root, file: VFile) => {
    const t = options.tFor?.(file) ?? fixed;
    const order: string[] = [];
    visit(tree, 'link', (node, index, parent) => {
      const id = citedSourceId(node.url);
      if (id === null || parent === undefined || index === undefined) return;
      if (!order.includes(id)) order.push(id);
      const n = order.indexOf(id) + 1;
      const marker: Link = {
        type: 'link',
        url: `#${sourceAnchor(id)}`,
        children: [{ type: 'text', value: `[${n}]` }],
        data: { hProperties: { ariaLabel: t('citation.label', { number: n }) } },
      };
      // A custom node whose hName makes remark-rehype emit <sup class="cite">.
      parent.children[index] = { type: 'citation', children: [marker], data: { hName: 'sup', hProperties: { className: ['cite'] } } } as unknown as Parent['children'][number];
      // The marker is ours: nothing inside it to visit.
      return SKIP;
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = order;
  };
}
