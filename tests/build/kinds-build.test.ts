/**
 * Adding a kind of entry is one new file plus one registry line. In a copy of
 * the project, the fixture kind (tests/fixtures/kinds/recipe.ts) is copied into
 * src/kinds/ and its line appended to src/kinds/index.ts; nothing else in src/
 * changes. One build of a small content folder with an entry of that kind must
 * give the entry a page with its facts box, its schema.org type, and a place
 * in the glossary index under the kind's plural label.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject } from './temp-project.ts';

const REPO = resolve(import.meta.dirname, '../..');
const project = tempProject();
afterAll(() => project.remove());

function write(path: string, text: string) {
  const full = join(project.dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
}

describe('a kind added as one file and one registry line', () => {
  it('builds an entry of that kind with its facts box and JSON-LD type', { timeout: 240_000 }, () => {
    cpSync(join(REPO, 'tests/fixtures/kinds/recipe.ts'), join(project.dir, 'src/kinds/recipe.ts'));
    appendFileSync(join(project.dir, 'src/kinds/index.ts'), "export { recipe } from './recipe.ts';\n");

    write('content/sources.yaml', '- id: cookbook-liguria\n  title: Recipes of Liguria\n  publisher: Example Press\n  url: https://books.example.org/liguria\n  date: 2019\n  kind: reference\n');
    write('content/events.yaml', '# No events.\n');
    write('content/claims.yaml', '');
    write('content/stories/sauces-of-genoa.md', [
      '---',
      'title: The sauces of Genoa, explained',
      'dek: What goes into the sauces of the Ligurian coast, and where the recipes come from.',
      'published: 2024-01-05',
      'updated: 2024-01-05',
      'status: settled',
      'keyPoints:',
      '  - Pesto is pounded from basil, pine nuts and cheese.',
      '  - The recipe here follows one published cookbook.',
      '  - Quantities vary from kitchen to kitchen.',
      'summary: A short guide to the sauces of Genoa, with the recipe of the best known of them and where it is published.',
      '---',
      'Genoa is known for its sauces.',
      '',
    ].join('\n'));
    write('content/sections/sauces-of-genoa/01-the-green-sauce.md', [
      '---',
      'title: The green sauce',
      'summary: How Pesto is made, step by step.',
      'sources: [cookbook-liguria]',
      '---',
      'Pesto is made in a mortar, a little at a time.',
      '',
    ].join('\n'));
    write('content/glossary/pesto.md', [
      '---',
      'kind: recipe',
      'name: Pesto',
      'short: A raw sauce of basil, pine nuts, garlic, cheese and olive oil, pounded in a mortar.',
      'sources: [cookbook-liguria]',
      'facts:',
      '  cuisine: Ligurian',
      '  serves: 4',
      '  minutes: 20',
      '  recipeSource: cookbook-liguria',
      '---',
      'The basil is pounded with salt first, then the nuts and cheese.',
      '',
    ].join('\n'));

    const result = project.build();
    expect(result.status, result.output).toBe(0);

    const page = readFileSync(join(project.dir, 'dist/glossary/pesto/index.html'), 'utf8');
    const facts = /<aside class="box facts"[\s\S]*?<\/aside>/.exec(page)?.[0] ?? '';
    const text = facts.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Recipe');
    expect(text).toContain('Cuisine Ligurian');
    expect(text).toContain('Serves 4 people');
    expect(text).toContain('Time 20 minutes');
    expect(facts).toContain('href="https://books.example.org/liguria"');

    const jsonLd = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const nodes = jsonLd.flatMap((d) => d['@graph'] ?? [d]);
    expect(nodes.find((n) => n['@type'] === 'Recipe')).toMatchObject({ name: 'Pesto', recipeCuisine: 'Ligurian', recipeYield: '4', totalTime: 'PT20M' });

    const index = readFileSync(join(project.dir, 'dist/glossary/index.html'), 'utf8');
    expect(index).toMatch(/<h3 id="kind-recipe">Recipes<\/h3>/);
  });
});
