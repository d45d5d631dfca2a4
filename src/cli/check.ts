/**
 * `npm run check`: runs the content checker over `content/` and prints
 * every problem, one per line, without building the site.
 *
 *   node src/cli/check.ts [--format text|github] [--strict] [--root <dir>] [--today YYYY-MM-DD]
 *
 * --format github  prints GitHub Actions annotations instead of plain lines
 * --strict         warnings fail the run too
 * --root <dir>     the project folder holding `content/` (default: the current folder)
 * --today <date>   the date "in the future" is measured from (default: today)
 *
 * Exit status: 0 when the content is fine, 1 when there are errors (or, with
 * --strict, warnings), 2 when the command itself was used wrongly.
 *
 * Runs on Node's built-in type stripping, so this file and everything it
 * imports must stay erasable TypeScript (no enums, no parameter properties).
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/check/check-content.ts';
import { formatGithub, formatProblem, sortProblems } from '../lib/check/problem.ts';
import { readContentFiles } from '../tooling/read-content.ts';
import { contentDir as contentDirOf, contentLabel } from '../config/content-dir.ts';

const USAGE = 'usage: node src/cli/check.ts [--format text|github] [--strict] [--root <dir>] [--today YYYY-MM-DD]';

function fail(message: string): never {
  process.stderr.write(`check: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        strict: { type: 'boolean', default: false },
        root: { type: 'string', default: '.' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.format !== 'text' && args.format !== 'github') fail(`unknown format "${args.format}"; use "text" or "github"`);
  if (args.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.today)) fail(`--today expects a date written YYYY-MM-DD, not "${args.today}"`);

  const root = resolve(args.root);
  const contentDir = contentDirOf(root);
  const label = contentLabel(contentDir, root);
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) fail(`no ${label}/ folder in ${root}; start an empty site with npm run new -- site, or point EXPLAINER_CONTENT at your content folder`);

  const files = readContentFiles(contentDir, root);
  const problems = sortProblems(checkContent(files, { contentDir: label, ...(args.today ? { today: args.today } : {}) }));
  const format = args.format === 'github' ? formatGithub : formatProblem;
  for (const problem of problems) process.stdout.write(`${format(problem)}\n`);

  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const failed = errors > 0 || (args.strict && warnings > 0);
  if (problems.length === 0) {
    process.stdout.write(`Content OK: ${plural(files.length, 'file')} checked, no problems.\n`);
  } else {
    const affected = new Set(problems.map((p) => p.file)).size;
    const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(affected, 'file')} (${plural(files.length, 'file')} checked)`;
    const verdict = errors > 0 ? '' : failed ? '; --strict: warnings fail the check' : '';
    process.stdout.write(`${failed ? summary : `Content OK: ${summary}`}${verdict}.\n`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
