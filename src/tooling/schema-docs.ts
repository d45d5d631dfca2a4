/**
 * The JSDoc of the zod schemas, so generated JSON Schemas can show each
 * field's documentation when an editor hovers over it.
 *
 * Zod does not see comments, so they are read from the schema sources with
 * TypeScript's parser. Every object literal in those files is recorded with
 * its keys and the comment on each key. A JSON Schema object then takes each
 * field's comment from the literal that fits it best: among the literals whose
 * keys all appear in that object, the one sharing the most keys with it.
 * That tells `date` in a claim from `date` in a range without knowing how the
 * factories are composed (spreads such as `...common` simply contribute their
 * own literal).
 */
import ts from 'typescript';

/** One object literal of a schema source and the comments on its keys. */
export interface LiteralDocs {
  keys: ReadonlySet<string>;
  docs: ReadonlyMap<string, string>;
}

type JsonObject = { [key: string]: unknown };

/** Every object literal with at least one documented key in `sourceText`. */
export function literalDocs(sourceText: string, fileName = 'schema.ts'): LiteralDocs[] {
  const file = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true);
  const found: LiteralDocs[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const keys = new Set<string>();
      const docs = new Map<string, string>();
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
        const name = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : null;
        if (!name) continue;
        keys.add(name);
        const doc = jsDocText(property);
        if (doc) docs.set(name, doc);
      }
      if (docs.size) found.push({ keys, docs });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function jsDocText(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The comment for `key` in a JSON Schema object with properties `keys`, or undefined. */
export function docFor(key: string, keys: ReadonlySet<string>, literals: readonly LiteralDocs[]): string | undefined {
  let best: LiteralDocs | undefined;
  let bestOverlap = 0;
  for (const literal of literals) {
    if (!literal.docs.has(key) || ![...literal.keys].every((k) => keys.has(k))) continue;
    if (literal.keys.size > bestOverlap) {
      best = literal;
      bestOverlap = literal.keys.size;
    }
  }
  return best?.docs.get(key);
}

/**
 * Adds a `description` to every property of every object in `schema` (in
 * place) for which the sources document one, and returns the dotted paths
 * of the properties that found none.
 */
export function describeProperties(schema: unknown, literals: readonly LiteralDocs[], path = ''): string[] {
  const missing: string[] = [];
  if (Array.isArray(schema)) {
    schema.forEach((item) => missing.push(...describeProperties(item, literals, path)));
    return missing;
  }
  if (!schema || typeof schema !== 'object') return missing;
  const node = schema as JsonObject;
  const properties = node.properties as Record<string, JsonObject> | undefined;
  if (properties && typeof properties === 'object') {
    const keys = new Set(Object.keys(properties));
    for (const [key, property] of Object.entries(properties)) {
      const doc = docFor(key, keys, literals);
      if (doc && property && typeof property === 'object' && property.description === undefined) {
        // Put the description first, where a reader of the file expects it.
        const rest = { ...property };
        for (const k of Object.keys(property)) delete property[k];
        Object.assign(property, { description: doc }, rest);
      } else if (!doc && property?.description === undefined) missing.push(`${path}${key}`);
      missing.push(...describeProperties(property, literals, `${path}${key}.`));
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'properties' && value && typeof value === 'object') missing.push(...describeProperties(value, literals, path));
  }
  return missing;
}
