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
