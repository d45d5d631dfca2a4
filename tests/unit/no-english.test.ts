/**
 * Nothing a reader sees is written in English outside the dictionary
 * (src/i18n/). Scans the components, layouts, pages, client scripts, data
 * modules and pure code under src/ with TypeScript's parser: text between
 * tags and reader-facing attributes (alt, title, aria-label, label, …) in
 * .astro templates, and string and template literals in .astro front matter
 * and .ts files. A literal that reads like words ("Read the explainer",
 * "Home") fails the test with its file and line.
 *
 * Not scanned, because readers never see them: messages for editors (the
 * content checker in src/lib/check/, the CLI in src/cli/, build tooling in
 * src/tooling/ and src/integrations/, zod schemas' error messages in
 * src/schemas/ and src/config/), and `new Error(…)` messages anywhere
 * (they stop the build; editors read them). Those stay English on purpose
 * (EDITING.md says so).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** Folders whose text readers see. */
const SCANNED = ['components', 'layouts', 'pages', 'scripts', 'lib', 'data', 'kinds', 'markdown'];
/** Under those, code whose messages are for editors, not readers (with the reason). */
const EDITOR_FACING: ReadonlyMap<string, string> = new Map([
  ['lib/check/', 'the content checker: every message is for editors'],
  ['markdown/remark-glossary-links.ts', 'its only sentences are the build failure for an unknown forced link, read by editors'],
  ['lib/text/yaml-list.ts', 'its only sentences are the build failure for a list file that is not a list, read by editors'],
  [
    'kinds/',
    "kind modules: their labels and strings are the English defaults of the dictionary keys kind.<id>.* (resolved through the dictionary first, src/kinds/labels.ts); the rest is npm run new's template text, read by editors",
  ],
]);

/** Files whose single capitalised words are a fixed vocabulary, not English (with the reason). */
const VOCABULARY_FILES: ReadonlyMap<string, string> = new Map([
  ['src/lib/seo/json-ld.ts', 'schema.org type names (@type: Person, Place, Event…)'],
  ['src/data/structured-data.ts', 'schema.org type names (a claim author is a Person or an Organization)'],
]);

/**
 * Literals that look like words but are not reader text, each with the reason.
 * Keep it short: a new entry needs a reason a reviewer accepts.
 */
const ALLOWED: ReadonlyMap<string, string> = new Map([
  ['noopener noreferrer external', 'a rel attribute value (link types), not prose'],
  ['Noto Serif', 'a font family name for the social images'],
  ['Noto Sans', 'a font family name for the social images'],
  ['Escape', 'KeyboardEvent.key value'],
  ['2px solid', 'a CSS border for the social image layout'],
]);

/** Does this literal read as words of a human language (Latin script)? */
function looksLikeWords(raw: string, vocabulary = false): boolean {
  const text = raw.replace(/\{[a-zA-Z]\w*\}/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text || ALLOWED.has(text)) return false;
  // Markup, CSS and code built as strings (SVG files, feed XML, the colour-scheme script) are not prose.
  if (/[<>{}=;]/.test(text)) return false;
  if (vocabulary && /^[A-Z][A-Za-z]+$/.test(text)) return false;
  // Two words of letters in a row ("Read the", "page matches"), or one capitalised word ("Home", "Sources:").
  if (/[A-Za-z]{2,}[^\S\n]+[A-Za-z]{2,}/.test(text)) return true;
  return /^[A-Z][a-z]{2,}[.:!?]?$/.test(text);
}

const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'aria-description', 'placeholder', 'label', 'heading', 'lead', 'description', 'summary', 'kindLabel']);

interface Finding {
  file: string;
  line: number;
  text: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(astro|ts)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

/** Line of `offset` in `text`, 1-based, plus the lines that come before the scanned part. */
const lineOf = (text: string, offset: number, before = 0) => before + text.slice(0, offset).split('\n').length;

/**
 * Skips `new Error('…')`, `new SomethingError(…)`, `throw …`, the constructor of
 * an Error subclass, and build-log calls (`logger.info(…)`, `console.warn(…)`):
 * those are read by editors and developers, not by readers of the site.
 */
function inErrorMessage(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isNewExpression(parent) && /Error$/.test(parent.expression.getText())) return true;
    if (ts.isThrowStatement(parent)) return true;
    if (ts.isCallExpression(parent) && /(^|\.)(logger|console)\.\w+$/.test(parent.expression.getText())) return true;
    if (ts.isClassDeclaration(parent) && parent.heritageClauses?.some((h) => /Error\b/.test(h.getText()))) return true;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
  }
  return false;
}

