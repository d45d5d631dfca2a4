/** The checker's words for each kind of raw-HTML problem the allowlist finds. */
import { RAW_GLOBAL_ATTRIBUTES, RAW_HTML, type HtmlViolation } from '../html/allowlist.ts';

const RAW_TAGS = Object.keys(RAW_HTML).map((t) => `<${t}>`).join(' ');

/** `[message, fix]` for one violation. */
export function htmlViolationText(v: HtmlViolation): [string, string] {
  switch (v.kind) {
    case 'forbidden-element':
      return [`raw HTML "${v.tag}" is not allowed`, 'remove it: scripts, frames, embeds, forms, styles, SVG, MathML and page-level tags are never published'];
    case 'unknown-element':
      return [`raw HTML "${v.tag}" is outside the allowed list`, `use Markdown instead; the HTML allowed in text is ${RAW_TAGS} (see EDITING.md)`];
    case 'event-handler':
      return [`the HTML attribute ${v.attribute} in "${v.tag}" runs script`, `remove the ${v.attribute} attribute`];
    case 'attribute': {
      const allowed = [...RAW_GLOBAL_ATTRIBUTES, ...(RAW_HTML[v.element] ?? [])];
      const style = v.attribute === 'style' ? 'styles come from the site, never from content; ' : '';
      return [`the HTML attribute ${v.attribute} is not allowed on <${v.element}>`, `${style}remove it; allowed on <${v.element}>: ${allowed.join(', ')}`];
    }
    case 'url':
      return v.runsCode
        ? [`the address "${v.url}" in "${v.tag}" can run code`, 'use an https:// address instead']
        : [`the address "${v.url}" in "${v.tag}" uses a scheme that is not allowed`, 'use an https://, http:// or mailto: address, or a path on this site'];
    case 'cdata':
      return ['a CDATA section is not HTML content', 'remove it; write the text directly'];
  }
}
