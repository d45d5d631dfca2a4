/** Helpers for tests that read the built site in dist/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The built site; SITE_DIST points the tests at a private build (e.g. `astro build --outDir /tmp/x`). */
export const DIST = process.env.SITE_DIST ? resolve(process.env.SITE_DIST) : join(process.cwd(), 'dist');

/** Every HTML file in dist/, as site paths ("/glossary/kn-23/"). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(`/${relative(DIST, path).replace(/index\.html$/, '').replace(/\\/g, '/')}`);
    }
  };
  walk(DIST);
  return pages.sort();
}

/** The HTML of a built page, by site path. */
export function page(path: string): string {
  const file = path.endsWith('.html') ? path : `${path.replace(/\/?$/, '/')}index.html`;
  return readFileSync(join(DIST, file), 'utf8');
}
