/**
 * Astro integration that runs the content checker before anything is
 * built, so a broken reference or a bad date stops `astro build` with the
 * checker's messages instead of publishing a half-broken site. In dev it
 * reports the same problems without stopping the server.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/check/check-content.ts';
import { formatProblem, sortProblems } from '../lib/check/problem.ts';
import { readContentFiles } from '../tooling/read-content.ts';

export interface ContentGuardOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
}

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

export default function contentGuard(options: ContentGuardOptions): AstroIntegration {
  return {
    name: 'explainer:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        const files = readContentFiles(options.contentDir, root);
        const problems = sortProblems(
          checkContent(files, { contentDir: relative(root, options.contentDir).split('\\').join('/') || 'content' }),
        );
        const errors = problems.filter((p) => p.severity === 'error');
        for (const warning of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
        if (errors.length === 0) return;
        const report = `${errors.length} content problem${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}`;
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        throw new ContentCheckError(`${report}\nFix these and run the build again; nothing was published.`);
      },
    },
  };
}
