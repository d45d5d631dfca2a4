/**
 * What a browser downloads for the first view of a built page: the HTML and
 * every stylesheet, script, image and font it references, raw and compressed.
 * Byte sizes are deterministic, so the same numbers feed the benchmark table
 * and the budget tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export type AssetKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';

export interface Asset {
  kind: AssetKind;
  /** Site path, or `inline` for code inside the HTML (counted in the HTML's bytes too). */
  url: string;
  raw: number;
  gzip: number;
  brotli: number;
  /** True for a script that blocks parsing (classic script without defer/async). */
  blocking?: boolean;
}

export interface PageWeight {
  page: string;
  assets: Asset[];
  /** Resources the page would fetch from another origin. */
  crossOrigin: string[];
  /** Per kind; `js` includes the inline scripts (they count against the script budget), which `html` holds too. */
  totals: Record<AssetKind, { raw: number; gzip: number; brotli: number }>;
  /**
   * What the first view transfers, images excluded: the HTML (inline scripts
   * and styles included, once) plus every stylesheet, script, font and other
   * file it loads. Summing `totals` would count the inline scripts twice.
   */
  transfer: { raw: number; gzip: number; brotli: number };
  requests: number;
}

const sizes = (bytes: Buffer) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const kindOf = (url: string): AssetKind =>
  /\.css(\?|$)/.test(url) ? 'css' : /\.m?js(\?|$)/.test(url) ? 'js' : /\.(png|jpe?g|gif|webp|avif|svg|ico)(\?|$)/.test(url) ? 'image' : /\.(woff2?|ttf|otf)(\?|$)/.test(url) ? 'font' : 'other';

