/**
 * The templates of `npm run new`: ids from names, section positions, and
 * for every kind a template that (a) names every field its schema has,
 * (b) fails the content checker until filled in, and (c) passes the schema
 * once its own examples are filled in, so the examples in the comments stay valid.
 */
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { splitFrontmatter } from '../../src/lib/text/frontmatter.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { buildJsonSchemas } from '../../src/tooling/json-schemas.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { storySchema } from '../../src/schemas/index.ts';
import {
  appendListItem,
  emptySiteFiles,
  firstSectionTemplate,
  glossaryTemplate,
  storyTemplate,
  nextSectionFile,
  sectionSlug,
  sectionTemplate,
  shortenId,
  slugify,
  sourceItem,
  sectionFields,
  sourceFields,
  storyFields,
  glossaryFields,
  yamlText,
  type FieldSpec,
} from '../../src/tooling/scaffold.ts';
import { glossaryKinds, glossarySchema, plainRef, sectionSchema, sourceSchema } from '../../src/schemas/index.ts';

type Json = Record<string, any>;
const jsonSchemas = buildJsonSchemas([]).schemas;

/** Every field path a JSON Schema object allows, e.g. `facts.coordinates.lat`. */
function fieldPaths(schema: Json, prefix = ''): string[] {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  return Object.entries(properties).flatMap(([key, value]) => [`${prefix}${key}`, ...(value.type === 'object' ? fieldPaths(value, `${prefix}${key}.`) : [])]);
}

