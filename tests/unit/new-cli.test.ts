/**
 * `node src/cli/new.ts` (what `npm run new` runs) as a child process, from a
 * clean start: `new site` writes an empty content folder in a temporary
 * project, `new story` starts a story there, and the other commands add to it,
 * each followed by the content check the editor would run next. Nothing here
 * reads the shipped content.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/text/frontmatter.ts';

const REPO = resolve(import.meta.dirname, '../..');
const NEW = join(REPO, 'src/cli/new.ts');
const CHECK = join(REPO, 'src/cli/check.ts');
const STORY = 'why-the-bridge-closed';
const TODAY = new Date().toISOString().slice(0, 10);

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'explainer-new-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(cli: string, args: string[], env: Record<string, string> = {}) {
  const childEnv = { ...process.env, ...env };
  if (!('EXPLAINER_CONTENT' in env)) delete childEnv.EXPLAINER_CONTENT;
  const result = spawnSync(process.execPath, [cli, ...args, '--root', root], { cwd: REPO, encoding: 'utf8', timeout: 15_000, env: childEnv });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const newCmd = (...args: string[]) => run(NEW, args);
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const front = (path: string) => parse(splitFrontmatter(read(path))!.yaml);
const checkLines = () => {
  const { code, stdout } = run(CHECK, []);
  return { code, lines: stdout.trim().split('\n') };
};

describe('npm run new, from a clean start', () => {
  it('starts an empty site that checks without errors', () => {
    const { code, stdout, stderr } = newCmd('site', 'The Bridge Desk');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Created content/site.yaml: an empty site in content/ (no stories, no entries, empty lists of sources, events and claims).');
    expect(stdout).toContain('npm run new -- story "<Title>"');
    expect(parse(read('content/site.yaml'))).toMatchObject({ name: 'The Bridge Desk', url: 'https://explainer.example.org', base: '/', language: 'en' });
    for (const list of ['sources', 'events', 'claims']) expect(parse(read(`content/${list}.yaml`))).toBeNull();
    expect(readdirSync(join(root, 'content/stories')).filter((f) => f.endsWith('.md'))).toEqual([]);
    const { code: checked, lines } = checkLines();
    expect(checked).toBe(0);
    expect(lines.filter((l) => !l.includes('warning:')).at(-1)).toMatch(/^Content OK/);
    expect(lines.some((l) => /error/.test(l) && !l.startsWith('Content OK'))).toBe(false);
  });

  it('refuses to start a site in a folder that is not empty', () => {
    const { code, stderr } = newCmd('site');
    expect(code).toBe(1);
    expect(stderr).toContain('content already exists and is not empty');
  });

  it('says there is no story to add a section to, and how to start one', () => {
    const { code, stderr } = newCmd('section', 'Aftermath');
    expect(code).toBe(2);
    expect(stderr).toContain('there is no story in content/stories/ to add a section to; start one with npm run new -- story "<Title>"');
  });

  it('scaffolds a story and its first section, with placeholders the check rejects', () => {
    const { code, stdout, stderr } = newCmd('story', 'Why the bridge closed');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`Created content/stories/${STORY}.md: the story "${STORY}", with its first section in content/sections/${STORY}/01-first-section.md.`);
    expect(stdout).toContain(`http://localhost:4321/stories/${STORY}/`);
    const story = front(`content/stories/${STORY}.md`);
    expect(story).toMatchObject({ title: 'Why the bridge closed', published: TODAY, updated: TODAY, status: 'developing' });
    expect(story.keyPoints).toHaveLength(3);
    expect(existsSync(join(root, `content/sections/${STORY}/01-first-section.md`))).toBe(true);

    const { code: checked, lines } = checkLines();
    expect(checked).toBe(1);
    const storyFields = lines.filter((l) => l.startsWith(`content/stories/${STORY}.md:`)).map((l) => l.split(/\s{2}/)[1]);
    expect(storyFields).toEqual(['dek', 'keyPoints.0', 'keyPoints.1', 'keyPoints.2', 'summary', 'body']);
    expect(lines).toContain(`content/stories/${STORY}.md:6:6  dek  "dek" still contains a TODO placeholder  (replace it with the finished text before publishing)`);
    const sectionFields = lines.filter((l) => l.startsWith(`content/sections/${STORY}/01-first-section.md:`)).map((l) => l.split(/\s{2}/)[1]);
    expect(sectionFields).toEqual(['summary', 'sources']);
  });

  it('refuses a second story with the same id', () => {
    const before = read(`content/stories/${STORY}.md`);
    const { code, stderr } = newCmd('story', 'Why the bridge closed');
    expect(code).toBe(1);
    expect(stderr).toContain(`content/stories/${STORY}.md already exists, so the story id "${STORY}" is taken`);
    expect(read(`content/stories/${STORY}.md`)).toBe(before);
  });

  it('creates a glossary entry named after the person, and says what to do next', () => {
    const { code, stdout, stderr } = newCmd('person', 'Ada Łukasiewicz-Nowak');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Created content/glossary/ada-lukasiewicz-nowak.md: a person entry with the id "ada-lukasiewicz-nowak".');
    expect(stdout).toContain('npm run check');
    expect(stdout).toContain('http://localhost:4321/glossary/ada-lukasiewicz-nowak/');
    expect(front('content/glossary/ada-lukasiewicz-nowak.md')).toMatchObject({ kind: 'person', name: 'Ada Łukasiewicz-Nowak', short: null, sources: [] });
  });

  it('refuses to overwrite an existing entry, and leaves it untouched', () => {
    const before = read('content/glossary/ada-lukasiewicz-nowak.md');
    const { code, stdout, stderr } = newCmd('person', 'Ada Łukasiewicz-Nowak');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('content/glossary/ada-lukasiewicz-nowak.md already exists');
    expect(read('content/glossary/ada-lukasiewicz-nowak.md')).toBe(before);
  });

  it('adds a section after the last one of the only story', () => {
    const { code, stdout } = newCmd('section', 'What comes next');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`Created content/sections/${STORY}/02-what-comes-next.md: section 02 of the story "${STORY}".`);
    expect(stdout).toContain(`http://localhost:4321/stories/${STORY}/#what-comes-next`);
  });

  it('refuses a second section with the same anchor', () => {
    const { code, stderr } = newCmd('section', 'What comes next', '--story', STORY);
    expect(code).toBe(1);
    expect(stderr).toContain('already has a section "what-comes-next"');
  });

  it('appends a source to an empty sources.yaml, keeping its comments', () => {
    const before = read('content/sources.yaml');
    const { code, stdout } = newCmd('source', 'City council: bridge closed');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Created content/sources.yaml: a source with the id "city-council-bridge-closed", at the end of the file.');
    const after = read('content/sources.yaml');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect((parse(after) as Array<{ id: string }>).map((s) => s.id)).toEqual(['city-council-bridge-closed']);
    expect(newCmd('source', 'City council: bridge closed').code).toBe(1);
  });

  it('leaves content that the check rejects, field by field, in the new files only', () => {
    const { code, lines } = checkLines();
    expect(code).toBe(1);
    expect(lines).toContain('content/glossary/ada-lukasiewicz-nowak.md:10:7  short  expected text, found an empty value  (write text for "short")');
    expect(lines.some((l) => l.startsWith('content/sources.yaml:') && l.includes('city-council-bridge-closed.url'))).toBe(true);
    const files = new Set(lines.slice(0, -1).filter((l) => !l.includes('warning:')).map((l) => l.split(':')[0]));
    expect([...files].sort()).toEqual([
      'content/glossary/ada-lukasiewicz-nowak.md',
      `content/sections/${STORY}/01-first-section.md`,
      `content/sections/${STORY}/02-what-comes-next.md`,
      'content/sources.yaml',
      `content/stories/${STORY}.md`,
    ]);
  });

  it('explains mistakes in how it was called (exit 2), with a hint only when one is close', () => {
    const unknown = newCmd('persn', 'Someone');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown kind "persn"; did you mean "person"?');
    const far = newCmd('recipe', 'Pesto');
    expect(far.code).toBe(2);
    expect(far.stderr).toContain('unknown kind "recipe"\n');
    expect(far.stderr).not.toContain('did you mean');
    expect(far.stderr).toContain('story, section, source, site');
    expect(newCmd('term').code).toBe(2);
    const badStory = newCmd('section', 'Aftermath', '--story', 'why-the-bridge');
    expect(badStory.code).toBe(2);
    expect(badStory.stderr).toContain('no story "why-the-bridge" in content/stories/; did you mean "why-the-bridge-closed"?');
    const cyrillic = newCmd('place', 'Харків');
    expect(cyrillic.code).toBe(2);
    expect(cyrillic.stderr).toContain('--id');
    expect(newCmd('person', 'Someone', '--dir', 'x').stderr).toContain('--dir applies to site only');
  });

  it('takes an id with --id when the name gives none', () => {
    const { code } = newCmd('place', 'Харків', '--id', 'kharkiv-cyrillic');
    expect(code).toBe(0);
    expect(front('content/glossary/kharkiv-cyrillic.md').name).toBe('Харків');
  });
});

describe('npm run new, pointed at another content folder', () => {
  it('starts a site in --dir, then works in it through EXPLAINER_CONTENT', () => {
    const site = newCmd('site', '--dir', 'sites/second');
    expect(site.code).toBe(0);
    expect(site.stdout).toContain('EXPLAINER_CONTENT=sites/second npm run new -- story "<Title>"');
    expect(existsSync(join(root, 'sites/second/site.yaml'))).toBe(true);
    const story = run(NEW, ['story', 'A second story here'], { EXPLAINER_CONTENT: 'sites/second' });
    expect(story.code).toBe(0);
    expect(story.stdout.split('\n')[0]).toContain('Created sites/second/stories/a-second-story-here.md');
    expect(existsSync(join(root, 'sites/second/sections/a-second-story-here/01-first-section.md'))).toBe(true);
    // The first site is untouched.
    expect(existsSync(join(root, 'content/stories/a-second-story-here.md'))).toBe(false);
  });

  it('refuses a --dir that is a non-empty folder', () => {
    mkdirSync(join(root, 'occupied'), { recursive: true });
    writeFileSync(join(root, 'occupied/notes.txt'), 'x');
    const { code, stderr } = newCmd('site', '--dir', 'occupied');
    expect(code).toBe(1);
    expect(stderr).toContain('occupied already exists and is not empty');
  });
});
