/**
 * The JSON Schemas in .vscode/schemas/: committed files equal what
 * `npm run schemas` would write now (so they cannot drift from src/schemas/),
 * every field carries its JSDoc, and a standard validator (Ajv, JSON Schema
 * draft-07 as VS Code's YAML extension reads it) accepts the content of
 * every fixture site and of content/ (whatever it holds), and rejects
 * mistakes made to the tiny fixture's files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generatedFiles, schemaSourceDocs } from '../../src/cli/json-schemas.ts';
import { splitFrontmatter } from '../../src/lib/text/frontmatter.ts';
import { buildJsonSchemas, JSON_SCHEMA_NAMES, type JsonSchemaName } from '../../src/tooling/json-schemas.ts';
import { SITES, siteContentDir } from '../fixtures/sites/sites.ts';

const REPO = resolve(import.meta.dirname, '../..');
const SCHEMA_DIR = join(REPO, '.vscode/schemas');
/** The content the mistakes are made to: the tiny fixture site. */
const CONTENT = siteContentDir('tiny');
/** Every content folder the schemas must accept. */
const CONTENT_DIRS: Array<[string, string]> = [['content/', join(REPO, 'content')], ...SITES.map((name): [string, string] => [`fixture ${name}`, siteContentDir(name)])];

type Json = Record<string, any>;

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\/\/\S+$/i);
const validators = Object.fromEntries(
  JSON_SCHEMA_NAMES.map((name) => [name, ajv.compile(JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')))]),
) as Record<JsonSchemaName, ValidateFunction>;

/** Front matter of a Markdown file, read as YAML 1.2 like the checker reads it. */
const frontmatter = (path: string): Json => parse(splitFrontmatter(readFileSync(path, 'utf8'))!.yaml) ?? {};
const list = (name: string, root = CONTENT): Json[] => (existsSync(join(root, name)) ? (parse(readFileSync(join(root, name), 'utf8')) ?? []) : []);
const markdownIn = (dir: string, root = CONTENT) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f)).map((f) => join(root, dir, f)) : [];

function errorsOf(name: JsonSchemaName, data: unknown): string[] {
  const validate = validators[name];
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${e.params.additionalProperty})` : ''}`);
}

describe('committed JSON Schemas', () => {
  it('are exactly what npm run schemas generates now', () => {
    const files = generatedFiles();
    expect([...files.keys()].sort()).toEqual(readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort());
    for (const [name, text] of files) {
      expect(readFileSync(join(SCHEMA_DIR, name), 'utf8'), `.vscode/schemas/${name} is stale: run npm run schemas`).toBe(text);
    }
  });

  it('document every field with the JSDoc from src/schemas/', () => {
    const { schemas, undocumented } = buildJsonSchemas(schemaSourceDocs());
    expect(undocumented).toEqual([]);
    const claim = schemas.claims.items as Json;
    expect(claim.properties.claimant.description).toBe('Who made the claim: a glossary entry of a person or an organisation.');
    // Same key, different meaning: each `date` gets the comment of its own object.
    expect(claim.properties.date.description).toBe('When the claim was first made: YYYY-MM-DD, YYYY-MM or YYYY, no more precise than the source.');
    expect(claim.properties.history.items.properties.date.description).toBe('When the status changed: YYYY-MM-DD, YYYY-MM or YYYY, no more precise than the source.');
  });

  it('are read by VS Code settings for the YAML lists', () => {
    const settings = readFileSync(join(REPO, '.vscode/settings.json'), 'utf8');
    for (const name of ['sources', 'events', 'claims']) {
      expect(settings).toContain(`"./.vscode/schemas/${name}.schema.json": "content/${name}.yaml"`);
    }
  });
});

describe.each(CONTENT_DIRS)('the schemas accept the content of %s', (_label, root) => {
  it.each(['sources', 'events', 'claims'] as const)('%s.yaml', (name) => {
    expect(errorsOf(name, list(`${name}.yaml`, root))).toEqual([]);
  });

  it('every story, section and glossary entry', () => {
    const problems: string[] = [];
    for (const [name, dir] of [['story', 'stories'], ['section', 'sections'], ['glossary', 'glossary']] as const) {
      for (const file of markdownIn(dir, root)) problems.push(...errorsOf(name, frontmatter(file)).map((e) => `${file}: ${e}`));
    }
    expect(problems).toEqual([]);
  });
});

describe('the schemas reject mistakes', () => {
  it('an unknown field in a source', () => {
    const [first, ...rest] = list('sources.yaml');
    const { publisher, ...others } = first!;
    expect(errorsOf('sources', [{ ...others, publsher: publisher }, ...rest])).toEqual(
      expect.arrayContaining(['/0 must NOT have additional properties (publsher)', "/0 must have required property 'publisher'"]),
    );
  });

  it('an unknown field in the facts of a glossary entry, and a field of another kind', () => {
    const weapon = markdownIn('glossary').find((file) => frontmatter(file).kind === 'weapon')!;
    const entry = frontmatter(weapon);
    expect(errorsOf('glossary', entry)).toEqual([]);
    expect(errorsOf('glossary', { ...entry, facts: { ...entry.facts, orign: entry.facts.origin } })).not.toEqual([]);
    expect(errorsOf('glossary', { ...entry, kind: 'person' })).not.toEqual([]);
  });

  it('dates that are not written YYYY-MM-DD', () => {
    const story = frontmatter(join(CONTENT, 'stories', readdirSync(join(CONTENT, 'stories'))[0]!));
    expect(errorsOf('story', { ...story, published: '5 January 2024' })).toEqual(['/published must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"']);
    expect(errorsOf('story', { ...story, published: '2024-13-01' })).not.toEqual([]);
    const events = list('events.yaml');
    expect(errorsOf('events', [{ ...events[0], date: 2019 }])).toEqual([]);
    expect(errorsOf('events', [{ ...events[0], date: '2024-1' }])).not.toEqual([]);
  });

  it('a section without sources', () => {
    const section = frontmatter(markdownIn('sections')[0]!);
    expect(errorsOf('section', { ...section, sources: [] })).toEqual(['/sources must NOT have fewer than 1 items']);
  });
});
