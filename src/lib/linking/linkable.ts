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

/** Every `text` node the linker may link in, in document order. */
export function linkableTextNodes<T extends MdNode>(tree: T): T[] {
  const out: T[] = [];
  const walk = (node: T) => {
    if (node.type === 'text' && typeof node.value === 'string') out.push(node);
    for (const child of (node.children ?? []) as T[]) if (!NO_LINK_INSIDE.has(child.type)) walk(child);
  };
  walk(tree);
  return out;
}

/** The text of every `text` node the linker may link in, in document order. */
export function linkableTexts(tree: MdNode): string[] {
  return linkableTextNodes(tree).map((node) => node.value!);
}
