/**
 * YAML parsed with positions, so a problem at `facts.ranges.1.km` can be
 * reported at the line and column the editor typed it.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedYaml {
  /** The plain data (YAML 1.2: dates stay strings). */
  data: unknown;
  /** Syntax errors, already positioned in the file; `fix` when the error says more than the generic advice. */
  errors: Array<Position & { message: string; fix?: string }>;
  /** Where the value at `path` starts; falls back to the nearest parent that exists. */
  locate(path: ReadonlyArray<string | number>): Position;
  /** Where the key `key` of the map at `path` is written (for unknown fields). */
  locateKey(path: ReadonlyArray<string | number>, key: string): Position;
}

/** `lineOffset` shifts positions when the YAML is front matter starting on a later line. */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const start: Position = { line: 1 + lineOffset, column: 1 };
  const nodeAt = (path: ReadonlyArray<string | number>): YamlNode | null => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as YamlNode | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) return node;
    }
    return null;
  };
  // Turning the tree into data can still fail: an alias to an anchor never set, or aliases expanding
  // past the parser's limit (the "billion laughs" attack). Report those as YAML errors, never throw.
  let data: unknown;
  const late: Array<Position & { message: string; fix?: string }> = [];
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS();
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? String(error);
      const alias = /: (\S+)$/.exec(message)?.[1];
      const offset = alias ? text.indexOf(`*${alias}`) : -1;
      late.push({ ...(offset >= 0 ? at(offset) : start), message, fix: 'define the anchor (&name) before its alias (*name), or write the value out; anchors and aliases are best avoided in content' });
    }
  }
  return {
    data,
    errors: [...late, ...doc.errors
      .map((e) => {
        const message = e.message.split('\n')[0] ?? e.message;
        // A `[` or `{` left open is noticed only on the next line; point at the bracket instead.
        const close = /end with an? ([\]}])/.exec(message)?.[1];
        const open = close ? unclosedOpener(text, e.pos[0], close) : -1;
        if (close && open >= 0) {
          const opener = close === ']' ? '[' : '{';
          const what = close === ']' ? 'list' : 'group';
          if (closesOnLine(text, e.pos[0], close)) {
            return { ...at(open), message: `the ${what} opened with "${opener}" here goes on to a line that is not indented`, fix: `keep the ${what} on one line, or indent its next lines` };
          }
          return { ...at(open), message: `the "${opener}" here is never closed with "${close}"`, fix: `add "${close}" at the end of the ${what}, on this line` };
        }
        return { ...at(e.pos[0]), message };
      })
      // One mistake often trips several parser errors on the same line; the first says most.
      .filter((e, i, all) => all.findIndex((f) => f.line === e.line) === i)],
    locate(path) {
      const node = nodeAt(path);
      return node?.range ? at(node.range[0]) : start;
    },
    locateKey(path, key) {
      const parent = path.length ? doc.getIn(path, true) : doc.contents;
      if (isMap(parent)) {
        for (const item of parent.items) {
          if (isPair(item) && isScalar(item.key) && String(item.key.value) === key && item.key.range) {
            return at(item.key.range[0]);
          }
        }
      }
      const node = nodeAt(path);
      return node?.range ? at(node.range[0]) : start;
    },
  };
}

/** Offset of the `[` or `{` before `offset` that `close` would close, or -1. Brackets inside quotes are not told apart. */
function unclosedOpener(text: string, offset: number, close: string): number {
  const open = close === ']' ? '[' : '{';
  let depth = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** True when the line at `offset` holds a `close` that closes a bracket opened on an earlier line. */
function closesOnLine(text: string, offset: number, close: string): boolean {
  const open = close === ']' ? '[' : '{';
  let depth = 0;
  for (let i = offset; i < text.length && text[i] !== '\n'; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth < 0) return true;
  }
  return false;
}
