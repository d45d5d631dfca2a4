/** Paths on a site served under a base path (`/` or e.g. `/explainers/`). Pure. */

/** `path` (starting with "/") under `base`. Anything else (a full address, a `#fragment`) is left alone. */
export function withBase(path: string, base: string): string {
  const prefix = base.replace(/\/?$/, '/');
  if (prefix === '/' || !path.startsWith('/')) return path;
  return `${prefix}${path.slice(1)}`;
}

/** `path` without the base, to compare it with configured links such as `/glossary/`. */
export function withoutBase(path: string, base: string): string {
  const prefix = base.replace(/\/?$/, '/');
  if (prefix === '/' || !path.startsWith(prefix)) return path;
  return `/${path.slice(prefix.length)}`;
}
