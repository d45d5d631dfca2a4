/**
 * Unsafe content, one fixture per class of attack (tests/fixtures/attacks/).
 * Each fixture replaces one section of the valid base site. Both layers are
 * asserted for each: the checker names the file, line, column and problem,
 * and the site's own render pipeline (run on the fixture, checker bypassed)
 * publishes no payload. `tests/build/unsafe-build.test.ts` does the same
 * through a real `astro build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem, sortProblems } from '../../src/lib/check/problem.ts';
import { caseFiles, FIXTURES_DIR } from '../fixtures/check/fixture.ts';
import { renderMarkdown } from '../harness/render-markdown.ts';
import { payloadsIn } from '../harness/payloads.ts';

const ATTACKS = fileURLToPath(new URL('../fixtures/attacks/', import.meta.url));
const SECTION = 'sections/river-bridge/02-the-opening.md';
const FILE = `content/${SECTION}`;

/** Case → the first error the checker must print (after `FILE:`), as `line:column  body  message`. */
const EXPECTED: Record<string, RegExp> = {
  'quoted-gt-hides-handler': /^8:26 {2}body {2}the HTML attribute onclick in "<span title="a>b" onclick=.* runs script {2}\(remove the onclick attribute\)$/,
  'mixed-case-script': /^8:1 {2}body {2}raw HTML "<ScRiPt>" is not allowed {2}\(remove it: scripts/,
  'unquoted-handler': /^8:14 {2}body {2}the HTML attribute onmouseover in "<span onmouseover=alert\(PWNED\)>" runs script/,
  'entity-scheme-html': /^8:23 {2}body {2}the address "javascript:alert\('PWNED'\)" in "<q cite="jav&#x61;script:.*" can run code/,
  'entity-scheme-markdown': /^8:5 {2}body {2}the address "javascript:alert\(PWNED\)" can run code {2}\(link to an https:\/\/ page instead\)$/,
  'whitespace-before-scheme': /^8:5 {2}body {2}the address "javascript:alert\(PWNED\)" can run code/,
  'svg-script': /^8:12 {2}body {2}raw HTML "<svg>" is not allowed {2}\(.*SVG/,
  'svg-onload': /^8:1 {2}body {2}raw HTML "<svg onload="alert\('PWNED'\)">" is not allowed/,
  'mathml-href': /^8:1 {2}body {2}raw HTML "<math>" is not allowed {2}\(.*MathML/,
  'style-url': /^8:9 {2}body {2}the HTML attribute style is not allowed on <span> {2}\(styles come from the site/,
  'style-expression': /^8:9 {2}body {2}the HTML attribute style is not allowed on <span>/,
  'form-formaction': /^8:1 {2}body {2}raw HTML "<form action="https:\/\/evil.example\/PWNE…" is not allowed {2}\(.*forms/,
  'base-href': /^8:1 {2}body {2}raw HTML "<base href=.*" is not allowed/,
  'meta-refresh': /^8:1 {2}body {2}raw HTML "<meta http-equiv="refresh" .*" is not allowed/,
  'iframe-srcdoc': /^8:1 {2}body {2}raw HTML "<iframe srcdoc=.*" is not allowed {2}\(.*frames/,
  'object-embed': /^8:1 {2}body {2}raw HTML "<object data=.*" is not allowed {2}\(.*embeds/,
  'markdown-javascript-link': /^8:5 {2}body {2}the address "javascript:alert\(PWNED\)" can run code/,
  'markdown-autolink': /^8:5 {2}body {2}the address "javascript:alert\(PWNED\)" can run code/,
  'markdown-reference-definition': /^10:1 {2}body {2}the address "vbscript:msgbox\(PWNED\)" can run code/,
  'markdown-data-image': /^8:1 {2}body {2}the address "data:text\/html;base64,.*" can run code {2}\(use an https:\/\/ image address\)$/,
  'comment-breakout': /^8:6 {2}body {2}raw HTML "<script>" is not allowed/,
  'cdata-breakout': /^8:6 {2}body {2}a CDATA section is not HTML content/,
  'img-onerror': /^8:13 {2}body {2}raw HTML "<img src="ribbon.png" onerror=.*" is outside the allowed list {2}\(use Markdown instead/,
};

const cases = readdirSync(ATTACKS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')).sort();

describe('one fixture per class of attack', () => {
  it('has an expectation for every fixture, and at least twelve classes', () => {
    expect(cases).toEqual(Object.keys(EXPECTED).sort());
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)('%s: the checker names file, line and column, and the rendered page carries no payload', async (name) => {
    const text = readFileSync(join(ATTACKS, `${name}.md`), 'utf8');
    const files = caseFiles('base').map((f) => (f.path === FILE ? { ...f, text } : f));
    const errors = sortProblems(checkContent(files, { today: '2026-01-01' })).filter((p) => p.severity === 'error');
    expect(errors.length, 'the checker reports the attack').toBeGreaterThan(0);
    const first = formatProblem(errors[0]!);
    expect(first.startsWith(`${FILE}:`), first).toBe(true);
    expect(first.slice(FILE.length + 1)).toMatch(EXPECTED[name]!);

    const html = await renderMarkdown(text, join(FIXTURES_DIR, 'base/content'), SECTION);
    expect(payloadsIn(html), html).toEqual([]);
    // The editor's other text is still published (the sanitiser removes the attack, not the section).
    expect(html).toContain('bridge</a> opened on 1 June 2022');
  });
});

describe('the render pipeline keeps the project\'s own markup', () => {
  it('keeps glossary links, paragraph anchors, citation markers, footnotes, task lists, tables and Prism tokens', async () => {
    const text = [
      '---', 'title: x', '---',
      'The arch bridge opened in Millbrook, as reported [source](source:gazette-opening-2022).[^n]',
      '', 'An <abbr title="Town council">TC</abbr> vote, H<sub>2</sub>O, <q cite="https://example.org/q">fine</q>.',
      '', '- [x] done', '', '| a |', '|:-:|', '| b |', '', '```js', 'const x = 1;', '```', '', '[^n]: A note.', '',
    ].join('\n');
    const html = await renderMarkdown(text, join(FIXTURES_DIR, 'base/content'), SECTION);
    expect(html).toMatch(/<p id="the-opening-p1">The <a href="\/glossary\/arch-bridge\/" class="term">arch bridge<\/a>/);
    expect(html).toMatch(/<sup class="cite"><a href="#source-gazette-opening-2022" aria-label="Source 1">\[1\]<\/a><\/sup>/);
    expect(html).toMatch(/<a href="#user-content-fn-n" id="user-content-fnref-n" data-footnote-ref="" aria-describedby="footnote-label">/);
    expect(html).toContain('<abbr title="Town council">TC</abbr>');
    expect(html).toContain('<q cite="https://example.org/q">fine</q>');
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain('<td align="center">b</td>');
    expect(html).toContain('<span class="token keyword">const</span>');
    expect(payloadsIn(html)).toEqual([]);
  });

  it('drops a code block language made of markup, and keeps the block as plain code', async () => {
    for (const info of ['<svg>', '"onload=alert(1)', "x'><img src=x>"]) {
      const html = await renderMarkdown(['---', 'title: x', '---', `\`\`\`${info}`, 'const x = 1;', '```', ''].join('\n'), join(FIXTURES_DIR, 'base/content'), SECTION);
      expect(payloadsIn(html), html).toEqual([]);
      for (const [, value] of html.matchAll(/(?:class|data-language)="([^"]*)"/g)) expect(value, html).toMatch(/^[\w:.+# -]*$/);
      expect(html).not.toMatch(/<svg|<img|onload/);
      expect(html).toContain('const x = 1;');
    }
  });
});
