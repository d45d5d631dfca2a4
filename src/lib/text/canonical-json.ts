/**
 * One text per value, whatever order its keys were built in: the input of
 * incremental-build cache keys. Object keys are sorted, Maps and Sets become
 * arrays, `undefined` and functions are left out (as JSON.stringify does),
 * so two page-data objects that render the same page give the same text.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value, new WeakSet()));
}

function normalise(value: unknown, seen: WeakSet<object>): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof URL) return value.href;
  if (seen.has(value)) throw new TypeError('canonicalJson: a value refers to itself, so it has no JSON form');
  seen.add(value);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((v) => normalise(v, seen) ?? null);
  else if (value instanceof Map) out = { $map: [...value].map(([k, v]) => [normalise(k, seen), normalise(v, seen)]) };
  else if (value instanceof Set) out = { $set: [...value].map((v) => normalise(v, seen)) };
  else {
    const record: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = normalise((value as Record<string, unknown>)[key], seen);
      if (v !== undefined) record[key] = v;
    }
    out = record;
  }
  // Shared sub-objects (one source cited twice) are fine; only cycles are not.
  seen.delete(value);
  return out;
}
