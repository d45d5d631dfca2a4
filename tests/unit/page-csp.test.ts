import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineCode, trimPageCsp } from '../../src/lib/html/page-csp.ts';

const digest = (algorithm: string, text: string) => createHash(algorithm).update(text, 'utf8').digest('base64');
const h = (text: string, algorithm = 'sha256') => `'${algorithm}-${digest(algorithm, text)}'`;

const THEME = 'try{document.documentElement.dataset.theme="dark"}catch(e){}';
const TOGGLE = 'customElements.define("x-y",class extends HTMLElement{})';
const OTHER_PAGE = 'console.log("search page only")';
const STYLE = '.box{margin:0}';
const OTHER_STYLE = '.az{display:flex}';

const page = (csp: string, body: string) => `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${csp}"><script>${THEME}</script></head><body>${body}</body></html>`;

describe('trimPageCsp', () => {
  const csp = `script-src 'self' ${h(THEME)} ${h(TOGGLE)} ${h(OTHER_PAGE)} ${h('bundled()')}; style-src 'self' ${h(STYLE)} ${h(OTHER_STYLE)};`;
  const html = page(csp, `<style>${STYLE}</style><script type="module">${TOGGLE}</script><script type="module" src="/_astro/a.js"></script><script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>`);

  it("keeps 'self' and exactly the hashes of the page's own inline scripts and styles", () => {
    const out = trimPageCsp(html, digest);
    expect(out).toContain(`content="script-src 'self' ${h(THEME)} ${h(TOGGLE)}; style-src 'self' ${h(STYLE)};"`);
    // Everything else in the page is untouched.
    expect(out.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  it('never adds a hash Astro did not write, and keeps other directives and sha384 hashes that match', () => {
    const out = trimPageCsp(page(`default-src 'none'; script-src 'self' ${h(THEME, 'sha384')} ${h(OTHER_PAGE)}; img-src 'self' data:`, `<script>${TOGGLE}</script>`), digest);
    expect(out).toContain(`content="default-src 'none'; script-src 'self' ${h(THEME, 'sha384')}; img-src 'self' data:;"`);
  });

  it('leaves a page without the meta tag alone, and is idempotent', () => {
    expect(trimPageCsp('<p>no policy</p>', digest)).toBe('<p>no policy</p>');
    const once = trimPageCsp(html, digest);
    expect(trimPageCsp(once, digest)).toBe(once);
  });
});

describe('inlineCode', () => {
  it('counts only scripts a browser runs (no src, a JavaScript or module type) and every inline style', () => {
    const code = inlineCode('<script>a()</script><script type="text/javascript">b()</script><script type=module>c()</script><script type="module" src="x.js"></script><script type="application/json">[]</script><script type="text/plain">d</script><style media="print">p{}</style>');
    expect(code.scripts).toEqual(['a()', 'b()', 'c()']);
    expect(code.styles).toEqual(['p{}']);
  });
});
