/**
 * Trims each rendered page's Content-Security-Policy meta tag to that page's
 * own inline hashes (src/lib/html/page-csp.ts says why) as the page is
 * rendered, so the page Astro writes, and the copy its incremental build
 * keeps, are already final: no pass over every file of the output after the
 * build, and a page restored or kept from the previous build needs nothing
 * done to it. Responses other than HTML pass through untouched, and so does
 * HTML without the tag (`astro dev` writes none).
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'astro';
import { trimPageCsp } from '../lib/html/page-csp.ts';

const digest = (algorithm: string, text: string) => createHash(algorithm).update(text, 'utf8').digest('base64');

export const pageCsp: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(trimPageCsp(html, digest), { status: response.status, statusText: response.statusText, headers: response.headers });
};
