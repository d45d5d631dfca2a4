/**
 * `npm run new -- translation` as a child process, on a temporary copy of
 * the bilingual fixture site, followed by the check an editor runs next.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const REPO = resolve(import.meta.dirname, '../..');
const NEW = join(REPO, 'src/cli/new.ts');
const CHECK = join(REPO, 'src/cli/check.ts');

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'explainer-new-translation-'));
  cpSync(join(REPO, 'tests/fixtures/sites/bilingual'), join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(cli: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.EXPLAINER_CONTENT;
  const result = spawnSync(process.execPath, [cli, ...args, '--root', root], { cwd: REPO, encoding: 'utf8', timeout: 20_000, env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const digest = (path: string) => createHash('sha256').update(readFileSync(join(root, path))).digest('hex').slice(0, 12);
const today = new Date().toISOString().slice(0, 10);
const front = (path: string) => parse(read(path).split('---\n')[1]!) as Record<string, unknown>;

describe('npm run new -- translation', () => {
  it('scaffolds an entry translation with the text fields as TODOs and the original\'s digest, which the check refuses until translated', () => {
    const { code, stdout, stderr } = run(NEW, 'translation', 'content/glossary/river-council.md');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Created content/uk/glossary/river-council.md: a uk translation of content/glossary/river-council.md.');
    const data = front('content/uk/glossary/river-council.md');
    expect(data).toEqual({
      translated: today,
      original: digest('content/glossary/river-council.md'),
      name: 'TODO: River Council',
      short: "TODO: A made-up body that manages the Veld river's dams and warns of floods.",
      // The facts' text only (src/kinds/fact-text.ts): an organisation's type is text, its dates and parent are not.
      facts: { type: 'TODO: River authority' },
    });
    expect(read('content/uk/glossary/river-council.md')).toContain('The River Council runs the dams upstream of Lindgrad.');
    const check = run(CHECK);
    expect(check.code).toBe(1);
    expect(check.stderr + check.stdout).toMatch(/content\/uk\/glossary\/river-council\.md:\d+:\d+ +name +"name" is not translated yet \(TODO\)/);
    expect(check.stderr + check.stdout).toMatch(/content\/uk\/glossary\/river-council\.md:\d+:1 +body +the translation still contains a TODO placeholder/);
    rmSync(join(root, 'content/uk/glossary/river-council.md'));
  });

  it('refuses to overwrite a translation', () => {
    const before = read('content/uk/glossary/lindgrad.md');
    const { code, stderr } = run(NEW, 'translation', 'content/glossary/lindgrad.md', '--lang', 'uk');
    expect(code).toBe(1);
    expect(stderr).toContain('content/uk/glossary/lindgrad.md already exists');
    expect(read('content/uk/glossary/lindgrad.md')).toBe(before);
  });

  it('after the original changes, the check warns until --refresh records the new digest', () => {
    appendFileSync(join(root, 'content/glossary/veldmark.md'), '\nIts capital is Lindgrad.\n');
    const stale = run(CHECK);
    expect(stale.stdout + stale.stderr).toMatch(/content\/uk\/glossary\/veldmark\.md:3:11 +original +warning: the original changed since this translation \(translated 2024-03-09\) +\(bring it in line with the original and run npm run new -- translation content\/glossary\/veldmark\.md --refresh\)/);
    const { code } = run(NEW, 'translation', 'content/glossary/veldmark.md', '--refresh');
    expect(code).toBe(0);
    expect(front('content/uk/glossary/veldmark.md')).toMatchObject({ translated: today, original: digest('content/glossary/veldmark.md'), name: 'Вельдмарк' });
    const fresh = run(CHECK);
    expect(fresh.code).toBe(0);
    // The fixture's footer line is English-only on purpose (a warning of its own); nothing about the translation is left.
    expect(fresh.stdout + fresh.stderr).not.toContain('veldmark');
  });

  it('adds the untranslated items of events.yaml to the translation list, as TODOs', () => {
    const { code, stdout } = run(NEW, 'translation', 'content/events.yaml');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Created content/uk/events.yaml: 1 item(s) to translate added.');
    const items = parse(read('content/uk/events.yaml')) as Array<Record<string, unknown>>;
    expect(items.map((i) => i.id)).toEqual(['flood-begins', 'council-bulletin-published']);
    expect(items[0]!.title).toBe('Річка Вельд затоплює старе місто Ліндграда');
    expect(items[1]).toMatchObject({ translated: today, title: 'TODO: The River Council publishes its flood bulletin' });
    expect(items[1]!.original).toMatch(/^[0-9a-f]{12}$/);
  });

  it('adds the untranslated source notes of sources.yaml, and only sources that have a note', () => {
    const { code, stdout } = run(NEW, 'translation', 'content/sources.yaml');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Created content/uk/sources.yaml: 1 item(s) to translate added.');
    const items = parse(read('content/uk/sources.yaml')) as Array<Record<string, unknown>>;
    // lindgrad-herald-flood was translated already; example-atlas has no note to translate.
    expect(items.map((i) => i.id)).toEqual(['lindgrad-herald-flood', 'council-bulletin']);
    expect(items[1]).toMatchObject({ translated: today, note: "TODO: The council's own account of its warnings; the city has not answered it." });
    expect(Object.keys(items[1]!).sort()).toEqual(['id', 'note', 'original', 'translated']);
    const todo = run(CHECK);
    expect(todo.code).toBe(1);
    expect(todo.stdout + todo.stderr).toMatch(/content\/uk\/sources\.yaml:\d+:\d+ +council-bulletin\.note +.*TODO/);
  });

  it('refuses a language the site does not have', () => {
    const { code, stderr } = run(NEW, 'translation', 'content/glossary/lindgrad.md', '--lang', 'de');
    expect(code).toBe(2);
    expect(stderr).toContain('"de" is not one of the site\'s other languages (uk)');
    expect(existsSync(join(root, 'content/de'))).toBe(false);
  });
});
