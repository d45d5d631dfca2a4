/** One thing wrong with the content, located precisely enough to fix without searching. */
export interface Problem {
  /** Path from the project root, e.g. `content/glossary/kn-23.md`. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the line. */
  column: number;
  /** The field at fault, dotted (`facts.ranges.0.km`), or `body` for the Markdown text. */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** Errors fail the build; warnings are printed (and fail only with `--strict`). */
  severity: 'error' | 'warning';
}

/** `path:line:column  field  message  (fix)`: one line per problem, clickable in editors and terminals. */
export function formatProblem(p: Problem): string {
  const tag = p.severity === 'warning' ? 'warning: ' : '';
  return `${p.file}:${p.line}:${p.column}  ${p.field}  ${tag}${p.message}  (${p.fix})`;
}

/** A GitHub Actions workflow command, so the problem shows on the changed line of a pull request. */
export function formatGithub(p: Problem): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${p.severity} file=${prop(p.file)},line=${p.line},col=${p.column},title=${prop(p.field)}::${escape(`${p.message} (${p.fix})`)}`;
}

/** Orders problems by file, then position, so output reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) =>
    a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || a.column - b.column,
  );
}
