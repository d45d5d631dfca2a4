/**
 * Incremental builds of a two-language site publish exactly what a cold
 * build publishes (tests/build/warm-cold.ts has the comparison). The site
 * is a copy of the bilingual fixture (tests/fixtures/sites/bilingual/);
 * each change below touches only the Ukrainian edition's inputs, the ones a
 * one-language site does not have: translated text, translated list items,
 * the set of translations (a deleted one falls back to the original, an added
 * one replaces the fallback) and the Ukrainian dictionary overrides. After
 * each, the warm dist/ must equal a cold build's byte for byte, and what the
 * change was for must be on the page.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject } from './temp-project.ts';
import { coldBuild, differences, listFiles, manifestChanges, projectFiles, routes } from './warm-cold.ts';

const project = tempProject(join(import.meta.dirname, '../fixtures/sites/bilingual'));
afterAll(() => project.remove());

const { file, read, edit } = projectFiles(project);
const page = (path: string) => parse(read(`dist${path}index.html`));
const text = (path: string, selector: string) => (page(path).querySelector(selector)?.text ?? '').replace(/\s+/g, ' ').trim();
/** The `original:` a translation records: the first 12 hex digits of the sha256 of the original file. */
const digestOf = (path: string) => createHash('sha256').update(readFileSync(file(path))).digest('hex').slice(0, 12);

interface Change {
  name: string;
  apply: () => void;
  /** What the warm build must show, beyond equalling the cold one. */
  shows: () => void;
}

const changes: Change[] = [
  {
    name: "edit a Ukrainian section's text",
    apply: () => edit('content/uk/sections/lindgrad-flood/01-the-flood.md', 'До півночі вода дійшла до ринкової площі Ліндграда', 'До опівночі вода дійшла до ринкової площі Ліндграда'),
    shows: () => expect(text('/uk/stories/lindgrad-flood/', 'section[aria-labelledby="the-flood"]')).toContain('До опівночі вода дійшла'),
  },
  {
    name: "edit a Ukrainian entry's short",
    apply: () => edit('content/uk/glossary/lindgrad.md', 'де в березні 2024 року почалася повінь.', 'де в березні 2024 року річка вийшла з берегів.'),
    shows: () => expect(text('/uk/glossary/lindgrad/', 'p.dek')).toBe('Вигадане місто на річці у Вельдмарку, де в березні 2024 року річка вийшла з берегів.'),
  },
  {
    name: 'delete a Ukrainian translation file (the entry falls back to the original)',
    apply: () => rmSync(file('content/uk/glossary/veldmark.md')),
    shows: () => {
      expect(page('/uk/glossary/veldmark/').querySelectorAll('.fallback-notice').length).toBe(1);
      expect(page('/uk/glossary/veldmark/').querySelector('h1')?.getAttribute('lang')).toBe('en');
    },
  },
  {
    name: 'add a Ukrainian translation (the fallback goes)',
    apply: () =>
      writeFileSync(
        file('content/uk/glossary/river-council.md'),
        ['---', 'translated: 2024-03-10', `original: '${digestOf('content/glossary/river-council.md')}'`, 'name: Річкова рада', 'short: Вигаданий орган, що керує дамбами на річці Вельд і попереджає про повені.', '---', 'Річкова рада керує дамбами вище за течією від Ліндграда.', ''].join('\n'),
      ),
    shows: () => {
      expect(text('/uk/glossary/river-council/', 'h1')).toBe('Річкова рада');
      expect(page('/uk/glossary/river-council/').querySelectorAll('.fallback-notice').length).toBe(0);
    },
  },
  {
    name: 'change a Ukrainian dictionary override (i18n/uk.yaml)',
    apply: () => {
      mkdirSync(file('content/i18n'), { recursive: true });
      writeFileSync(file('content/i18n/uk.yaml'), "story.keyPoints: 'Коротко'\n");
    },
    shows: () => {
      expect(text('/uk/stories/lindgrad-flood/', '#key-points-heading')).toBe('Коротко');
      expect(text('/stories/lindgrad-flood/', '#key-points-heading')).not.toBe('Коротко');
    },
  },
  {
    name: 'edit a translated event title and a translated source note',
    apply: () => {
      edit('content/uk/events.yaml', 'title: Річка Вельд затоплює старе місто Ліндграда', 'title: Річка Вельд заливає старе місто Ліндграда');
      edit('content/uk/sources.yaml', 'надіслане тієї ж ночі.', 'надіслане тієї самої ночі.');
    },
    shows: () => {
      expect(text('/uk/stories/lindgrad-flood/', '#event-flood-begins')).toContain('Річка Вельд заливає старе місто');
      expect(text('/uk/glossary/petro-kovalenko/', 'li#source-lindgrad-herald-flood .muted')).toBe('Перше повідомлення про повінь, надіслане тієї самої ночі.');
    },
  },
];

describe('incremental builds of a two-language site publish what a cold build publishes', () => {
  it('matches a cold build byte for byte after each change to the Ukrainian edition', { timeout: 3_600_000 }, () => {
    const first = project.build({ timeout: 600_000 });
    expect(first.status, first.output.slice(-3000)).toBe(0);
    let manifest = read('node_modules/.astro/incremental-build.json');
    const report: string[] = [];
    let restoredSomewhere = false;
    for (const change of changes) {
      change.apply();
      const warm = project.build({ timeout: 600_000 });
      expect(warm.status, `${change.name}: warm build failed\n${warm.output.slice(-3000)}`).toBe(0);
      const cold = coldBuild(project);
      expect(cold.status, `${change.name}: cold build failed\n${cold.output.slice(-3000)}`).toBe(0);
      const { restored, rendered } = routes(warm.output);
      const next = read('node_modules/.astro/incremental-build.json');
      const keyChanges = manifestChanges(manifest, next);
      manifest = next;
      if (restored.length > 0) restoredSomewhere = true;
      expect(differences(file('dist'), file('dist-cold')), `${change.name}: warm and cold dist/ differ (keys changed: ${keyChanges.join('; ')})`).toEqual([]);
      change.shows();
      const keyed = rendered.filter((path) => /^\/(uk\/)?(glossary\/[^/]+\/|stories\/|og\/|maps\/)/.test(path));
      report.push(`${change.name}: identical (${listFiles(file('dist')).length} files; ${restored.length} pages restored; keyed pages rendered: ${keyed.join(' ') || 'none'})`);
      if (change.name === "edit a Ukrainian section's text") {
        // Page granularity: the English edition and the Ukrainian entries the section does not mention are copied.
        expect(restored, `${change.name}: ${keyChanges.join('; ')}`).toContain('/stories/lindgrad-flood/index.html');
        expect(restored).toContain('/uk/glossary/river-council/index.html');
        expect(rendered, `${change.name}: rendered ${rendered.join(' ')}`).toContain('/uk/stories/lindgrad-flood/index.html');
      }
      if (change.name.startsWith('change a Ukrainian dictionary override')) {
        // Rewording one edition re-renders that edition only.
        expect(restored, `${change.name}: ${keyChanges.join('; ')}`).toEqual(expect.arrayContaining(['/stories/lindgrad-flood/index.html', '/glossary/lindgrad/index.html']));
        expect(rendered).toContain('/uk/glossary/lindgrad/index.html');
      }
    }
    console.log(report.join('\n'));
    expect(restoredSomewhere).toBe(true);
  });
});