/**
 * The specifiers a built ES module imports statically (`import … from "x"`, `import "x"`, `export … from "x"`).
 * `import("x")` is left out: Vite emits it for chunks that load on demand.
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'`])([^"'`\n]+)\1/g)) found.push(m[2]!);
  return found;
}

/** `page` is a site path like `/stories/x/`; `dist` the built site. */
export function pageWeight(dist: string, page: string): PageWeight {
  const file = page.endsWith('.html') ? join(dist, page) : join(dist, page, 'index.html');
  const htmlBytes = readFileSync(file);
  const doc = parse(htmlBytes.toString('utf8'));
  const assets: Asset[] = [{ kind: 'html', url: page, ...sizes(htmlBytes) }];
  const crossOrigin: string[] = [];
  const seen = new Set<string>();
  const add = (url: string | undefined, kind?: AssetKind, blocking = false) => {
    if (!url || url.startsWith('data:') || seen.has(url)) return;
    seen.add(url);
    if (/^(https?:)?\/\//.test(url)) {
      crossOrigin.push(url);
      return;
    }
    const path = join(dist, decodeURIComponent(new URL(url, `http://site${page}`).pathname));
    if (!existsSync(path)) return;
    const bytes = readFileSync(path);
    const assetKind = kind ?? kindOf(url);
    assets.push({ kind: assetKind, url, ...sizes(bytes), ...(assetKind === 'js' ? { blocking } : {}) });
    // A module's static imports load with it; dynamic `import()` chunks load later, on demand, so they are not counted.
    if (assetKind === 'js') {
      for (const specifier of staticImports(bytes.toString('utf8'))) if (/^\.{0,2}\//.test(specifier)) add(new URL(specifier, `http://site${new URL(url, `http://site${page}`).pathname}`).pathname, 'js', false);
    }
    // Fonts and images referenced from CSS are part of the first view too.
    if (assetKind === 'css') {
      for (const m of bytes.toString('utf8').matchAll(/url\(["']?([^"')]+)["']?\)/g)) add(new URL(m[1]!, `http://site${url}`).pathname);
    }
  };
  for (const link of doc.querySelectorAll('link[rel~="stylesheet"], link[rel="modulepreload"], link[rel="preload"]')) add(link.getAttribute('href'));
  for (const script of doc.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    const src = script.getAttribute('src');
    const isModule = type === 'module';
    const blocking = !isModule && !script.hasAttribute('defer') && !script.hasAttribute('async') && script.closest('head') !== null;
    if (src) add(src, 'js', blocking);
    else if (type === '' || type === 'module' || type === 'text/javascript') {
      const bytes = Buffer.from(script.innerHTML);
      // Inline code is already in the HTML's bytes; listed to show what JavaScript the page runs.
      // An inline script costs no request; it only blocks for its own (tiny) run time, so it is not "render-blocking".
      assets.push({ kind: 'js', url: 'inline', ...sizes(bytes), blocking: false });
      if (isModule) for (const specifier of staticImports(script.innerHTML)) if (/^\.{0,2}\//.test(specifier)) add(specifier, 'js', false);
    }
  }
  for (const img of doc.querySelectorAll('img[src], source[srcset]')) add(img.getAttribute('src') ?? img.getAttribute('srcset')?.split(/\s/)[0]);
  for (const icon of doc.querySelectorAll('link[rel~="icon"]')) add(icon.getAttribute('href'), 'image');

  const totals = Object.fromEntries(
    (['html', 'css', 'js', 'image', 'font', 'other'] as const).map((kind) => [kind, { raw: 0, gzip: 0, brotli: 0 }]),
  ) as PageWeight['totals'];
  for (const asset of assets) {
    if (asset.url === 'inline') continue;
    totals[asset.kind].raw += asset.raw;
    totals[asset.kind].gzip += asset.gzip;
    totals[asset.kind].brotli += asset.brotli;
  }
  // JavaScript inline in the HTML still counts against the script budget.
  for (const asset of assets.filter((a) => a.url === 'inline')) {
    totals.js.raw += asset.raw;
    totals.js.gzip += asset.gzip;
    totals.js.brotli += asset.brotli;
  }
  const transfer = { raw: 0, gzip: 0, brotli: 0 };
  for (const asset of assets) {
    if (asset.url === 'inline' || asset.kind === 'image') continue;
    transfer.raw += asset.raw;
    transfer.gzip += asset.gzip;
    transfer.brotli += asset.brotli;
  }
  return { page, assets, crossOrigin, totals, transfer, requests: assets.filter((a) => a.url !== 'inline').length };
}

/** The path prefixes of the built editions: `''` for the root one, then `/<code>` for each language folder with pages of its own (not `og/`, `maps/`). */
export function editionPrefixes(dist: string): string[] {
  const others = readdirSync(dist, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(dist, d.name, 'index.html')) && existsSync(join(dist, d.name, 'stories')));
  return ['', ...others.map((d) => `/${d.name}`)];
}

/** The built story pages ("/stories/<id>/"), from the site's own folders. */
export function storyPages(dist: string): string[] {
  const dir = join(dist, 'stories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => `/stories/${d.name}/`)
    .sort();
}

/** The built glossary entry pages ("/glossary/<id>/"). */
function entryPages(dist: string): string[] {
  const dir = join(dist, 'glossary');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => `/glossary/${d.name}/`)
    .sort();
}

const htmlOf = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/**
 * The page types the benchmark and budgets cover, with one representative
 * each, found in the built site (any content, no ids known in advance): the
 * heaviest story page, the first entry described as a Person, the first
 * entry that draws a range chart. A type the site has no page for is left out.
 */
export function pageTypes(dist: string): Record<string, string> {
  const heaviest = (paths: string[]) => paths.map((p) => ({ p, size: statSync(join(dist, p, 'index.html')).size })).sort((a, b) => b.size - a.size)[0]?.p;
  const entries = entryPages(dist);
  const person = entries.find((p) => /"@type":"Person"/.test(htmlOf(dist, p)));
  const weapon = entries.find((p) => /aria-labelledby="reported-ranges"/.test(htmlOf(dist, p)));
  const story = heaviest(storyPages(dist));
  const types: Record<string, string | undefined> = {
    home: '/',
    story,
    'glossary index': '/glossary/',
    person,
    weapon,
    search: '/search/',
    'not found (404)': '/404.html',
  };
  return Object.fromEntries(Object.entries(types).filter((e): e is [string, string] => e[1] !== undefined));
}
