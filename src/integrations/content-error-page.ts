/** The page `astro dev` serves while the content has errors: the checker's own lines, nothing else. */
import { formatProblem, type Problem } from '../lib/check/problem.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function contentErrorPage(errors: readonly Problem[]): string {
  const n = `${errors.length} content problem${errors.length === 1 ? '' : 's'}`;
  const items = errors.map((p) => `<li><code>${escape(formatProblem(p))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${n}</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem">
<h1>${n}</h1>
<p>The site is not rendered until the content is fixed. Save the fix and reload this page.</p>
<ul style="padding-left: 1.2rem">
${items}
</ul>
</body>
</html>
`;
}
