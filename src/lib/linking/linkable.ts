/**
 * Where the linker may link a name: shared by the remark plugin (which links)
 * and the content checker (which predicts what a story will link, for story
 * scoping), so the two never disagree about headings, code or existing links.
 */

/** Markdown node types whose text is never linked. */
export const NO_LINK_INSIDE: ReadonlySet<string> = new Set([
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'html',
  'definition',
  'footnoteDefinition',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'yaml',
]);

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** The text of every `text` node the linker may link in, in document order. */
export function linkableTexts(tree: MdNode): string[] {
  const out: string[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'text' && typeof node.value === 'string') out.push(node.value);
    for (const child of node.children ?? []) if (!NO_LINK_INSIDE.has(child.type)) walk(child);
  };
  walk(tree);
  return out;
}
