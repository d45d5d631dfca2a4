/** robots.txt, generated so the sitemap address follows site.yaml's `url` and `base` (or SITE_URL) on every deployment. */
import type { APIRoute } from 'astro';
import { assetPath } from '../config/site.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(assetPath('/sitemap-index.xml'), site ?? 'http://localhost:4321/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
