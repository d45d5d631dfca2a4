/** What in rendered content HTML could run, load or navigate, as an HTML parser reads it. */
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { attributeName, FORBIDDEN_ELEMENTS, RENDERED_HTML, URL_ATTRIBUTES, urlVerdict } from '../../src/lib/html/allowlist.ts';

/** Every payload in a rendered content fragment: forbidden or unlisted elements, handlers, styles, unsafe addresses, comments, the PWNED marker in an attribute. */
export function payloadsIn(html: string): string[] {
  const found: string[] = [];
  const tree = fromHtml(html, { fragment: true }) as Root;
  visit(tree, (node) => {
    if (node.type === 'comment') found.push(`comment <!--${node.value}-->`);
    if (node.type !== 'element') return;
    const tag = node.tagName.toLowerCase();
    if ((FORBIDDEN_ELEMENTS as readonly string[]).includes(tag) && !(tag === 'input' && node.properties.type === 'checkbox')) found.push(`<${tag}>`);
    else if (!RENDERED_HTML[tag]) found.push(`<${tag}> outside the allowlist`);
    for (const [property, value] of Object.entries(node.properties)) {
      const attribute = attributeName(property);
      if (/^on/.test(attribute) || attribute === 'style' || attribute === 'srcdoc' || attribute === 'formaction') found.push(`${attribute}= on <${tag}>`);
      if ((URL_ATTRIBUTES as readonly string[]).includes(attribute) && !urlVerdict(String(value), tag === 'img' ? 'image' : 'link').ok) found.push(`${attribute}="${value}"`);
      if (/PWNED/.test(String(value))) found.push(`payload in ${attribute}= on <${tag}>`);
    }
  });
  if (/<\/?(script|iframe|svg|math|object|embed|form|base|meta)\b/i.test(html)) found.push('a forbidden tag in the text');
  return found;
}

