/**
 * Which version of the original a translation was made from: the first 12 hex
 * digits of a sha256, of the original file's bytes (stories, sections,
 * entries) or of a list item's canonical JSON (events.yaml, claims.yaml items:
 * keys sorted, so reordering or reformatting the YAML does not count as a
 * change). `npm run new -- translation` writes it; the checker compares it.
 */
import { createHash } from 'node:crypto';

export const DIGEST_LENGTH = 12;

export function textDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, DIGEST_LENGTH);
}

/** JSON with object keys in sorted order at every level. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function itemDigest(item: unknown): string {
  return textDigest(canonicalJson(item));
}