/** Every field path written in a template, whether as a live line or commented out. */
function templatePaths(yaml: string): string[] {
  const paths: string[] = [];
  const stack: Array<{ indent: number; key: string }> = [];
  for (const line of yaml.split('\n')) {
    const match = /^(\s*)(?:# )?([A-Za-z]+):(?:\s|$)/.exec(line);
    if (!match || line.trimStart().startsWith('#   ')) continue;
    const indent = match[1]!.length;
    while (stack.length && stack.at(-1)!.indent >= indent) stack.pop();
    paths.push([...stack.map((s) => s.key), match[2]].join('.'));
    stack.push({ indent, key: match[2]! });
  }
  return paths;
}

const frontmatter = (text: string) => splitFrontmatter(text)!.yaml;

describe('slugify', () => {
  it.each([
    ['Mykhailo Podolyak', 'mykhailo-podolyak'],
    ['Résolution 1718', 'resolution-1718'],
    ['KN-23', 'kn-23'],
    ["Kharkiv Regional Prosecutor's Office", 'kharkiv-regional-prosecutors-office'],
    ['Kharkiv Regional Prosecutor’s Office', 'kharkiv-regional-prosecutors-office'],
    ['  UN  Security Council — 2024 ', 'un-security-council-2024'],
    ['Straße in Łódź, Ærøskøbing', 'strasse-in-lodz-aeroskobing'],
    ['Zaporizhzhia (city)', 'zaporizhzhia-city'],
    ['Харків', ''],
  ])('%s → %s', (name, id) => {
    expect(slugify(name)).toBe(id);
  });

  it('shortens long ids at a hyphen', () => {
    expect(shortenId('us-accuses-russia-of-firing-n-korean-made-ballistic-missiles-into-ukraine', 40)).toBe('us-accuses-russia-of-firing-n-korean');
    expect(shortenId('kn-23', 40)).toBe('kn-23');
  });
});

describe('section positions', () => {
  it('takes the next number after the highest, two digits at least', () => {
    expect(nextSectionFile(['01-the-claim.md', '02-range.md', '06-wider.mdx', 'notes.txt'], 'next')).toEqual({ position: 7, fileName: '07-next.md' });
    expect(nextSectionFile([], 'first')).toEqual({ position: 1, fileName: '01-first.md' });
    expect(nextSectionFile(['09-a.md'], 'b').fileName).toBe('10-b.md');
    expect(nextSectionFile(['99-a.md'], 'b').fileName).toBe('100-b.md');
  });

  it('follows the highest number, not the number of files, when there are gaps', () => {
    expect(nextSectionFile(['01-a.md', '05-b.md'], 'c').fileName).toBe('06-c.md');
  });

  it('reads a section file name back to its slug', () => {
    expect(sectionSlug('03-kharkiv-strike.md')).toBe('kharkiv-strike');
  });
});

describe('yamlText', () => {
  it('leaves plain names plain and quotes what YAML would misread', () => {
    expect(yamlText('KN-23')).toBe('KN-23');
    expect(yamlText('Résolution 1718')).toBe('Résolution 1718');
    expect(yamlText("Kharkiv Regional Prosecutor's Office")).toBe("Kharkiv Regional Prosecutor's Office");
    for (const tricky of ['Reuters: a headline', '[Report on the briefing]', 'Yes', '1718', '#hashtag', 'a # b']) {
      expect(parse(`name: ${yamlText(tricky)}`)).toEqual({ name: tricky });
      expect(yamlText(tricky)).not.toBe(tricky);
    }
  });
});

describe.each(glossaryKinds)('glossary template: %s', (kind) => {
  const name = 'Résolution 1718';
  const text = glossaryTemplate(kind, name);

  it('names every field the schema allows for this kind, and nothing else', () => {
    const branch = (jsonSchemas.glossary.oneOf as Json[]).find((b) => b.properties.kind.const === kind)!;
    expect(templatePaths(frontmatter(text)).sort()).toEqual(fieldPaths(branch).sort());
  });

  it('is valid YAML with the kind and name filled in', () => {
    const data = parse(frontmatter(text));
    expect(data.kind).toBe(kind);
    expect(data.name).toBe(name);
  });

  it('fails the content check until it is filled in, on its fields, not on its syntax', () => {
    const problems = checkContent([{ path: `content/glossary/resolution-1718.md`, text }], { contentDir: 'content' });
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((p) => p.field)).toEqual(expect.arrayContaining(['short', 'sources']));
    expect(errors.some((p) => p.field === 'YAML' || p.field === 'front matter')).toBe(false);
  });

  it('passes the schema once every example is filled in', () => {
    const filled = glossaryTemplate(kind, name, { fillExamples: true });
    const result = glossarySchema(plainRef).safeParse(parse(frontmatter(filled)));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});

describe('section template', () => {
  const text = sectionTemplate('What comes next');

  it('names every field of a section', () => {
    expect(templatePaths(frontmatter(text)).sort()).toEqual(fieldPaths(jsonSchemas.section).sort());
    expect(parse(frontmatter(text)).title).toBe('What comes next');
  });

  it('fails the content check until the summary, sources and text are written', () => {
    const problems = checkContent(
      [
        { path: 'content/stories/a-story.md', text: '---\n---\n' },
        { path: 'content/sections/a-story/01-what-comes-next.md', text },
      ],
      { contentDir: 'content' },
    ).filter((p) => p.file.includes('sections/') && p.severity === 'error');
    expect(problems.map((p) => p.field).sort()).toEqual(['sources', 'summary']);
    expect(problems.find((p) => p.field === 'summary')!.line).toBe(6);
  });

  it('passes the schema once every example is filled in, and then only the empty body is reported', () => {
    const filled = sectionTemplate('What comes next', { fillExamples: true });
    expect(sectionSchema(plainRef).safeParse(parse(frontmatter(filled))).success).toBe(true);
    const emptyBody = filled.replace(/Section text\.\n$/, '');
    const problems = checkContent([{ path: 'content/sections/a-story/01-what-comes-next.md', text: emptyBody }], { contentDir: 'content' });
    expect(problems.filter((p) => p.field === 'body').map((p) => p.message)).toEqual(['the body is empty']);
  });
});

describe('source item', () => {
  const existing = '# Every source the site cites.\n\n- id: geonames\n  title: GeoNames\n  publisher: GeoNames\n  url: https://www.geonames.org/\n  kind: reference   # a gazetteer\n\n\n';
  const appended = appendListItem(existing, sourceItem('reuters-kharkiv-debris', 'Reuters: debris in Kharkiv'));

  it('is appended after the existing text, which stays as it was, comments included', () => {
    expect(appended.startsWith(existing.trimEnd())).toBe(true);
    expect(appended).toContain('kind: reference   # a gazetteer\n\n# Written by `npm run new`');
    const doc = parseDocument(appended);
    expect(doc.errors).toEqual([]);
    const items = doc.toJS() as Json[];
    expect(items.map((i) => i.id)).toEqual(['geonames', 'reuters-kharkiv-debris']);
    expect(items[1]!.title).toBe('Reuters: debris in Kharkiv');
  });

  it('names every field of a source', () => {
    const lines = sourceItem('x', 'A title').split('\n').map((l) => l.replace(/^- /, '  ')).join('\n');
    expect(templatePaths(lines).sort()).toEqual(fieldPaths(jsonSchemas.sources.items as Json).sort());
  });

  it('fails the content check until publisher, url, date and kind are filled in', () => {
    const problems = checkContent([{ path: 'content/sources.yaml', text: appended }], { contentDir: 'content' }).filter((p) => p.severity === 'error');
    expect(problems.map((p) => p.field).sort()).toEqual(
      ['date', 'kind', 'publisher', 'url'].map((f) => `reuters-kharkiv-debris.${f}`),
    );
  });

  it('passes the schema once every example is filled in', () => {
    const filled = parse(sourceItem('reuters-kharkiv-debris', 'Reuters: debris in Kharkiv', { fillExamples: true })) as Json[];
    expect(sourceSchema.safeParse(filled[0]).success).toBe(true);
  });

  it('starts an empty file', () => {
    expect(parse(appendListItem('', sourceItem('a-source', 'A source')))[0].id).toBe('a-source');
  });
});

describe('story template', () => {
  const text = storyTemplate('Why the bridge closed', '2024-01-05');

  it('names every field of a story', () => {
    expect(templatePaths(frontmatter(text)).sort()).toEqual(fieldPaths(jsonSchemas.story).sort());
  });

  it('is a valid story at once, so it can be previewed, with the title and today\'s date', () => {
    const result = storySchema.safeParse(parse(frontmatter(text)));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toMatchObject({ title: 'Why the bridge closed', published: '2024-01-05', updated: '2024-01-05', status: 'developing' });
  });

  it('fails the content check on every placeholder until each is replaced', () => {
    const problems = checkContent(
      [
        { path: 'content/stories/why-the-bridge-closed.md', text },
        { path: 'content/sections/why-the-bridge-closed/01-first-section.md', text: firstSectionTemplate() },
      ],
      { contentDir: 'content', today: '2024-01-05' },
    ).filter((p) => p.file.includes('stories/'));
    expect(problems.map((p) => [p.severity, p.field])).toEqual([
      ['error', 'dek'],
      ['error', 'keyPoints.0'],
      ['error', 'keyPoints.1'],
      ['error', 'keyPoints.2'],
      ['error', 'summary'],
      ['error', 'body'],
    ]);
    expect(problems.every((p) => p.message.includes('TODO placeholder'))).toBe(true);
  });

  it('passes the schema and the check once every example is filled in', () => {
    const filled = storyTemplate('Why the bridge closed', '2024-01-05', { fillExamples: true });
    expect(storySchema.safeParse(parse(frontmatter(filled))).error?.issues ?? []).toEqual([]);
    const problems = checkContent([{ path: 'content/stories/why-the-bridge-closed.md', text: filled }], { contentDir: 'content', today: '2024-01-05' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('starts its first section with a heading still to write', () => {
    const section = parse(frontmatter(firstSectionTemplate()));
    expect(section.title).toMatch(/^TODO: /);
  });
});

describe('empty site', () => {
  const files = emptySiteFiles('A "quoted": name');

  it('has a site.yaml with the shape the site config reads, and empty lists', () => {
    expect(parse(files['site.yaml']!)).toEqual({ name: 'A "quoted": name', tagline: expect.any(String), url: 'https://explainer.example.org', base: '/', language: 'en', locale: 'en-GB', dir: 'ltr' });
    for (const list of ['sources.yaml', 'events.yaml', 'claims.yaml']) expect(parse(files[list]!)).toBeNull();
    expect(Object.keys(files).filter((f) => f.endsWith('.md'))).toEqual([]);
  });
});

describe('examples', () => {
  /** Every example and start value of a template, as text. */
  const values = (fields: readonly FieldSpec[]): string[] =>
    fields.flatMap((f) => [...(typeof f.example === 'string' ? [f.example] : f.example), f.start ?? '', ...values(f.fields ?? [])]);
  const REPO = resolve(import.meta.dirname, '../..');

  it("name none of the shipped site's entries or sources (templates must fit any site)", () => {
    const ids = new Set<string>();
    const glossary = join(REPO, 'content/glossary');
    if (existsSync(glossary)) for (const f of readdirSync(glossary)) ids.add(f.replace(/\.mdx?$/, ''));
    const sources = join(REPO, 'content/sources.yaml');
    if (existsSync(sources)) for (const s of (parse(readFileSync(sources, 'utf8')) ?? []) as Array<{ id: string }>) ids.add(s.id);
    const written = [...glossaryKinds.flatMap((k) => values(glossaryFields(k, 'Name'))), ...values(sectionFields('T')), ...values(sourceFields('T')), ...values(storyFields('T', '2024-01-05'))].join('\n');
    const tokens = new Set(written.split(/[^a-z0-9-]+/));
    expect([...ids].filter((id) => tokens.has(id))).toEqual([]);
  });
});
