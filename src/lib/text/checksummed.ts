/**
 * Text for a cache file that must load whole or not at all: its sha256 on
 * the first line, then the payload. A file cut short, edited, or of another
 * shape reads as nothing, never as something half right.
 */
import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** `payload` with its digest in front. */
export function withChecksum(payload: string): string {
  return `${sha256(payload)}\n${payload}`;
}

/** The payload of a text written by `withChecksum`, or undefined when the digest does not match it. */
export function checkedPayload(text: string): string | undefined {
  const newline = text.indexOf('\n');
  if (newline !== 64) return undefined;
  const payload = text.slice(newline + 1);
  return sha256(payload) === text.slice(0, newline) ? payload : undefined;
}
