/**
 * Entry kinds are modules (src/kinds/<kind>.ts) listed by one registry. A kind
 * that exists only in this test (tests/fixtures/kinds/recipe.ts) joins a
 * registry and gets, with no other code: a schema branch, facts-box rows, a
 * schema.org type, a scaffold template, checker rules and labels in two
 * languages. And no code outside src/kinds/ names a kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRegistry, kindDictionaryDefaults, kindLabel, kinds } from '../../src/kinds/registry.ts';
import type { KindModule } from '../../src/kinds/kind.ts';
import { glossarySchema, plainRef } from '../../src/schemas/index.ts';
import { factRows } from '../../src/lib/story/facts.ts';
import { glossaryEntity } from '../../src/lib/seo/json-ld.ts';
import { glossaryTemplate } from '../../src/tooling/scaffold.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { splitFrontmatter } from '../../src/lib/text/frontmatter.ts';

const REPO = resolve(import.meta.dirname, '../..');
// Loaded by path: the fixture is written as a file of src/kinds/ (its imports are relative to that folder),
// so the type checker, which excludes tests/fixtures/, is not pointed at it from here.
const FIXTURE_KIND = join(REPO, 'tests/fixtures/kinds/recipe.ts');
const { recipe } = (await import(FIXTURE_KIND)) as { recipe: KindModule };
const withRecipe = createRegistry([...kinds.list, recipe]);

const PESTO = {
  kind: 'recipe',
  name: 'Pesto',
  short: 'A raw sauce of basil, pine nuts, garlic, cheese and olive oil.',
  sources: ['cookbook-liguria'],
  facts: { cuisine: 'Ligurian', serves: 4, minutes: 20, recipeSource: 'cookbook-liguria' },
};
const pestoFile = (data = PESTO) => ({
  path: 'content/glossary/pesto.md',
  text: `---\n${JSON.stringify(data)}\n---\nPounded, never blended.\n`,
});
const SOURCES = { path: 'content/sources.yaml', text: '- id: cookbook-liguria\n  title: Recipes of Liguria\n  publisher: Example Press\n  url: https://books.example.org/liguria\n  date: 2019\n  kind: reference\n' };

describe('the site registry', () => {
  it('lists one module per kind of entry, in display order', () => {
    expect(kinds.ids).toEqual(['event', 'person', 'organization', 'place', 'weapon', 'law', 'term']);
    expect(readdirSync(join(REPO, 'src/kinds')).filter((f) => !['index.ts', 'kind.ts', 'registry.ts', 'labels.ts', 'fact-text.ts'].includes(f)).sort()).toEqual(kinds.ids.map((k) => `${k}.ts`).sort());
  });

  it('answers questions by capability, not by name', () => {
    expect(kinds.claimantIds).toEqual(['person', 'organization']);
    expect(kinds.withRanges.map((k) => k.id)).toEqual(['weapon']);
    expect(kinds.withCoordinates.map((k) => k.id)).toEqual(['place']);
    expect(kinds.list.filter((k) => k.personalNames).map((k) => k.id)).toEqual(['person']);
  });

  it('resolves labels through one function, by language and count', () => {
    expect(kindLabel('weapon')).toBe('Weapon');
    expect(kindLabel('person', 'en', 2)).toBe('People');
    expect(kindLabel('law', 'en', 1)).toBe('Law or resolution');
    expect(kindLabel('recipe', 'uk', 1, { kinds: withRecipe })).toBe('Рецепт');
    expect(kindLabel('recipe', 'uk', 3, { kinds: withRecipe })).toBe('Рецепти');
    expect(kindLabel('recipe', 'uk', 5, { kinds: withRecipe })).toBe('Рецептів');
    // A language without labels falls back to English.
    expect(kindLabel('weapon', 'de', 2)).toBe('Weapons');
    expect(kindLabel('no-such-kind')).toBe('no-such-kind');
  });

  it('exposes every label and row string as a dictionary key with its English default, which a dictionary can override', () => {
    const defaults = kindDictionaryDefaults();
    expect(defaults['kind.weapon.other']).toBe('Weapons');
    expect(defaults['kind.event.toll']).toBe('Toll as of {date}');
    const override = (key: string) => ({ 'kind.weapon.other': 'Arms', 'kind.weapon.origin': 'Made in' } as Record<string, string>)[key];
    expect(kindLabel('weapon', 'en', 2, { override })).toBe('Arms');
    expect(kindLabel('weapon', 'en', 1, { override })).toBe('Weapon');
    const data = glossarySchema(plainRef).parse({ kind: 'weapon', name: 'Model 7', short: 'A missile made up for this test, nothing more.', sources: ['s'], facts: { origin: 'Testland', class: 'Missile' } });
    const rows = factRows(data, { entry: (id) => ({ name: id, href: id }), source: (id) => ({ label: id, href: id }) }, { override });
    expect(rows.map((r) => r.label)).toEqual(['Made in', 'Class']);
  });

  it('refuses a malformed or duplicate kind', () => {
    expect(() => createRegistry([...kinds.list, { ...recipe, id: 'weapon' } as KindModule])).toThrow('two kind modules have the id "weapon"');
    expect(() => createRegistry([{ ...recipe, id: 'Recipe Book' } as KindModule])).toThrow('use lower-case letters and digits');
    expect(() => createRegistry([{ ...recipe, labels: { en: { one: 'Recipe' } } } as unknown as KindModule])).toThrow('src/kinds/recipe.ts: labels.en needs "one" and "other"');
    expect(() => createRegistry([{ ...recipe, canClaim: undefined } as unknown as KindModule])).toThrow('src/kinds/recipe.ts: canClaim must be true or false');
  });
});

describe('a kind that exists only in the test', () => {
  it('adds a branch to the glossary schema', () => {
    const parsed = glossarySchema(plainRef, withRecipe).parse(PESTO);
    expect(parsed.facts).toEqual({ cuisine: 'Ligurian', serves: 4, minutes: 20, recipeSource: { id: 'cookbook-liguria', collection: 'sources' } });
    const rejected = glossarySchema(plainRef).safeParse(PESTO);
    expect(rejected.error?.issues[0]?.message).toBe('kind must be one of: event, person, organization, place, weapon, law, term');
    expect(glossarySchema(plainRef, withRecipe).safeParse({ ...PESTO, facts: { cuisine: 'Ligurian' } }).success).toBe(false);
  });

  it('turns its facts into labelled rows with a cited source', () => {
    const data = glossarySchema(plainRef, withRecipe).parse(PESTO);
    const rows = factRows(data, { entry: (id) => ({ name: id, href: `/glossary/${id}/` }), source: (id) => ({ label: `Source ${id}`, href: `https://example.org/${id}` }) }, { kinds: withRecipe });
    expect(rows.map((r) => [r.label, r.parts.map((p) => p.text).join('')])).toEqual([
      ['Cuisine', 'Ligurian'],
      ['Serves', '4 people'],
      ['Time', '20 minutes'],
      ['Published in', ' (Source cookbook-liguria)'],
    ]);
    expect(rows[3]!.parts[1]).toEqual({ text: 'Source cookbook-liguria', href: 'https://example.org/cookbook-liguria', external: true });
  });

  it('has its own schema.org type and properties', () => {
    const data = glossarySchema(plainRef, withRecipe).parse(PESTO);
    const node = glossaryEntity({ url: 'https://example.org/glossary/pesto/', data, glossary: { name: 'Glossary', url: 'https://example.org/glossary/' }, lookup: () => undefined, kinds: withRecipe });
    expect(node).toMatchObject({ '@type': 'Recipe', name: 'Pesto', recipeCuisine: 'Ligurian', recipeYield: '4', totalTime: 'PT20M' });
    expect(node).not.toHaveProperty('inDefinedTermSet');
  });

  it('has a scaffold template that fails the check until filled in, and passes once its examples are', () => {
    const template = glossaryTemplate('recipe', 'Pesto', {}, withRecipe);
    expect(template).toContain('kind: recipe');
    expect(template).toContain('# The cuisine it belongs to. Example: cuisine: Ligurian');
    const errors = checkContent([{ path: 'content/glossary/pesto.md', text: template }], { contentDir: 'content', kinds: withRecipe }).filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.field)).toEqual(expect.arrayContaining(['short', 'facts.cuisine', 'facts.serves', 'facts.recipeSource']));
    const filled = glossaryTemplate('recipe', 'Pesto', { fillExamples: true }, withRecipe);
    expect(glossarySchema(plainRef, withRecipe).safeParse(parse(splitFrontmatter(filled)!.yaml)).error?.issues ?? []).toEqual([]);
  });

  it('is checked like any other kind: references, and whether it may make a claim', () => {
    const claims = { path: 'content/claims.yaml', text: '- id: best-sauce\n  claim: Pesto is the best sauce there is.\n  claimant: pesto\n  date: 2024-01-02\n  status: alleged\n  evidence: None is offered for it.\n  asOf: 2024-01-03\n  sources: [cookbook-liguria]\n' };
    const problems = checkContent([pestoFile(), SOURCES, claims], { contentDir: 'content', kinds: withRecipe, today: '2025-01-01' }).filter((p) => p.severity === 'error');
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['best-sauce.claimant: "pesto" is a recipe entry, and a recipe cannot make a claim']);
    const unknownSource = checkContent([pestoFile({ ...PESTO, facts: { ...PESTO.facts, recipeSource: 'cookbook-lguria' } }), SOURCES], { contentDir: 'content', kinds: withRecipe });
    expect(unknownSource.filter((p) => p.severity === 'error').map((p) => [p.field, p.fix])).toEqual([['facts.recipeSource', 'did you mean "cookbook-liguria"?']]);
  });
});

describe('no code outside src/kinds/ names a kind', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.(ts|astro|mjs)$/.test(d.name) ? [join(dir, d.name)] : []));

  // A kind's id as a string literal (`kind === 'weapon'`, `{ kind: 'place' }`) is a core assumption: ask the
  // registry for a capability (kinds.withRanges, kinds.withCoordinates, canClaim) instead.
  it('has no kind id as a string literal outside src/kinds/', () => {
    const pattern = new RegExp(`['"](${kinds.ids.join('|')})['"]`);
    const offenders = files(join(REPO, 'src'))
      .filter((f) => !f.includes(`${join('src', 'kinds')}/`))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => ({ where: `${f.slice(REPO.length + 1)}:${i + 1}`, line })))
      // The link's CSS class "term" is a class name, not the kind.
      .filter((l) => pattern.test(l.line) && !/className: \['term'\]/.test(l.line))
      .map((l) => `${l.where}  ${l.line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
