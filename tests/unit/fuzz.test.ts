/**
 * Property tests: the checker, the linker and the HTML layers fed generated
 * hostile input (tests/fuzz/arbitraries.ts) never throw and report every
 * problem as `file:line:column`. Each property prints its seed; rerun a
 * failure with FUZZ_SEED=<seed>. Time per input is measured by
 * `npm run bench:fuzz`, not asserted here.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { buildGlossaryIndex } from '../../src/lib/linking/glossary-index.ts';
import { rawHtmlViolations } from '../../src/lib/html/allowlist.ts';
import { AmbiguousAliasError, buildTermMatcher } from '../../src/lib/linking/term-matcher.ts';
import remarkGlossaryLinks from '../../src/markdown/remark-glossary-links.ts';
import { caseFiles, FIXTURES_DIR } from '../fixtures/check/fixture.ts';
import { renderMarkdown } from '../harness/render-markdown.ts';
import { contentFiles, fuzzSeed, hostileText, markdownFile, termSources } from '../fuzz/arbitraries.ts';
import { payloadsIn } from '../harness/payloads.ts';

const base = caseFiles('base');
const PROBLEM_LINE = /^[^\n]+:[1-9]\d*:[1-9]\d* {2}[^\n]+ {2}[^\n]+ {2}\([^\n]*\)$/;

describe('fuzzing', { timeout: 180_000 }, () => {
  it('the checker never throws, and reports each problem at a file:line:column of an input file', () => {
    fc.assert(
      fc.property(contentFiles, (extra) => {
        const files = new Map(base.map((f) => [f.path, f]));
        for (const f of extra) files.set(f.path, f);
        const list = [...files.values()];
        const paths = new Set([...list.map((f) => f.path), 'content/sources.yaml', 'content/events.yaml', 'content/claims.yaml']);
        for (const p of checkContent(list, { today: '2026-01-01' })) {
          expect(paths.has(p.file), p.file).toBe(true);
          expect(Number.isInteger(p.line) && p.line >= 1 && Number.isInteger(p.column) && p.column >= 1, formatProblem(p)).toBe(true);
          expect(formatProblem(p).replace(/\s+$/, '')).toMatch(PROBLEM_LINE);
          const lines = files.get(p.file)?.text.split('\n').length;
          if (lines !== undefined) expect(p.line, formatProblem(p)).toBeLessThanOrEqual(lines + 1);
        }
      }),
      { seed: fuzzSeed('checker'), numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
    );
  });

  it('the matcher never throws except for a documented ambiguous alias, and its matches are exact slices', () => {
    fc.assert(
      fc.property(termSources, hostileText(200), (entries, text) => {
        let matcher;
        try {
          matcher = buildTermMatcher(entries);
        } catch (error) {
          expect(error).toBeInstanceOf(AmbiguousAliasError);
          return;
        }
        let end = 0;
        for (const m of matcher.find(text)) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          end = m.end;
        }
      }),
      { seed: fuzzSeed('matcher'), numRuns: 300 },
    );
  });

  it('the linking plugin never throws on hostile Markdown and a hostile glossary', async () => {
    await fc.assert(
      fc.asyncProperty(termSources, markdownFile, async (sources, text) => {
        let index;
        try {
          index = buildGlossaryIndex(sources.map((s) => ({ ...s, file: `content/glossary/${s.id}.md`, kind: 'term', autolink: true })));
        } catch (error) {
          expect(error).toBeInstanceOf(AmbiguousAliasError);
          return;
        }
        const processor = remark().use(remarkGlossaryLinks, { index: () => index, contentDir: '/c' });
        try {
          await processor.run(processor.parse(text), { path: '/c/sections/s/01-x.md', data: {} } as never);
        } catch (error) {
          // A forced link to an unknown id fails the file on purpose, with its position.
          expect(String((error as Error).message)).toMatch(/:\d+:\d+: the link "glossary:.*" names no glossary entry/);
        }
      }),
      { seed: fuzzSeed('linker'), numRuns: 80 },
    );
  });

  it('raw HTML judged by the parser never throws, with positions inside the fragment', () => {
    fc.assert(
      fc.property(hostileText(80), (html) => {
        const lines = html.split('\n').length;
        for (const v of rawHtmlViolations(html)) expect(v.line >= 1 && v.line <= lines && v.column >= 1).toBe(true);
      }),
      { seed: fuzzSeed('html'), numRuns: 300 },
    );
  });

  it('the render pipeline publishes no payload, whatever the Markdown and HTML', async () => {
    const contentDir = join(FIXTURES_DIR, 'base/content');
    await fc.assert(
      fc.asyncProperty(hostileText(80), async (text) => {
        const html = await renderMarkdown(text.replace(/glossary:(?!none)/g, 'glossary:none'), contentDir, 'sections/river-bridge/02-the-opening.md');
        expect(payloadsIn(html), html).toEqual([]);
      }),
      { seed: fuzzSeed('sanitiser'), numRuns: 200 },
    );
  });
});
