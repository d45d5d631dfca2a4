/**
 * The checker's memo kept on disk between builds (CheckMemo.save/load,
 * src/tooling/check-cache.ts) must give exactly the problems of a fresh
 * check: after any change of content since it was saved, including changes
 * in other files that a file's verdict depends on, and whatever the cache
 * file holds (damaged, cut short, from another version) — a bad cache is a
 * full check, never another verdict.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckMemo, checkContent, type ContentFile } from '../../src/lib/check/check-content.ts';
import { formatProblem, sortProblems } from '../../src/lib/check/problem.ts';
import { kinds as siteKinds } from '../../src/kinds/registry.ts';
import { runChecker } from '../../src/integrations/content-guard.ts';
import { checkerKey, loadCheckMemo, saveCheckMemo } from '../../src/tooling/check-cache.ts';
import { readContentFiles } from '../../src/tooling/read-content.ts';
import { caseFiles, caseNames, REPO_ROOT, removeTemp, tempCase } from '../fixtures/check/fixture.ts';

const TODAY = '2025-01-01';
const KEY = 'checker-code-digest';
const SETTINGS = { root: 'content', kinds: siteKinds };

const fresh = (files: readonly ContentFile[]) => sortProblems(checkContent(files, { today: TODAY })).map(formatProblem);
/** What a check with a memo saves (as a build does after its check). */
function savedAfter(files: readonly ContentFile[]): string {
  const memo = new CheckMemo();
  checkContent(files, { today: TODAY, memo });
  return memo.save(KEY);
}
/** A check that starts from a saved memo (the next build): its problems, and what it saves in turn. */
function fromSaved(saved: string, files: readonly ContentFile[]): { problems: string[]; saved: string } {
  const memo = CheckMemo.load(saved, KEY, SETTINGS);
  if (!memo) throw new Error('the saved memo did not load');
  const problems = sortProblems(checkContent(files, { today: TODAY, memo })).map(formatProblem);
  return { problems, saved: memo.save(KEY) };
}

/** The files with one file's text changed (or the file removed, with `undefined`, or added when missing). */
function edit(files: readonly ContentFile[], path: string, change: ((text: string) => string) | undefined): ContentFile[] {
  const found = files.find((f) => f.path === path);
  if (!change) {
    if (!found) throw new Error(`no ${path} among the files`);
    return files.filter((f) => f.path !== path);
  }
  const text = change(found?.text ?? '');
  if (text === found?.text) throw new Error(`the edit of ${path} changed nothing`);
  return found ? files.map((f) => (f.path === path ? { path, text } : f)) : [...files, { path, text }];
}

/** A saved memo with its payload changed and the digest line made to match, so the load gets past the digest. */
function rewritten(saved: string, change: (payload: Record<string, unknown>) => void): string {
  const payload = JSON.parse(saved.slice(saved.indexOf('\n') + 1)) as Record<string, unknown>;
  change(payload);
  const text = JSON.stringify(payload);
  return `${createHash('sha256').update(text).digest('hex')}\n${text}`;
}

/** The fixture sites' content folders, as files under `content/`. */
function siteFiles(name: string): ContentFile[] {
  const dir = join(REPO_ROOT, 'tests/fixtures/sites', name);
  return readContentFiles(dir, dir).map((f) => ({ path: `content/${f.path}`, text: f.text }));
}
const SITE_NAMES = ['tiny', 'two-stories', 'empty', 'scoping', 'bilingual', 'incremental'];

