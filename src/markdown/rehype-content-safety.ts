/**
 * rehype plugin: the render pipeline's half of the HTML allowlist
 * (`src/lib/html/allowlist.ts`). The content checker reports unsafe HTML to
 * the editor; this plugin makes sure that whatever it might miss never
 * reaches a page.
 *
 * It parses raw HTML here (Astro's own rehype-raw runs only after the user's
 * rehype plugins for `.md`), removes addresses that fail the checker's URL
 * rule, then keeps only the elements and attributes of `RENDERED_HTML`.
 * Runs before Astro adds heading ids and image handling.
 */
import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import type { VFile } from 'vfile';
import { EXIT, visit } from 'unist-util-visit';
import { attributeName, sanitizeSchema, URL_ATTRIBUTES, urlVerdict } from '../lib/html/allowlist.ts';

/**
 * What a class name may be made of. Editors give classes only indirectly (a
 * fenced code block's language becomes `language-<info>`), and a highlighter
 * copies that name into `data-language`; a name with markup characters in it
 * (```` ```<svg> ````) is dropped from both, so the block renders as plain code.
 */
const CLASS_TOKEN = /^[A-Za-z0-9_:.+#-]+$/;

/** MDX nodes that rehype-raw must leave alone (the sanitiser then drops them: MDX is refused by the checker). */
const MDX_NODES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

/** True when the tree holds raw HTML (a `raw` node), which only raw() can turn into elements. */
function hasRaw(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/** MDX files go through @astrojs/mdx, which has no rehype-raw after this plugin: keep raw() there. */
const isMdx = (file: VFile) => typeof file.path === 'string' && file.path.endsWith('.mdx');

export default function rehypeContentSafety() {
  const schema = sanitizeSchema();
  return (tree: Root, file: VFile): Root => {
    // Without raw HTML there is nothing for raw() to parse, only the whole tree to re-parse through parse5
    // (about 0.1 ms a file); Astro's own rehype-raw re-parses every `.md` tree after this plugin anyway.
    const parsed = hasRaw(tree) || isMdx(file) ? (raw(tree, { file, passThrough: MDX_NODES }) as Root) : tree;
    visit(parsed, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (Array.isArray(classes)) {
        const kept = classes.filter((name) => CLASS_TOKEN.test(String(name)));
        if (kept.length === classes.length) {
          // Nothing to drop.
        } else if (kept.length > 0) node.properties.className = kept;
        else delete node.properties.className;
      }
      const language = node.properties.dataLanguage;
      if (language !== undefined && !CLASS_TOKEN.test(String(language))) delete node.properties.dataLanguage;
      for (const [property, value] of Object.entries(node.properties)) {
        const attribute = attributeName(property);
        if (!(URL_ATTRIBUTES as readonly string[]).includes(attribute) || value === null || value === undefined) continue;
        const context = node.tagName === 'img' && attribute === 'src' ? 'image' : 'link';
        if (!urlVerdict(String(value), context).ok) delete node.properties[property];
      }
    });
    return sanitize(parsed, schema) as Root;
  };
}
