import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/lib/text/canonical-json.ts';

describe('canonicalJson', () => {
  it('gives one text whatever order the keys were built in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe(canonicalJson({ a: { c: 'x', d: [1, 2] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('tells apart values that differ anywhere, including array order', () => {
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: { b: 'x' } })).not.toBe(canonicalJson({ a: { b: 'y' } }));
  });

  it('leaves out functions and undefined, as JSON does, and keeps Maps, Sets and Dates', () => {
    expect(canonicalJson({ a: 1, f: () => 1, u: undefined })).toBe('{"a":1}');
    expect(canonicalJson({ m: new Map([['k', 1]]), s: new Set(['x']), d: new Date('2024-01-02T00:00:00Z') })).toBe(
      '{"d":"2024-01-02T00:00:00.000Z","m":{"$map":[["k",1]]},"s":{"$set":["x"]}}',
    );
    expect(canonicalJson(new Map([['k', 1]]))).not.toBe(canonicalJson(new Map([['k', 2]])));
  });

  it('accepts a shared sub-object but refuses a cycle', () => {
    const shared = { id: 'src' };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"id":"src"},"b":[{"id":"src"}]}');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow(/refers to itself/);
  });
});
