/**
 * The checker with a memo (`astro dev` checks again after every change) must
 * report exactly what a fresh check reports, whatever changed in between:
 * one memo is carried through every fixture case and through edits that
 * change what other files' verdicts depend on (a source removed, an alias
 * renamed, a forced link's entry deleted).
 */
import { describe, expect, it } from 'vitest';
import { CheckMemo, checkContent, type ContentFile } from '../../src/lib/check/check-content.ts';
import { formatProblem, sortProblems } from '../../src/lib/check/problem.ts';
import { caseFiles, caseNames } from '../fixtures/check/fixture.ts';

const TODAY = '2025-01-01';
const fresh = (files: readonly ContentFile[]) => sortProblems(checkContent(files, { today: TODAY })).map(formatProblem);
const memoised = (files: readonly ContentFile[], memo: CheckMemo) => sortProblems(checkContent(files, { today: TODAY, memo })).map(formatProblem);

/** The files with one file's text changed (or the file removed, with `undefined`). */
function edit(files: readonly ContentFile[], path: string, change: ((text: string) => string) | undefined): ContentFile[] {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} among the fixture files`);
  if (!change) return files.filter((f) => f.path !== path);
  const text = change(found.text);
  if (text === found.text) throw new Error(`the edit of ${path} changed nothing`);
  return files.map((f) => (f.path === path ? { path, text } : f));
}

describe('the checker with a memo', () => {
  it('reports what a fresh check reports, through every fixture case in turn', () => {
    const memo = new CheckMemo();
    const base = caseFiles('base');
    expect(memoised(base, memo)).toEqual(fresh(base));
    for (const name of caseNames()) {
      const files = caseFiles(name);
      const expected = fresh(files);
      // Each case but one has a problem: going there and back exercises added, replaced and removed files.
      expect(memoised(files, memo), name).toEqual(expected);
      expect(memoised(base, memo), `back from ${name}`).toEqual(fresh(base));
    }
  });

  it('settles references again when the file they point into changes, not only when their own file does', () => {
    const memo = new CheckMemo();
    const base = caseFiles('base');
    memoised(base, memo);
    // The section citing it is unchanged; its citation must now be reported.
    const noSource = edit(base, 'content/sources.yaml', (t) => t.replace('- id: gazette-opening-2022', '- id: gazette-opening-2023'));
    const problems = memoised(noSource, memo);
    expect(problems).toEqual(fresh(noSource));
    expect(problems.join('\n')).toContain('the citation "source:gazette-opening-2022" names no source');
    expect(memoised(base, memo)).toEqual(fresh(base));
  });

  it('searches bodies again when the glossary names change', () => {
    const memo = new CheckMemo();
    const base = caseFiles('base');
    memoised(base, memo);
    // The council renamed: the story that said "town council" no longer mentions it, nor does any other page.
    const renamed = edit(base, 'content/glossary/town-council.md', (t) => t.replace('name: town council\naliases: [council]', 'name: borough board'));
    const problems = memoised(renamed, memo);
    expect(problems).toEqual(fresh(renamed));
    expect(problems.join('\n')).toContain('"borough board" is not mentioned in any story');
    expect(memoised(base, memo)).toEqual(fresh(base));
  });

  it('forgets a deleted file and reports what pointed at it', () => {
    const memo = new CheckMemo();
    const base = caseFiles('base');
    memoised(base, memo);
    const gone = edit(base, 'content/glossary/town-council.md', undefined);
    const problems = memoised(gone, memo);
    expect(problems).toEqual(fresh(gone));
    expect(problems.join('\n')).toContain('"town-council" names no entry');
    expect(memoised(base, memo)).toEqual(fresh(base));
  });

  it('checks again from scratch under other options', () => {
    const memo = new CheckMemo();
    const base = caseFiles('base');
    memoised(base, memo);
    const elsewhere = base.map((f) => ({ ...f, path: f.path.replace(/^content\//, 'site/') }));
    const problems = sortProblems(checkContent(elsewhere, { today: TODAY, memo, contentDir: 'site' })).map(formatProblem);
    expect(problems).toEqual(sortProblems(checkContent(elsewhere, { today: TODAY, contentDir: 'site' })).map(formatProblem));
  });
});
