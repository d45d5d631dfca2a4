/**
 * Astro integration that runs the content checker before anything is
 * built, so a broken reference or a bad date stops `astro build` with the
 * checker's messages instead of publishing a half-broken site.
 *
 * A refused build prints the problems and a one-line summary and exits 1:
 * no "unhandled error", no stack trace (content problems are not crashes).
 * A genuine internal error prints one line too; DEBUG=1 shows its stack.
 *
 * In dev the checker runs again after every change under content/; while
 * there are errors every page answers with the checker's messages (the same
 * text as in the terminal) instead of rendering half-valid data, and the
 * site comes back by itself once the content is fixed.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { CheckMemo, checkContent, type ContentFile } from '../lib/check/check-content.ts';
import { formatProblem, sortProblems, type Problem } from '../lib/check/problem.ts';
import { ContentFileCache, readContentFiles } from '../tooling/read-content.ts';
import { loadCheckMemo, saveCheckMemo } from '../tooling/check-cache.ts';
import { contentErrorPage } from './content-error-page.ts';

export interface ContentGuardOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
}

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/** The checker's memo in Astro's cache folder (which CI keeps between builds). */
export const CHECK_CACHE_FILE = 'explainer-check.json';

/** Folders the loaders and the linker read: missing means unreadable, never "empty". */
const REQUIRED_FOLDERS = ['stories', 'sections', 'glossary'];

/** In `astro dev`: the files as last read and the checker's per-file work, so a check after one edit redoes that file's share. */
export interface Rechecking {
  files: ContentFileCache;
  memo: CheckMemo;
  /** The last check's problems, for a check that finds every file and folder as it was (a watcher's second event for one save). */
  last?: { folders: string; problems: Problem[] };
}

/**
 * Runs the checker over the content folder; unreadable folders are reported as problems too.
 * `cacheFile` (builds): where the per-file work is kept from one build to the next (src/tooling/check-cache.ts).
 */
export function runChecker(contentDir: string, root: string, rechecking?: Rechecking, cacheFile?: string): Problem[] {
  // Relative to the root as the file paths are, even outside it (../x/content): the checker matches the two.
  const shown = relative(root, contentDir).split(sep).join('/') || 'content';
  const missing: Problem[] = [];
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    return [{ file: shown, line: 1, column: 1, field: 'folder', message: `the content folder ${shown}/ cannot be read (it does not exist)`, fix: 'create it, or point the build at the right folder', severity: 'error' }];
  }
  for (const folder of REQUIRED_FOLDERS) {
    if (!existsSync(join(contentDir, folder))) {
      missing.push({ file: `${shown}/${folder}`, line: 1, column: 1, field: 'folder', message: `the folder ${shown}/${folder}/ is missing`, fix: `create it (add a .gitkeep file if it has no ${folder} yet)`, severity: 'error' });
    }
  }
  let files: ContentFile[];
  try {
    if (rechecking) {
      const read = rechecking.files.read();
      if (!read.changed && rechecking.last?.folders === missing.map(formatProblem).join('\n')) return rechecking.last.problems;
      files = read.files;
    } else files = readContentFiles(contentDir, root);
  } catch (error) {
    rechecking?.files.rescan();
    const e = error as NodeJS.ErrnoException;
    const path = e.path ? relative(root, e.path).split(sep).join('/') : shown;
    return [...missing, { file: path, line: 1, column: 1, field: 'file', message: `cannot be read (${e.code ?? e.message})`, fix: 'check the file permissions, or remove the file', severity: 'error' }];
  }
  const memo = rechecking ? rechecking.memo : cacheFile ? loadCheckMemo(cacheFile, shown) : undefined;
  const problems = sortProblems([...missing, ...checkContent(files, { contentDir: shown, wholeTree: true, ...(memo ? { memo } : {}) })]);
  if (cacheFile && memo) saveCheckMemo(cacheFile, memo);
  if (rechecking) rechecking.last = { folders: missing.map(formatProblem).join('\n'), problems };
  return problems;
}

