/**
 * The one HTML allowlist of the project: what may appear in content, judged
 * by an HTML parser (parse5, through hast), never by regular expressions.
 *
 * Two layers share it:
 * - the content checker reports every raw-HTML element, attribute and
 *   address outside {@link RAW_HTML}, and every Markdown link or image whose
 *   address fails {@link urlVerdict}, with file, line and column;
 * - the render pipeline (`src/markdown/rehype-content-safety.ts`) removes
 *   whatever is outside {@link RENDERED_HTML}, using the same address rule,
 *   so that nothing the checker might miss reaches `dist/`.
 *
 * `RAW_HTML` (what an editor may type) is a subset of `RENDERED_HTML` (what
 * Markdown and the project's own plugins produce, plus `RAW_HTML`), so
 * anything the sanitiser removes from an editor's HTML was reported first.
 *
 * Attribute names are HTML names (`data-term`); addresses are judged after
 * the parser decoded entities, with tabs and newlines removed, surrounding
 * whitespace and control characters trimmed and the scheme lower-cased, as a
 * browser reads them. This module is pure: no I/O.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import { find, html as htmlSchema } from 'property-information';

/** Per element: the attributes allowed on it (besides {@link RAW_GLOBAL_ATTRIBUTES}). */
export type ElementRules = Readonly<Record<string, readonly string[]>>;

/** Attributes an editor may put on any allowed raw element. */
export const RAW_GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'] as const;

/**
 * Raw HTML an editor may write inside Markdown: inline semantics Markdown has
 * no syntax for. Everything else has a Markdown form (links, images, lists,
 * tables, emphasis) or is never published (see {@link FORBIDDEN_ELEMENTS}).
 * No `id`, `class`, `style`, `data-*` or event attributes.
 */
export const RAW_HTML: ElementRules = {
  abbr: [],
  sup: [],
  sub: [],
  br: [],
  wbr: [],
  span: [],
  small: [],
  cite: [],
  q: ['cite'],
  mark: [],
  kbd: [],
  time: ['datetime'],
};

/**
 * What may reach a page from Markdown: the elements Markdown and GFM
 * produce (footnotes, task lists, tables, Prism's code tokens), the
 * project's own markup (glossary links `a.term`, paragraph
 * anchors, citation markers `sup.cite > a`) and {@link RAW_HTML}.
 * Heading ids are added by Astro after this check.
 */
