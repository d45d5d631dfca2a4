/**
 * Trims a page's Content-Security-Policy meta tag to the hashes that page
 * needs. Astro's `security.csp` writes the same policy into every page: the
 * hashes of every script and style it knows of anywhere in the site (bundled
 * module scripts, which `'self'` already allows, among them). Each hash is 54
 * bytes that do not compress, paid on every page: on a story page, about a
 * third of a kilobyte of its byte budget.
 *
 * A hash stays when an inline `<script>` (one the browser runs: no `src`,
 * a JavaScript or module type) or an inline `<style>` of this page has that
 * digest. Nothing is added: a page whose inline code Astro did not hash keeps
 * being blocked, as before. Pure: the caller hashes (`digest`).
 */

/** `<meta http-equiv="content-security-policy" content="…">` as Astro writes it. */
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;

/** Script types a browser executes (HTML's "JavaScript MIME type essence match", and modules). */
function runs(attributes: string): boolean {
  if (/\ssrc\s*=/i.test(attributes)) return false;
  const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/** The inline code of a page the policy must allow, by directive. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(INLINE_SCRIPT)].filter((m) => runs(m[1] ?? '')).map((m) => m[2] ?? '');
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => m[1] ?? '');
  return { scripts, styles };
}

/**
 * The page with its policy's `script-src` and `style-src` hashes cut to the
 * ones its own inline code matches. `digest(algorithm, text)` returns the
 * base64 digest (algorithm 'sha256' | 'sha384' | 'sha512'). A page without
 * the meta tag comes back unchanged.
 */
export function trimPageCsp(html: string, digest: (algorithm: string, text: string) => string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const code = inlineCode(html);
  const needed = new Map<string, Set<string>>();
  const neededFor = (directive: 'script-src' | 'style-src', algorithm: string) => {
    const key = `${directive} ${algorithm}`;
    let set = needed.get(key);
    if (!set) {
      set = new Set((directive === 'script-src' ? code.scripts : code.styles).map((text) => digest(`sha${algorithm}`, text)));
      needed.set(key, set);
    }
    return set;
  };
  const policy = (meta[1] ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [directive, ...tokens] = part.split(/\s+/);
      if (directive !== 'script-src' && directive !== 'style-src') return part;
      const kept = tokens.filter((token) => {
        const hash = HASH.exec(token);
        if (!hash) return true;
        return neededFor(directive, hash[1]!).has(token.slice(`'sha${hash[1]}-`.length, -1));
      });
      return [directive, ...kept].join(' ');
    })
    .join('; ');
  return html.replace(CSP_META, () => `<meta http-equiv="content-security-policy" content="${policy};">`);
}