function scanCode(source: ts.SourceFile, file: string, lineOffset: number, findings: Finding[]) {
  const vocabulary = VOCABULARY_FILES.has(file);
  const report = (node: ts.Node, text: string) => {
    if (!inErrorMessage(node) && looksLikeWords(text, vocabulary)) findings.push({ file, line: lineOffset + source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text });
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      // An attribute value of JSX is checked only for reader-facing attributes.
      if (ts.isJsxAttribute(node.parent)) {
        if (TEXT_ATTRIBUTES.has(node.parent.name.getText(source))) report(node, node.text);
      } else report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      report(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' {x} '));
    } else if (ts.isJsxText(node)) {
      if (/[A-Za-z]{2,}/.test(node.text)) findings.push({ file, line: lineOffset + source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.text.trim() });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** The template of an .astro file as TSX: styles, scripts, comments and the doctype blanked out (lines kept). */
function templateAsTsx(template: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let tsx = template;
  // Astro's shorthand attributes (`<PageMeta {title} {description} />`) written out the way JSX reads them, one per pass.
  for (let before = ''; before !== tsx; ) {
    before = tsx;
    tsx = tsx.replace(/(<[A-Za-z][^<>]*?)\s\{(\w+)\}(?=[\s/>])/g, (_m, start: string, name: string) => `${start} ${name}={${name}}`);
  }
  return `<>${tsx
    .replace(/<style[\s\S]*?<\/style>/g, blank)
    .replace(/<script(?![^>]*type="application\/(?:ld\+)?json")[\s\S]*?<\/script>/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<!doctype[^>]*>/gi, blank)
    // Astro's void tags may be written without a slash; TSX needs one.
    .replace(/<(meta|link|br|img|input)(\s[^>]*?)?(?<!\/)>/g, (m, tag: string, attrs = '') => `<${tag}${attrs}/>`.padEnd(m.length))
    // JSX forbids {/* */} comments nowhere, but Astro's `set:html` etc. parse fine as namespaced names.
  }</>`;
}

function scanFile(path: string, findings: Finding[]) {
  const file = relative(ROOT, path);
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.ts')) {
    scanCode(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS), file, 0, findings);
    return;
  }
  const fence = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  const frontmatter = fence ? fence[1]! : '';
  const template = fence ? text.slice(fence[0].length) : text;
  scanCode(ts.createSourceFile(`${file}.ts`, frontmatter, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS), file, 1, findings);
  const templateLine = fence ? lineOf(text, fence[0].length) - 1 : 0;
  const tsx = ts.createSourceFile(`${file}.tsx`, templateAsTsx(template), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const syntax = (tsx as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  if (syntax.length) findings.push({ file, line: templateLine + 1, text: `(template could not be scanned: ${ts.flattenDiagnosticMessageText(syntax[0]!.messageText, ' ')})` });
  scanCode(tsx, file, templateLine, findings);
}

function scanAll(): Finding[] {
  const findings: Finding[] = [];
  for (const folder of SCANNED) {
    for (const path of filesUnder(join(SRC, folder))) {
      const rel = relative(SRC, path).split('\\').join('/');
      if ([...EDITOR_FACING.keys()].some((prefix) => rel.startsWith(prefix))) continue;
      scanFile(path, findings);
    }
  }
  return findings;
}

describe('no English outside the dictionary', () => {
  it('finds no reader-facing words in components, layouts, pages, scripts, data or lib', () => {
    expect(scanAll().map((f) => `${f.file}:${f.line}  ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it('would catch English in each place it looks', () => {
    const findings: Finding[] = [];
    const probe = (name: string, text: string) => scanCode(ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS), name, 0, findings);
    probe('a.ts', "const label = 'Read the explainer';");
    probe('b.ts', 'const title = `Claims made by ${name}`;');
    probe('c.tsx', '<><p>No results</p></>');
    probe('d.tsx', '<><img alt="A map of the region" /></>');
    probe('e.ts', "const heading = 'Timeline';");
    // …and not on what is not reader text.
    probe('f.ts', "throw new Error('Claim status belongs to no group'); const key = t('claims.status.confirmed'); const c = 'search-form';");
    probe('g.tsx', '<><a class="site-name" rel="noopener noreferrer external" href="/">{name}</a></>');
    expect(findings.map((f) => f.file)).toEqual(['a.ts', 'b.ts', 'c.tsx', 'd.tsx', 'e.ts']);
  });

  it('keeps its allowlist to entries that still occur', () => {
    const all = filesUnder(SRC).map((p) => readFileSync(p, 'utf8')).join('\n');
    for (const entry of ALLOWED.keys()) expect(all, entry).toContain(entry);
  });
});