export const RENDERED_HTML: ElementRules = {
  ...RAW_HTML,
  p: ['id'],
  a: ['href', 'title', 'class', 'id', 'data-forced', 'aria-label', 'aria-describedby', 'data-footnote-ref', 'data-footnote-backref'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  h1: ['id'],
  h2: ['id', 'class'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  em: [],
  strong: [],
  del: [],
  code: ['class'],
  pre: ['class', 'data-language'],
  span: ['class'],
  sup: ['class'],
  blockquote: [],
  ul: ['class'],
  ol: ['start'],
  li: ['id', 'class'],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['align', 'id'],
  td: ['align', 'id'],
  input: ['type', 'checked', 'disabled'],
  hr: [],
  section: ['class', 'data-footnotes'],
};

/** Attributes whose value is an address, judged by {@link urlVerdict}. */
export const URL_ATTRIBUTES = ['href', 'src', 'cite', 'action', 'formaction', 'poster', 'background', 'srcset', 'xlink:href', 'ping', 'longdesc'] as const;

/** Schemes a link may use. An address without a scheme (`/glossary/x/`, `#note`, `page/`) is always fine. */
export const LINK_SCHEMES = ['https', 'http', 'mailto'] as const;
/** Schemes an image may use. No `data:` images: the site's CSP does not load them either. */
export const IMAGE_SCHEMES = ['https', 'http'] as const;
/** The project's own link schemes, rewritten by its remark plugins before anything renders. */
export const MARKDOWN_LINK_SCHEMES = ['glossary', 'source'] as const;
/** Schemes that run code or carry a document: named as such in the checker's message. */
export const CODE_SCHEMES = ['javascript', 'vbscript', 'data', 'livescript', 'mocha'] as const;

/** Elements that are never published, with their content: scripts, frames, embeds, forms, document-level tags, SVG and MathML. */
export const FORBIDDEN_ELEMENTS = [
  'script', 'noscript', 'style', 'link', 'template', 'slot',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe',
  'form', 'input', 'button', 'select', 'textarea', 'option', 'datalist', 'output',
  'base', 'meta', 'head', 'html', 'body', 'title',
  'svg', 'math', 'foreignobject', 'xmp', 'noembed', 'noframes', 'plaintext', 'listing',
] as const;

export type UrlContext = 'link' | 'image' | 'markdown-link';

export type UrlVerdict = { ok: true } | { ok: false; scheme: string; runsCode: boolean };

/** The address as a browser reads it: tabs and newlines removed, C0 controls and spaces trimmed. */
export function normalizeUrl(value: string): string {
  return value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** Whether an address (already entity-decoded) may be used as a link or image. */
export function urlVerdict(value: string, context: UrlContext): UrlVerdict {
  const plain = schemeVerdict(normalizeUrl(value), context);
  if (!plain.ok) return plain;
  // Markdown percent-encodes what an editor wrote (a tab becomes %09): judge the decoded form too, so both layers agree.
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return plain;
  }
  return decoded === value ? plain : schemeVerdict(normalizeUrl(decoded), context);
}

function schemeVerdict(url: string, context: UrlContext): UrlVerdict {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return { ok: true };
  const allowed: readonly string[] =
    context === 'image' ? IMAGE_SCHEMES : context === 'markdown-link' ? [...LINK_SCHEMES, ...MARKDOWN_LINK_SCHEMES] : LINK_SCHEMES;
  if (allowed.includes(scheme)) return { ok: true };
  return { ok: false, scheme, runsCode: (CODE_SCHEMES as readonly string[]).includes(scheme) };
}

/** An attribute's HTML name from a hast property name (`dataTerm` → `data-term`). */
export function attributeName(property: string): string {
  return find(htmlSchema, property).attribute.toLowerCase();
}

function propertyName(attribute: string): string {
  return find(htmlSchema, attribute).property;
}

const isEventHandler = (attribute: string) => /^on/i.test(attribute);

/** The hast-util-sanitize schema for rendered pages: {@link RENDERED_HTML}, nothing else. */
export function sanitizeSchema(): Schema {
  const attributes: Record<string, string[]> = {};
  for (const [tag, names] of Object.entries(RENDERED_HTML)) {
    attributes[tag] = [...new Set([...names, ...RAW_GLOBAL_ATTRIBUTES])].map(propertyName);
  }
  return {
    tagNames: Object.keys(RENDERED_HTML),
    attributes,
    // Addresses are judged by urlVerdict (the checker's rule) before sanitising, not by the sanitiser's own, case-sensitive test.
    protocols: {},
    // Only GFM's task-list checkbox is an input.
    required: { input: { type: 'checkbox', disabled: true } },
    // The project's ids are already unique (and GFM prefixes its own): no second prefix.
    clobber: [],
    clobberPrefix: '',
    // Their text would be junk or code on the page: drop them with their content.
    strip: [...FORBIDDEN_ELEMENTS],
    allowComments: false,
    allowDoctypes: false,
  };
}

/** One thing in an editor's raw HTML outside the allowlist. */
export interface HtmlViolation {
  /** 1-based line and column within the HTML fragment. */
  line: number;
  column: number;
  kind: 'forbidden-element' | 'unknown-element' | 'event-handler' | 'attribute' | 'url' | 'cdata';
  /** The element's opening tag as written (clipped), for the message. */
  tag: string;
  element: string;
  /** The attribute at fault, for attribute, event-handler and url violations. */
  attribute?: string;
  /** The decoded address, for url violations. */
  url?: string;
  runsCode?: boolean;
}

/**
 * Parses one fragment of raw HTML as a browser would (parse5) and lists
 * what is outside {@link RAW_HTML}. The subtree of a rejected element is not
 * judged again (one message per problem); comments are allowed and never
 * published.
 */
export function rawHtmlViolations(fragment: string): HtmlViolation[] {
  const tree = fromHtml(fragment, { fragment: true, verbose: true }) as Root;
  const lineStarts = [0];
  for (let i = 0; i < fragment.length; i++) if (fragment[i] === '\n') lineStarts.push(i + 1);
  const out: HtmlViolation[] = [];
  const tagText = (node: Element) => {
    const opening = (node.data as { position?: { opening?: { start: { offset?: number }; end: { offset?: number } } } } | undefined)?.position?.opening;
    const text = opening?.start.offset !== undefined && opening.end.offset !== undefined ? fragment.slice(opening.start.offset, opening.end.offset) : `<${node.tagName}>`;
    return clip(text);
  };
  const at = (node: Nodes, property?: string) => {
    const props = (node.data as { position?: { properties?: Record<string, { start: { line: number; column: number } }> } } | undefined)?.position?.properties;
    const start = (property && props?.[property]?.start) || node.position?.start;
    return { line: start?.line ?? 1, column: start?.column ?? 1 };
  };
  const walk = (node: Nodes) => {
    if (node.type === 'comment') {
      if (/^\[CDATA\[/i.test(node.value)) out.push({ ...at(node), kind: 'cdata', tag: '<![CDATA[', element: '#cdata' });
      return;
    }
    if (node.type !== 'element') {
      if ('children' in node) node.children.forEach(walk);
      return;
    }
    const element = node.tagName.toLowerCase();
    const tag = tagText(node);
    if ((FORBIDDEN_ELEMENTS as readonly string[]).includes(element) || node.tagName === 'svg' || node.tagName === 'math') {
      out.push({ ...at(node), kind: 'forbidden-element', tag, element });
      return;
    }
    const allowed = RAW_HTML[element];
    if (!allowed) {
      out.push({ ...at(node), kind: 'unknown-element', tag, element });
    } else {
      for (const [property, value] of Object.entries(node.properties ?? {})) {
        if (value === null || value === undefined || value === false) continue;
        const attribute = attributeName(property);
        if (isEventHandler(attribute)) out.push({ ...at(node, property), kind: 'event-handler', tag, element, attribute });
        else if (!allowed.includes(attribute) && !(RAW_GLOBAL_ATTRIBUTES as readonly string[]).includes(attribute)) {
          out.push({ ...at(node, property), kind: 'attribute', tag, element, attribute });
        } else if ((URL_ATTRIBUTES as readonly string[]).includes(attribute)) {
          const verdict = urlVerdict(String(value), 'link');
          if (!verdict.ok) out.push({ ...at(node, property), kind: 'url', tag, element, attribute, url: String(value), runsCode: verdict.runsCode });
        }
      }
    }
    // An element outside the list may still hide a script: judge its content too.
    (node.tagName === 'template' ? [] : node.children).forEach(walk);
  };
  walk(tree);
  return out;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
