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
import type { Link, Node, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { citedSourceId, sourceAnchor } from '../lib/linking/citations.ts';

export default function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const order: string[] = [];
    const walk = (node: Node) => {
      const parent = node as Parent;
      if (!Array.isArray(parent.children)) return;
      parent.children = parent.children.map((child) => {
        const id = child.type === 'link' ? citedSourceId((child as Link).url) : null;
        if (id === null) {
          walk(child);
          return child;
        }
        if (!order.includes(id)) order.push(id);
        const n = order.indexOf(id) + 1;
        const marker: Link = {
          type: 'link',
          url: `#${sourceAnchor(id)}`,
          children: [{ type: 'text', value: `[${n}]` }],
          data: { hProperties: { ariaLabel: `Source ${n}`, dataCite: id } },
        };
        // A custom node whose hName makes remark-rehype emit <sup class="cite">.
        return { type: 'citation', children: [marker], data: { hName: 'sup', hProperties: { className: ['cite'] } } } as unknown as Parent['children'][number];
      }) as Parent['children'];
    };
    walk(tree);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = order;
  };
}
