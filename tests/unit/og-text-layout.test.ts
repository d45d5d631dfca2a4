import { describe, expect, it } from 'vitest';
import { collapseWhiteSpace, layOutTextBox, type TextMetrics } from '../../src/lib/seo/og-text-layout.ts';

/** Every character 10 px wide but a space (5 px) and the ellipsis (8 px); baselines 16 px below a line's top. */
const metrics: TextMetrics = {
  width: (text) => [...text].reduce((sum, char) => sum + (char === ' ' ? 5 : char === '\u2026' ? 8 : 10), 0),
  baseline: () => 16,
};
const box = (width: number, lineClamp = 3) => ({ fontSize: 20, lineHeight: 1.2, lineClamp, width });
const lines = (text: string, width: number, lineClamp = 3) => {
  const layout = layOutTextBox(text, box(width, lineClamp), metrics)!;
  const out: string[] = [];
  for (const run of layout.runs) out[run.line] = (out[run.line] ?? '') + run.text;
  return { lines: out, layout };
};

describe('layOutTextBox', () => {
  it('fills lines greedily, a run per word and the space after it', () => {
    const { lines: text, layout } = lines('aaaa bbbb cccc dddd', 100);
    expect(text).toEqual(['aaaa bbbb ', 'cccc dddd']);
    expect(layout.runs.map((run) => [run.text, run.left, run.baseline])).toEqual([
      ['aaaa ', 0, 16],
      ['bbbb ', 45, 16],
      ['cccc ', 0, 40],
      ['dddd', 45, 40],
    ]);
    // Lines are rounded to whole pixels of line height: 24 px each.
    expect(layout.height).toBe(48);
  });

  it('lets a line’s trailing space hang past the edge', () => {
    // "aaaaa " (55) + "bbbb " (45) is 100 wide, 95 without its last space: it fits in 95.
    expect(lines('aaaaa bbbb cc', 95).lines).toEqual(['aaaaa bbbb ', 'cc']);
    expect(lines('aaaaa bbbbb cc', 95).lines).toEqual(['aaaaa ', 'bbbbb cc']);
  });

  it('clamps to the last allowed line with an ellipsis, cutting characters only where it would not fit', () => {
    const { lines: text, layout } = lines('aaa bbb ccc ddd eee fff', 75, 2);
    expect(text).toEqual(['aaa bbb ', 'ccc ddd…']);
    expect(layout.height).toBe(48);
    // The last word keeps the characters after which the ellipsis still fits: "ccc " (35) + "ddd" (30) + "…" (8) = 73.
    expect(lines('aaa bbb ccc dddd eee', 75, 2).lines).toEqual(['aaa bbb ', 'ccc ddd…']);
  });

  it('keeps text that fits unclamped, and a single line at fractional positions', () => {
    const fractional: TextMetrics = { width: (text) => text.length * 10.25, baseline: () => 16 };
    const layout = layOutTextBox('ab cd', box(200), fractional)!;
    expect(layout.runs.map((run) => [run.text, run.left])).toEqual([
      ['ab ', 0],
      ['cd', 30.75],
    ]);
    const two = layOutTextBox('ab cd ef', box(60), fractional)!;
    // With more than one line satori puts each run at a whole pixel: "cd " starts at 30.75.
    expect(two.runs.map((run) => [run.text, run.left])).toEqual([
      ['ab ', 0],
      ['cd ', 31],
      ['ef', 0],
    ]);
  });

  it('does not break at a no-break space, and collapses white space as CSS does', () => {
    expect(lines('aaa\u00a0bbb ccc', 75).lines).toEqual(['aaa\u00a0bbb ', 'ccc']);
    expect(collapseWhiteSpace('  two\n\tlines  ')).toBe('two lines');
  });
});
