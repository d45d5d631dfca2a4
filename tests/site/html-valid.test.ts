/** Every built page of every fixture site is valid HTML by html-validate's recommended rules (`.htmlvalidate.json`). */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ALL_SITES, site } from './dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(ALL_SITES)('HTML validity (%s site)', (name) => {
  it('reports 0 errors on every built page', async () => {
    const built = site(name);
    const errors: string[] = [];
    for (const path of built.pages()) {
      const file = path.endsWith('.html') ? join(built.dist, path) : join(built.dist, path, 'index.html');
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
