/** Reads public/_headers (Netlify / Cloudflare Pages format): path patterns, each with its headers. */
import { readFileSync } from 'node:fs';

export type HeaderRules = Map<string, Map<string, string>>;

export function readHeadersFile(path = 'public/_headers'): HeaderRules {
  const rules: HeaderRules = new Map();
  let current: Map<string, string> | undefined;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers: a header line outside a path block or without a colon: ${line}`);
    current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

/** The headers a host would send for `path`: every rule whose pattern matches, in file order. */
export function headersFor(rules: HeaderRules, path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [pattern, headers] of rules) {
    const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (re.test(path)) for (const [k, v] of headers) out.set(k, v);
  }
  return out;
}
