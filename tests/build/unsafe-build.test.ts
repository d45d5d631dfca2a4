/**
 * Unsafe content through real `astro build`s (the fast per-attack tests are
 * in tests/unit/html-attacks.test.ts):
 * - with the content guard, the build fails naming the file and writes no page;
 * - with the guard removed from the temporary project's config (the checker
 *   bypassed, as if it had missed everything), every attack fixture is built as
 *   a section of one site and no page in dist/ carries a payload.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../fixtures/check/fixture.ts';
import { tempProject } from './temp-project.ts';

const ATTACKS = fileURLToPath(new URL('../fixtures/attacks/', import.meta.url));
const attacks = readdirSync(ATTACKS).filter((f) => f.endsWith('.md')).sort();

/** Every place in a whole page where the marker PWNED could act: attributes, scripts, styles, comments. */
function payloads(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html) as Root, (node) => {
    if (node.type === 'comment' && node.value.includes('PWNED')) found.push(`comment: ${node.value}`);
    if (node.type !== 'element') return;
    for (const [name, value] of Object.entries(node.properties)) {
      if (String(value).includes('PWNED')) found.push(`<${node.tagName} ${name}="${value}">`);
    }
    if (['script', 'style', 'svg', 'math', 'iframe', 'noscript', 'template'].includes(node.tagName)) {
      const text = JSON.stringify(node.children);
      if (text.includes('PWNED')) found.push(`<${node.tagName}> holding the payload`);
    }
  });
  return found;
}

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
}

const project = tempProject(join(FIXTURES_DIR, 'base/content'));
afterAll(() => project.remove());

/** Each attack becomes its own section of the base story (03-…, 04-…). */
function addAttackSections() {
  attacks.forEach((name, i) => {
    const target = join(project.dir, 'content/sections/river-bridge', `${String(i + 3).padStart(2, '0')}-${name}`);
    cpSync(join(ATTACKS, name), target);
    writeFileSync(target, readFileSync(target, 'utf8').replace('title: The opening', `title: Attack ${name.replace(/\.md$/, '')}`));
  });
  // Not an attack: a month-precision claim date, to see it rendered as such.
  const claims = join(project.dir, 'content/claims.yaml');
  writeFileSync(claims, readFileSync(claims, 'utf8').replace('date: 2020-03-10', 'date: 2020-03'));
  // MDX inherits the same processor: its export, {expressions} and JSX handlers must not reach a page either.
  cpSync(join(FIXTURES_DIR, 'mdx-expressions/content/sections/river-bridge/03-mdx.mdx'), join(project.dir, 'content/sections/river-bridge/90-mdx.mdx'));
}

describe('unsafe content in a real build', { timeout: 400_000 }, () => {
  it('fails with the content guard, naming the files, and publishes nothing', () => {
    addAttackSections();
    const result = project.build();
    expect(result.status, result.output).toBe(1);
    expect(result.output).toMatch(/content\/sections\/river-bridge\/\d\d-quoted-gt-hides-handler\.md:8:26 +body +the HTML attribute onclick/);
    expect(result.output).toMatch(/content\/sections\/river-bridge\/\d\d-svg-onload\.md:8:1 +body +raw HTML "<svg onload=/);
    expect(result.output).toMatch(/content\/sections\/river-bridge\/90-mdx\.mdx:1:1 +file name +MDX files are not accepted/);
    expect(htmlFiles(join(project.dir, 'dist'))).toEqual([]);
  });

  it('publishes no payload when the checker is bypassed (the sanitiser alone)', () => {
    const config = join(project.dir, 'astro.config.mjs');
    const source = readFileSync(config, 'utf8');
    const bypassed = source.replace('contentGuard({ contentDir }), ', '');
    expect(bypassed).not.toBe(source);
    writeFileSync(config, bypassed);
    const result = project.build();
    expect(result.status, result.output).toBe(0);
    const pages = htmlFiles(join(project.dir, 'dist'));
    const story = readFileSync(join(project.dir, 'dist/stories/river-bridge/index.html'), 'utf8');
    // Every attack section was published (so the payload check below looked at them)...
    for (const name of attacks) expect(story).toContain(`Attack ${name.replace(/\.md$/, '')}`);
    // ...with the glossary links still in place...
    expect(story).toMatch(/<a href="\/glossary\/millbrook\/" class="term">/);
    // ...and nothing that could act anywhere in the site.
    const found = pages.flatMap((page) => payloads(readFileSync(join(project.dir, 'dist', page), 'utf8')).map((p) => `${page}: ${p}`));
    expect(found).toEqual([]);
    expect(pages.length).toBeGreaterThan(5);
    // The MDX section rendered, without what its expressions would have printed.
    expect(story).toContain('Code in a section');
    expect(story).toMatch(/was visited by\s+people/);
    expect(story).not.toContain(String(process.env.HOME));
    // A claim known to the month is shown to the month.
    expect(readFileSync(join(project.dir, 'dist/glossary/town-council/index.html'), 'utf8')).toMatch(/ in <time datetime="2020-03"[^>]*>March 2020<\/time>/);
  });
});
