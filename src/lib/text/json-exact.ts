/**
 * Whether a value survives a trip through JSON unchanged, for caches kept on
 * disk as JSON: what does not (a Date, NaN, an undefined field, -0) is
 * better computed again than restored as something else.
 */

/** True when JSON.parse(JSON.stringify(value)) is the same value: plain objects and arrays, strings, finite numbers, booleans, null. */
export function jsonExact(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !jsonExact(value[i])) return false;
    return true;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) if (key === '__proto__' || !jsonExact((value as Record<string, unknown>)[key])) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
}
