/**
 * `npm run schemas`: writes the JSON Schemas of the content to
 * `.vscode/schemas/<name>.schema.json` from the zod schemas in src/schemas/ and src/kinds/,
 * with each field's JSDoc as its description. Run it after changing a schema
 * and commit the result; a unit test fails while the files are out of date.
 *
 *   node src/cli/json-schemas.ts [--check] [--root <dir>]
 *
 * --check  write nothing; exit 1 if any file differs from what would be written
 *
 * Runs on Node's type stripping: erasable TypeScript only.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildJsonSchemas, JSON_SCHEMA_NAMES, schemaFileText } from '../tooling/json-schemas.ts';
import { literalDocs } from '../tooling/schema-docs.ts';

/** The content schemas, and the kind modules that hold each kind's facts schema. */
const SCHEMA_SOURCES = [resolve(import.meta.dirname, '../schemas'), resolve(import.meta.dirname, '../kinds')];
/** The site configuration's schema lives with the configuration. */
const SITE_SCHEMA_SOURCE = resolve(import.meta.dirname, '../config/schema.ts');

/** The JSDoc of every schema source file. */
export function schemaSourceDocs() {
  return SCHEMA_SOURCES.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .flatMap((f) => literalDocs(readFileSync(join(dir, f), 'utf8'), f)),
  ).concat(literalDocs(readFileSync(SITE_SCHEMA_SOURCE, 'utf8'), 'config/schema.ts'));
}

/** File name → text of every schema file. */
export function generatedFiles(): Map<string, string> {
  const { schemas, undocumented } = buildJsonSchemas(schemaSourceDocs());
  if (undocumented.length) {
    process.stderr.write(`schemas: no JSDoc for ${undocumented.join(', ')}; document these fields in src/schemas/ or in the kind's module in src/kinds/\n`);
  }
  return new Map(JSON_SCHEMA_NAMES.map((name) => [`${name}.schema.json`, schemaFileText(schemas[name])]));
}

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { check: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } } });
  const dir = join(resolve(values.root), '.vscode', 'schemas');
  const files = generatedFiles();
  if (values.check) {
    const stale = [...files].filter(([name, text]) => !existsSync(join(dir, name)) || readFileSync(join(dir, name), 'utf8') !== text);
    for (const [name] of stale) process.stdout.write(`.vscode/schemas/${name} is out of date\n`);
    if (stale.length) process.stdout.write('Run npm run schemas and commit the result.\n');
    return stale.length ? 1 : 0;
  }
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) {
    writeFileSync(join(dir, name), text);
    process.stdout.write(`.vscode/schemas/${name}  ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB\n`);
  }
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
