/**
 * Incremental builds must publish exactly what a cold build publishes.
 *
 * One temporary project keeps its caches from build to build (the "warm"
 * chain, as CI and deploys run it). For each change below the test edits the
 * content, rebuilds warm, then builds the same content cold (every cache
 * moved aside) and compares the two dist/ folders byte for byte, every file.
 * Any difference fails with the differing files listed. A change that makes
 * the content invalid (a deleted list file) must fail both builds the same
 * way, with the checker's message, before any page is written.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject } from './temp-project.ts';
import { coldBuild as coldBuildOf, differences, errorLines, listFiles, manifestChanges, projectFiles, routes } from './warm-cold.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/sites/incremental');

const project = tempProject(FIXTURE);
afterAll(() => project.remove());

const { file, edit } = projectFiles(project);
const coldBuild = () => coldBuildOf(project);

interface Change {
  name: string;
  apply: () => void;
  /** The change makes the content invalid: both builds must fail with this checker message. */
  fails?: RegExp;
}

const changes: Change[] = [
  {
    name: "edit a section's text",
    apply: () => edit('content/sections/river-bridge/02-the-opening.md', 'two years after the vote', 'twenty-six months after the vote'),
  },
  {
    name: 'add a mention of an entry to a section',
    apply: () => edit('content/sections/river-bridge/01-the-plan.md', 'could no longer carry everyone.', 'could no longer carry everyone, and the last flood had closed it for a month.'),
  },
  {
    name: 'remove a mention of an entry from a section',
    apply: () => edit('content/sections/river-bridge/02-the-opening.md', '\n\nBen Okafor, who ran the ferry for twenty years, was the first to walk across.', ''),
  },
  {
    name: "edit an entry's short definition",
    apply: () => edit('content/glossary/footbridge.md', 'too narrow for cars.', 'too narrow for cars or vans.'),
  },
  {
    name: 'add an entry that an existing section mentions',
    apply: () =>
      writeFileSync(
        file('content/glossary/ferry.md'),
        [
          '---',
          'kind: term',
          'name: ferry',
          'short: A boat that carries people across a river on a fixed route, here the one the footbridge replaced.',
          'sources: [gazette-opening-2022]',
          'facts:',
          '  field: Transport',
          '---',
          'The Millbrook ferry ran for more than a century.',
          '',
        ].join('\n'),
      ),
  },
  {
    name: 'delete an entry and its mentions',
    apply: () => {
      rmSync(file('content/glossary/toll.md'));
      edit('content/sections/river-bridge/02-the-opening.md', ' Walkers no longer pay a toll to cross.', '');
      edit('content/glossary/ferry.md', 'ran for more than a century.', 'ran for more than a century and charged a toll.');
    },
  },
  {
    name: "change a source's title",
    apply: () => edit('content/sources.yaml', 'title: Annual report 2023', 'title: Annual report for 2023'),
  },
  {
    name: 'change the site name in the config (site.yaml)',
    apply: () => {
      edit('content/site.yaml', 'name: Riverside Test Desk', 'name: Riverside Explainer');
      edit('content/site.yaml', 'publisher: { name: Riverside Test Desk', 'publisher: { name: Riverside Explainer');
    },
  },
  {
    name: 'delete a YAML list file (claims.yaml)',
    apply: () => rmSync(file('content/claims.yaml')),
    // A missing list file is a checker error (src/lib/check/check-content.ts), never an empty collection.
    fails: /the list file [^\n]*claims\.yaml is missing/,
  },
];

describe('incremental builds publish what a cold build publishes', () => {
  it('matches a cold build byte for byte after each change', { timeout: 3_600_000 }, () => {
    const first = project.build({ timeout: 600_000 });
    expect(first.status, first.output.slice(-3000)).toBe(0);
    let manifest = readFileSync(file('node_modules/.astro/incremental-build.json'), 'utf8');
    const report: string[] = [];
    let restoredSomewhere = false;
    for (const change of changes) {
      change.apply();
      const warm = project.build({ timeout: 600_000 });
      const cold = coldBuild();
      if (change.fails) {
        // Warm and cold fail alike: a non-zero exit, the same checker message, and no page rendered or restored from the cache.
        const both = `${change.name}: warm ${warm.status}, cold ${cold.status}\n${warm.output.slice(-2000)}\n${cold.output.slice(-2000)}`;
        expect(warm.status, both).not.toBe(0);
        expect(warm.status, both).not.toBeNull();
        expect(cold.status, both).toBe(warm.status);
        expect(warm.output, both).toMatch(change.fails);
        expect(errorLines(warm.output), change.name).toEqual(errorLines(cold.output));
        expect(routes(warm.output), `${change.name}: warm build wrote pages`).toEqual({ restored: [], rendered: [] });
        expect(routes(cold.output), `${change.name}: cold build wrote pages`).toEqual({ restored: [], rendered: [] });
        report.push(`${change.name}: fails warm and cold alike (exit ${warm.status})`);
        continue;
      }
      expect(warm.status, `${change.name}: warm build failed\n${warm.output.slice(-3000)}`).toBe(0);
      expect(cold.status, `${change.name}: cold build failed\n${cold.output.slice(-3000)}`).toBe(0);
      const { restored, rendered } = routes(warm.output);
      const keyChanges = manifestChanges(manifest, readFileSync(file('node_modules/.astro/incremental-build.json'), 'utf8'));
      manifest = readFileSync(file('node_modules/.astro/incremental-build.json'), 'utf8');
      if (restored.length > 0) restoredSomewhere = true;
      const diff = differences(file('dist'), file('dist-cold'));
      expect(diff, `${change.name}: warm and cold dist/ differ`).toEqual([]);
      const keyed = rendered.filter((path) => /^\/(glossary\/[^/]+\/|stories\/|og\/|maps\/)/.test(path));
      report.push(`${change.name}: identical (${listFiles(file('dist')).length} files; ${restored.length} pages restored; keyed pages rendered: ${keyed.join(' ') || 'none'})`);
      if (change.name === "edit a section's text") {
        // Page granularity: an entry the edited section does not mention is copied, the story is rendered.
        expect(restored, `${change.name}: ${keyChanges.join('; ')}`).toContain('/glossary/flood/index.html');
        expect(rendered, `${change.name}: rendered ${rendered.join(' ')}`).toContain('/stories/river-bridge/index.html');
      }
    }
    console.log(report.join('\n'));
    // Otherwise the comparison would prove nothing about the cache.
    expect(restoredSomewhere).toBe(true);
  });
});
