/** Markdown shapes that would make the build parse for minutes are refused by the checker, at their line. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { caseFiles } from '../fixtures/check/fixture.ts';

const SECTION = 'content/sections/river-bridge/02-the-opening.md';
const errors = (body: string) => {
  const files = caseFiles('base').map((f) => (f.path === SECTION ? { ...f, text: `${f.text}\n${body}\n` } : f));
  return checkContent(files, { today: '2026-01-01' }).filter((p) => p.severity === 'error').map(formatProblem);
};

describe('Markdown limits', () => {
  it('refuses a list nested 1,000 deep at the first line indented past 100 spaces', () => {
    expect(errors(Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'))).toEqual([
      `${SECTION}:59:1  body  the line is indented 102 spaces (more than 100: lists nested too deep)  (flatten the list or remove the indentation)`,
    ]);
  });

  it('refuses block quotes nested 5,000 deep', () => {
    expect(errors(`${'> '.repeat(5000)}x`)).toEqual([`${SECTION}:8:1  body  the line opens 5000 nested block quotes (more than 64)  (use one level of quotation)`]);
  });

  it('refuses a paragraph of 20,000 emphasis marks, at the paragraph', () => {
    expect(errors(`${'*'.repeat(10000)}x${'*'.repeat(10000)}`)).toEqual([
      `${SECTION}:8:1  body  the paragraph has more than 1000 emphasis marks (* or _)  (split it, or write the marks as \\* and \\_ if they are meant literally)`,
    ]);
  });

  it('refuses quotes and lists opened 80 deep on one line', () => {
    expect(errors(`${'> - '.repeat(40)}x`)).toEqual([`${SECTION}:8:1  body  the line opens 80 nested quotes and lists (more than 64)  (flatten the quotes and lists)`]);
  });

  it('refuses nesting past 64 levels that the line limits let through, at the node', () => {
    const nested = Array.from({ length: 45 }, (_, i) => `> ${'  '.repeat(i)}- level ${i}`).join('\n');
    const problems = errors(nested);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${SECTION}:\\d+:\\d+  body  the text nests more than 64 levels deep`));
  });

  it('accepts ordinary nesting', () => {
    expect(errors('- a\n  - b\n    - c\n\n> quoted\n> > twice\n\n**bold** and _em_')).toEqual([]);
  });
});

describe('YAML that the parser accepts but cannot turn into data (found by the fuzzer, seed 65397672)', () => {
  const withFile = (path: string, text: string) => {
    const files = caseFiles('base').filter((f) => f.path !== path);
    return checkContent([...files, { path, text }], { today: '2026-01-01' }).filter((p) => p.severity === 'error').map(formatProblem);
  };

  it('reports an alias to an anchor that was never set, at the alias', () => {
    expect(withFile('content/glossary/x.md', '---\nname: *anchor\n---\nText.\n')).toEqual([
      'content/glossary/x.md:2:7  YAML  the YAML does not parse: Unresolved alias (the anchor must be set before the alias): anchor  (define the anchor (&name) before its alias (*name), or write the value out; anchors and aliases are best avoided in content)',
    ]);
  });

  it('reports aliases that expand past the limit (billion laughs) instead of expanding them', () => {
    const lines = ['- &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`- &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    const problems = withFile('content/claims.yaml', `${lines.join('\n')}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/claims\.yaml:\d+:\d+ {2}YAML {2}the YAML does not parse: Excessive alias count/);
  });
});
