/** Every built page is valid HTML by html-validate's recommended rules (`.htmlvalidate.json`). */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity', () => {
  it('reports 0 errors on every built page', async () => {
    const errors: string[] = [];
    for (const path of builtPages()) {
      const file = path.endsWith('.html') ? join(DIST, path) : join(DIST, path, 'index.html');
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
