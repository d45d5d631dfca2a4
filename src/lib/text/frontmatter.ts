/**
 * Splits a Markdown file into its YAML front matter and body, keeping line
 * numbers so that errors in either part point at the editor's real line.
 */
export interface SplitMarkdown {
  /** The YAML between the `---` fences (empty string when the fences hold nothing). */
  yaml: string;
  /** 1-based line of the first YAML line in the file. */
  yamlLine: number;
  /** Everything after the closing fence. */
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

/** Returns null when the file has no front matter fences at its very start. */
export function splitFrontmatter(text: string): SplitMarkdown | null {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const open = OPEN.exec(source);
  if (!open) return null;
  const rest = source.slice(open[0].length);
  // An empty block (`---` immediately followed by `---`) is valid front matter.
  const close = rest.startsWith('---') ? { index: 0, 0: rest.match(/^---[ \t]*/)![0] } : CLOSE.exec(rest);
  if (!close) return null;
  const yaml = rest.slice(0, close.index);
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  const yamlLines = yaml === '' ? 0 : yaml.replace(/\r?\n$/, '').split(/\r?\n/).length;
  return { yaml, yamlLine: 2, body: afterClose, bodyLine: 2 + yamlLines + 1 };
}
