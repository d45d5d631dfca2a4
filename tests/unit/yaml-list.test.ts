/**
 * List files (sources.yaml, events.yaml, claims.yaml): an empty file or one
 * with only comments is an empty list, for Astro's loader and the checker
 * alike; anything else that is not a list says exactly what to write.
 */
import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../../src/lib/text/yaml-list.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { emptySiteFiles } from '../../src/tooling/scaffold.ts';

const EMPTY = ['', '\n', '# Every source the site cites.\n# None yet.\n', '[]\n', '---\n'];

describe('the loader parser', () => {
  it.each(EMPTY)('reads %j as an empty list', (text) => {
    expect(parseYamlList(text, 'content/sources.yaml', 'sources')).toEqual([]);
  });

  it('reads the items of a list', () => {
    expect(parseYamlList('- id: a\n  title: A\n- id: b\n', 'content/sources.yaml', 'sources')).toEqual([{ id: 'a', title: 'A' }, { id: 'b' }]);
  });

  it('fails a mapping with the file, the field and what to write', () => {
    expect(() => parseYamlList('id: a\ntitle: A\n', 'content/sources.yaml', 'sources')).toThrow(
      'content/sources.yaml:1:1  sources  expected a list of items, found a mapping of "key: value" lines  (start each item on its own line with "- id: ", e.g. "- id: my-source", and indent its fields under it; for no items, leave the file empty (comments are fine) or write [])',
    );
  });

  it('fails a single value', () => {
    expect(() => parseYamlList('none\n', 'site/events.yaml', 'events')).toThrow(/^site\/events\.yaml:1:1 {2}events {2}expected a list of items, found a single value \("none"\)/);
  });
});

describe('the checker', () => {

  it.each(EMPTY)('accepts %j as an empty list in every list file', (text) => {
    const site = { path: 'content/site.yaml', text: emptySiteFiles()['site.yaml']! };
    const problems = checkContent(
      [site, ...['sources', 'events', 'claims'].map((name) => ({ path: `content/${name}.yaml`, text }))],
      { contentDir: 'content' },
    );
    expect(problems).toEqual([]);
  });

  it('reports a mapping at line 1 with what to write', () => {
    const files = [{ path: 'content/site.yaml', text: emptySiteFiles()['site.yaml']! }, { path: 'content/sources.yaml', text: '' }, { path: 'content/events.yaml', text: '' }, { path: 'content/claims.yaml', text: 'claim: something\n' }];
    const [problem, ...rest] = checkContent(files, { contentDir: 'content' });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/claims.yaml', line: 1, column: 1, field: 'claims', severity: 'error', message: 'expected a list of items, found a mapping of "key: value" lines' });
    expect(problem!.fix).toContain('"- id: my-claim"');
    expect(problem!.fix).toContain('leave the file empty (comments are fine) or write []');
  });

  it('accepts the empty lists `npm run new -- site` writes', () => {
    const files = Object.entries(emptySiteFiles('Test site')).map(([path, text]) => ({ path: `content/${path}`, text }));
    expect(checkContent(files, { contentDir: 'content' })).toEqual([]);
  });
});
