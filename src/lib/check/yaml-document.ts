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
  /** Syntax errors, already positioned in the file. */
  errors: Array<Position & { message: string }>;
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
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    errors: doc.errors.map((e) => ({ ...at(e.pos[0]), message: e.message.split('\n')[0] ?? e.message })),
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
