/**
 * Which version of the original a translation was made from: the first 12 hex
 * digits of a sha256, of the original file's bytes (stories, sections,
 * entries) or of a list item's JSON (events.yaml, claims.yaml items: the
 * item as YAML 1.2 parses it, keys in file order, so reformatting the YAML
 * or changing another item does not count as a change). `npm run new -- translation` writes it; the checker compares it.
 */
import { createHash } from 'node:crypto';

export const DIGEST_LENGTH = 12;

export function textDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, DIGEST_LENGTH);
}

export function itemDigest(item: unknown): string {
  return textDigest(JSON.stringify(item));
}