/** The refused build's report: one line per problem, then a one-line summary. */
export function refusalReport(errors: readonly Problem[]): string {
  const n = `${errors.length} content problem${errors.length === 1 ? '' : 's'}`;
  return `${errors.map(formatProblem).join('\n')}\nBuild refused: ${n}. Fix ${errors.length === 1 ? 'it' : 'them'} and run the build again; nothing was published.`;
}

function internalError(error: unknown, logger: AstroIntegrationLogger, exit: boolean): void {
  if (process.env.DEBUG) throw error;
  const line = `internal error in the content checker: ${(error as Error).message ?? String(error)} (run with DEBUG=1 for the stack trace)`;
  if (!exit) {
    logger.error(line);
    return;
  }
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

export default function contentGuard(options: ContentGuardOptions): AstroIntegration {
  let root = process.cwd();
  let errors: Problem[] = [];
  let dirty = false;
  let logger: AstroIntegrationLogger | undefined;
  // Dev only: the files and the memo kept in the process. A build keeps its memo on disk instead.
  let rechecking: Rechecking | undefined;

  const recheck = () => {
    dirty = false;
    const before = errors.map(formatProblem).join('\n');
    try {
      const problems = runChecker(options.contentDir, root, rechecking);
      errors = problems.filter((p) => p.severity === 'error');
    } catch (error) {
      internalError(error, logger!, false);
      return;
    }
    const after = errors.map(formatProblem).join('\n');
    if (after === before) return;
    if (errors.length > 0) logger?.error(`${errors.length} content problem${errors.length === 1 ? '' : 's'}:\n${after}\nPages show these problems until they are fixed.`);
    else logger?.info('Content problems fixed: pages render again.');
  };

  return {
    name: 'explainer:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger: log }) => {
        logger = log;
        root = fileURLToPath(config.root);
        if (command === 'dev') rechecking = { files: new ContentFileCache(resolve(options.contentDir), root), memo: new CheckMemo() };
        let problems: Problem[];
        try {
          problems = runChecker(options.contentDir, root, rechecking, command === 'build' ? join(fileURLToPath(config.cacheDir), CHECK_CACHE_FILE) : undefined);
        } catch (error) {
          internalError(error, log, command !== 'dev');
          return;
        }
        for (const warning of problems.filter((p) => p.severity === 'warning')) log.warn(formatProblem(warning));
        errors = problems.filter((p) => p.severity === 'error');
        if (errors.length === 0) return;
        if (command === 'dev') {
          log.error(`${errors.length} content problem${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}\nPages show these problems until they are fixed.`);
          return;
        }
        // A content problem is the editor's to fix, not a crash: no "unhandled error", no stack trace.
        process.stderr.write(`${refusalReport(errors)}\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server }) => {
        const contentDir = resolve(options.contentDir);
        server.watcher.add(contentDir);
        server.watcher.on('all', (event, path) => {
          if (resolve(path) !== contentDir && !resolve(path).startsWith(contentDir + sep)) return;
          // A folder added or removed: its files may not each get an event.
          if (event === 'add' || event === 'change' || event === 'unlink') rechecking?.files.fileChanged(resolve(path));
          else rechecking?.files.rescan();
          dirty = true;
          // Check soon after the change (for the terminal); a request before then checks first.
          setTimeout(() => dirty && recheck(), 50);
        });
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '/').split('?')[0]!;
          // Only pages: Vite's client, modules and assets pass through.
          if (req.method !== 'GET' || path.startsWith('/@') || path.startsWith('/_') || path.startsWith('/node_modules/') || /\.(?!html$)[a-z0-9]+$/i.test(path)) return next();
          // While broken, every page request reads and checks again: a missed watcher event must not keep the error page up.
          if (errors.length > 0) rechecking?.files.rescan();
          if (dirty || errors.length > 0) recheck();
          if (errors.length === 0) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(contentErrorPage(errors));
        });
      },
    },
  };
}