describe('the checker from a memo saved by an earlier check', () => {
  it('reports what a fresh check reports for every fixture case, from a memo of the base and back', () => {
    const base = caseFiles('base');
    const fromBase = savedAfter(base);
    for (const name of caseNames()) {
      const files = caseFiles(name);
      expect(fromSaved(fromBase, files).problems, name).toEqual(fresh(files));
      expect(fromSaved(savedAfter(files), base).problems, `back from ${name}`).toEqual(fresh(base));
    }
  });

  it('reports what a fresh check reports through every fixture case in turn, each check starting from the last one\'s memo', () => {
    let saved = savedAfter(caseFiles('base'));
    for (const name of [...caseNames(), 'base']) {
      const files = caseFiles(name);
      const next = fromSaved(saved, files);
      expect(next.problems, name).toEqual(fresh(files));
      saved = next.saved;
    }
  });

  it('reports what a fresh check reports for the fixture sites and the real content, each from the previous one\'s memo', () => {
    const real = readContentFiles(join(REPO_ROOT, 'content'), REPO_ROOT);
    let saved = savedAfter(caseFiles('base'));
    for (const [name, files] of [...SITE_NAMES.map((n) => [n, siteFiles(n)] as const), ['content/', real] as const]) {
      const next = fromSaved(saved, files);
      expect(next.problems, name).toEqual(fresh(files));
      saved = next.saved;
    }
  });

  it('reports a forced link again when the entry it names is deleted, its own file unchanged', () => {
    const linked = edit(caseFiles('base'), 'content/sections/river-bridge/01-the-plan.md', (t) => `${t}\nThe [council](glossary:town-council) met again.\n`);
    const gone = edit(linked, 'content/glossary/town-council.md', undefined);
    const problems = fromSaved(savedAfter(linked), gone).problems;
    expect(problems).toEqual(fresh(gone));
    expect(problems.join('\n')).toContain('the link "glossary:town-council" names no glossary entry');
  });

  it('reports references in unchanged files when the entry they name is deleted', () => {
    const base = caseFiles('base');
    const gone = edit(base, 'content/glossary/millbrook.md', undefined);
    const problems = fromSaved(savedAfter(base), gone).problems;
    expect(problems).toEqual(fresh(gone));
    expect(problems.join('\n')).toContain('"millbrook" names no entry');
  });

  it('searches the bodies again when an alias added to the glossary makes a mention linkable', () => {
    const before = caseFiles('unmentioned-glossary');
    const after = edit(before, 'content/glossary/weir.md', (t) => t.replace('name: weir', 'name: weir\naliases: [footbridge]'));
    // The edit matters: the entry was unmentioned, and now a section mentions it.
    expect(fresh(before).join('\n')).toContain('"weir" is not mentioned');
    expect(fresh(after).join('\n')).not.toContain('"weir" is not mentioned');
    expect(fromSaved(savedAfter(before), after).problems).toEqual(fresh(after));
    expect(fromSaved(savedAfter(after), before).problems).toEqual(fresh(before));
  });

  it('settles claims again when the claimant\'s kind changes, the claims file unchanged', () => {
    const base = caseFiles('base');
    const term = edit(base, 'content/glossary/town-council.md', (t) => t.replace('kind: organization', 'kind: term').replace(/facts:\n(  .*\n)+/, 'facts:\n  field: Local government\n'));
    const problems = fromSaved(savedAfter(base), term).problems;
    expect(problems).toEqual(fresh(term));
    expect(problems.join('\n')).toContain('a term cannot make a claim');
    expect(fromSaved(savedAfter(term), base).problems).toEqual(fresh(base));
  });

  it('finds positions it did not save in the file itself', () => {
    // A memo without the positions the checks across files ask: each comes from the file, and is the same.
    const stripped = rewritten(savedAfter(caseFiles('base')), (payload) => {
      for (const file of payload.files as Array<{ entries: Array<{ at: unknown[] }> }>) for (const entry of file.entries) entry.at = [];
    });
    for (const name of caseNames()) expect(fromSaved(stripped, caseFiles(name)).problems, name).toEqual(fresh(caseFiles(name)));
  });

  it('saves only the files of the last check', () => {
    const base = caseFiles('base');
    const gone = edit(base, 'content/glossary/millbrook.md', undefined);
    const saved = fromSaved(savedAfter(base), gone).saved;
    const paths = (JSON.parse(saved.slice(saved.indexOf('\n') + 1)) as { files: Array<{ path: string }> }).files.map((f) => f.path);
    expect(paths).not.toContain('content/glossary/millbrook.md');
    expect(paths.every((p) => gone.some((f) => f.path === p))).toBe(true);
  });
});

describe('a saved memo that cannot be trusted', () => {
  const base = caseFiles('base');
  const saved = savedAfter(base);
  const bad: Record<string, string> = {
    garbage: 'not a memo at all \u0000\u0001',
    empty: '',
    'cut short': saved.slice(0, Math.floor(saved.length / 2)),
    'changed after saving': saved.replace('"incomplete":false', '"incomplete":true'),
    'another format version': rewritten(saved, (p) => (p.format = 999)),
    'another key (other checker code)': rewritten(saved, (p) => (p.key = 'other')),
    'another content folder': rewritten(saved, (p) => (p.root = 'site')),
    'a file of the wrong shape': rewritten(saved, (p) => ((p.files as Array<Record<string, unknown>>)[0]!.problems = [{ line: 'one' }])),
    'files not a list': rewritten(saved, (p) => (p.files = {})),
    'a matcher of the wrong shape': rewritten(saved, (p) => (p.matcher = { digest: 1 })),
  };

  it.each(Object.keys(bad))('does not load: %s', (kind) => {
    expect(CheckMemo.load(bad[kind]!, KEY, SETTINGS)).toBeNull();
  });

  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeTemp));

  it.each(Object.keys(bad))('leaves the build\'s check a full one: %s', (kind) => {
    // The cache a build keeps, with that in it: the problems are those of a check without any cache.
    for (const name of ['base', 'unknown-related', 'three-mistakes']) {
      const dir = tempCase(name);
      dirs.push(dir);
      const cache = join(dir, 'check-cache.json');
      writeFileSync(cache, bad[kind]!);
      const expected = runChecker(join(dir, 'content'), dir).map(formatProblem);
      expect(runChecker(join(dir, 'content'), dir, undefined, cache).map(formatProblem), name).toEqual(expected);
      // And the check saved a good one in its place.
      expect(CheckMemo.load(readFileSync(cache, 'utf8'), checkerKey(), SETTINGS), name).not.toBeNull();
      expect(runChecker(join(dir, 'content'), dir, undefined, cache).map(formatProblem), `${name}, from the new cache`).toEqual(expected);
    }
  });

  it('keeps the build\'s check right from a good cache of other content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-check-cache-'));
    dirs.push(dir);
    const cache = join(dir, 'check-cache.json');
    const memo = new CheckMemo();
    checkContent(caseFiles('three-mistakes'), { memo, contentDir: 'content' });
    saveCheckMemo(cache, memo);
    const loaded = loadCheckMemo(cache, 'content');
    const files = caseFiles('unknown-related');
    expect(sortProblems(checkContent(files, { today: TODAY, memo: loaded })).map(formatProblem)).toEqual(fresh(files));
    rmSync(cache);
    // No cache file: a new memo.
    expect(sortProblems(checkContent(files, { today: TODAY, memo: loadCheckMemo(cache, 'content') })).map(formatProblem)).toEqual(fresh(files));
  });
});
