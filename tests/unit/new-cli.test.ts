/**
 * `node src/cli/new.ts` (what `npm run new` runs) as a child process, on a
 * temporary copy of the real content, followed by the content check the
 * editor would run next.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const REPO = resolve(import.meta.dirname, '../..');
const NEW = join(REPO, 'src/cli/new.ts');
const CHECK = join(REPO, 'src/cli/check.ts');
const STORY = 'north-korean-missiles-ukraine';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'explainer-new-'));
  cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(cli: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args, '--root', root], { cwd: REPO, encoding: 'utf8', timeout: 15_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('npm run new', () => {
  it('creates a glossary entry named after the person, and says what to do next', () => {
    const { code, stdout, stderr } = run(NEW, 'person', 'Ada Łukasiewicz-Nowak');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Created content/glossary/ada-lukasiewicz-nowak.md: a person entry with the id "ada-lukasiewicz-nowak".');
    expect(stdout).toContain('npm run check');
    expect(stdout).toContain('npm run dev');
    expect(stdout).toContain('http://localhost:4321/glossary/ada-lukasiewicz-nowak/');
    const front = parse(read('content/glossary/ada-lukasiewicz-nowak.md').split('---\n')[1]!);
    expect(front).toMatchObject({ kind: 'person', name: 'Ada Łukasiewicz-Nowak', short: null, sources: [] });
  });

  it('refuses to overwrite an existing entry, and leaves it untouched', () => {
    const before = read('content/glossary/mykhailo-podolyak.md');
    const { code, stdout, stderr } = run(NEW, 'person', 'Mykhailo Podolyak');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('content/glossary/mykhailo-podolyak.md already exists');
    expect(read('content/glossary/mykhailo-podolyak.md')).toBe(before);
  });

  it('adds a section after the last one of the only story', () => {
    const folder = join(root, 'content/sections', STORY);
    const last = Math.max(...readdirSync(folder).map((f) => Number(/^(\d+)-/.exec(f)?.[1] ?? 0)));
    // The shipped content has two stories, so the story is named.
    const { code, stdout } = run(NEW, 'section', 'What comes next', '--story', STORY);
    expect(code).toBe(0);
    const file = `${String(last + 1).padStart(2, '0')}-what-comes-next.md`;
    expect(stdout.split('\n')[0]).toBe(`Created content/sections/${STORY}/${file}: section ${String(last + 1).padStart(2, '0')} of the story "${STORY}".`);
    expect(existsSync(join(folder, file))).toBe(true);
    expect(stdout).toContain(`http://localhost:4321/stories/${STORY}/#what-comes-next`);
  });

  it('refuses a second section with the same anchor', () => {
    const { code, stderr } = run(NEW, 'section', 'What comes next', '--story', STORY);
    expect(code).toBe(1);
    expect(stderr).toContain('already has a section "what-comes-next"');
  });

  it('appends a source to sources.yaml, keeping the file as it was', () => {
    const before = read('content/sources.yaml');
    const { code, stdout } = run(NEW, 'source', 'Reuters: debris in Kharkiv');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Created content/sources.yaml: a source with the id "reuters-debris-in-kharkiv", at the end of the file.');
    const after = read('content/sources.yaml');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect((parse(after) as Array<{ id: string }>).at(-1)!.id).toBe('reuters-debris-in-kharkiv');
    expect(run(NEW, 'source', 'Reuters: debris in Kharkiv').code).toBe(1);
  });

  it('leaves content that the check rejects, field by field, until it is filled in', () => {
    const { code, stdout } = run(CHECK);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toContain('content/glossary/ada-lukasiewicz-nowak.md:10:7  short  expected text, found an empty value  (write text for "short")');
    expect(lines.some((l) => l.startsWith(`content/sections/${STORY}/`) && l.includes('  summary  '))).toBe(true);
    expect(lines.some((l) => l.startsWith('content/sources.yaml:') && l.includes('reuters-debris-in-kharkiv.url'))).toBe(true);
    // Nothing else in the copied content is wrong.
    const files = new Set(lines.slice(0, -1).filter((l) => !l.includes('warning:')).map((l) => l.split(':')[0]));
    expect([...files].sort()).toEqual(['content/glossary/ada-lukasiewicz-nowak.md', `content/sections/${STORY}/${readdirSync(join(root, 'content/sections', STORY)).find((f) => f.endsWith('what-comes-next.md'))}`, 'content/sources.yaml']);
  });

  it('explains mistakes in how it was called (exit 2)', () => {
    const unknown = run(NEW, 'persn', 'Someone');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown kind "persn"; did you mean "person"?');
    const noName = run(NEW, 'term');
    expect(noName.code).toBe(2);
    const badStory = run(NEW, 'section', 'Aftermath', '--story', 'north-korean-missiles');
    expect(badStory.code).toBe(2);
    expect(badStory.stderr).toContain('no story "north-korean-missiles"');
    const cyrillic = run(NEW, 'place', 'Харків');
    expect(cyrillic.code).toBe(2);
    expect(cyrillic.stderr).toContain('--id');
  });

  it('takes an id with --id when the name gives none', () => {
    const { code } = run(NEW, 'place', 'Харків', '--id', 'kharkiv-cyrillic');
    expect(code).toBe(0);
    expect(parse(read('content/glossary/kharkiv-cyrillic.md').split('---\n')[1]!).name).toBe('Харків');
  });
});
