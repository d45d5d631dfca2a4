/**
 * JSON as the text of a `<script type="application/json">` or
 * `application/ld+json` element. `<` is escaped so no value can close the
 * element ("</script>") or open a comment ("<!--"); `>` and `&` too, and the
 * two line separators older script parsers rejected. All are JSON string
 * escapes, so the data parses back unchanged.
 */
export function jsonInScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
