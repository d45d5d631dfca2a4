import { describe, expect, it } from 'vitest';
import { compactPath } from '../../src/lib/visuals/svg-path.ts';

/** Absolute points of a compacted path, for comparison with the original. */
function points(d: string): Array<[number, number] | 'z'> {
  const out: Array<[number, number] | 'z'> = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command!.toLowerCase() === 'z') {
      out.push('z');
      continue;
    }
    const n = (args!.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    for (let i = 0; i < n.length; i += 2) {
      [x, y] = command === 'M' || command === 'L' ? [n[i]!, n[i + 1]!] : [x + n[i]!, y + n[i + 1]!];
      out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    }
  }
  return out;
}

describe('compactPath', () => {
  it('writes segments relative to the previous point and keeps every point', () => {
    const d = 'M10,310L12.5,300L12.5,290Z M0,0L310,0L310,340L0,340Z';
    expect(compactPath(d, 1)).toBe('M10 310l2.5-10 0-10zM0 0l310 0 0 340-310 0z');
    expect(points(compactPath(d, 1))).toEqual(points(d));
  });

  it('keeps whole numbers whole: 310 stays 310, 100 stays 100', () => {
    expect(compactPath('M310,100L320,100', 0)).toBe('M310 100l10 0');
  });

  it('rounds without drift and drops segments that round to nothing', () => {
    const d = 'M0,0L0.4,0.4L0.8,0.8L1.2,1.2L10.4,10.4';
    expect(compactPath(d, 0)).toBe('M0 0l1 1 9 9');
  });

  it('refuses commands it does not understand', () => {
    expect(() => compactPath('M0,0A1,1,0,1,1,0,2', 0)).toThrow(/absolute M, L and Z/);
  });
});
