/**
 * The content checker against the fixtures in tests/fixtures/check/: a valid
 * base tree, and one case per rule with exactly one mistake laid over it.
 * Each test names the file, line, column and field the editor must go to.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem, sortProblems, type Problem } from '../../src/lib/check/problem.ts';
import { readContentFiles } from '../../src/tooling/read-content.ts';
import { parseYaml } from '../../src/lib/check/yaml-document.ts';
import { findFigures, secondaryPublisher, uncitedFigures, weakUrlReason } from '../../src/lib/check/editorial.ts';
import { remark } from 'remark';
import type { Root } from 'mdast';
import { caseFiles, caseNames, REPO_ROOT } from '../fixtures/check/fixture.ts';

/** Every fixture is checked as of this day, so "in the future" does not drift. */
const TODAY = '2025-01-01';

const tested = new Set<string>();

function check(name: string): Problem[] {
  tested.add(name);
  return sortProblems(checkContent(caseFiles(name), { today: TODAY }));
}

/** The single problem a one-mistake case must produce. */
function only(name: string): Problem {
  const problems = check(name);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0]!;
}

describe('the valid base', () => {
  it('has no problems at all, not even warnings', () => {
    expect(check('base').map(formatProblem)).toEqual([]);
  });
});

describe('YAML syntax', () => {
  it('reports front matter that does not parse at its line in the file', () => {
    const p = only('yaml-syntax');
    expect(p).toMatchObject({ file: 'content/glossary/millbrook.md', line: 4, column: 8, field: 'YAML', severity: 'error' });
    expect(p.message).toContain('does not parse');
    expect(p.fix).toContain('quote text that contains ": "');
  });

  it('points an unclosed "[" in a list file at the bracket, not the next line, and checks no references into it', () => {
    // Every event is unreadable, yet nothing that cites events is reported as dangling.
    const p = only('yaml-syntax-list');
    expect(p).toMatchObject({ file: 'content/events.yaml', line: 4, column: 12, field: 'YAML', severity: 'error' });
    expect(p.message).toBe('the YAML does not parse: the "[" here is never closed with "]"');
    expect(p.fix).toContain('add "]"');
  });

  it('tells a list that runs onto an unindented line from one never closed', () => {
    const yaml = parseYaml('a: [x,\ny]\nb: 1\n', 1);
    expect(yaml.errors[0]).toMatchObject({ line: 2, column: 4 });
    expect(yaml.errors[0]!.message).toContain('not indented');
  });
});

describe('schema', () => {
  it('reports an unknown field at its key and suggests the real one', () => {
    const p = only('unknown-field');
    expect(p).toMatchObject({ file: 'content/glossary/arch-bridge.md', line: 4, column: 1, field: 'aliasses', severity: 'error' });
    expect(p.message).toBe('unknown field "aliasses"');
    expect(p.fix).toBe('did you mean "aliases"?');
  });

  it('reports a missing required field by name', () => {
    const p = only('missing-field');
    // Nothing to point at: the start of the front matter.
    expect(p).toMatchObject({ file: 'content/glossary/town-council.md', line: 2, column: 1, field: 'short', severity: 'error' });
    expect(p.message).toBe('required field "short" is missing');
    expect(p.fix).toContain('add "short:"');
  });

  it('reports a value of the wrong type at the value, saying what to write', () => {
    const p = only('wrong-type');
    expect(p).toMatchObject({ file: 'content/glossary/arch-bridge.md', line: 8, column: 11, field: 'autolink', severity: 'error' });
    expect(p.message).toBe('expected true or false, found string "sometimes"');
    expect(p.fix).toContain('true or false');
  });

  it('rejects a date that is not on the calendar', () => {
    const p = only('bad-date');
    expect(p).toMatchObject({ file: 'content/stories/river-bridge.md', line: 4, column: 12, field: 'published', severity: 'error' });
    expect(p.message).toContain('2022-13-01');
    expect(p.fix).toContain('YYYY-MM-DD');
  });

  it('rejects a short definition over 280 characters, with the length', () => {
    const p = only('long-short');
    expect(p).toMatchObject({ file: 'content/glossary/millbrook.md', line: 4, column: 8, field: 'short', severity: 'error' });
    expect(p.message).toBe('"short" is 293 characters; the limit is 280');
    expect(p.fix).toContain('move detail into the body');
  });

  it('rejects an inline citation of an unknown source, with a suggestion', () => {
    const p = only('unknown-citation');
    expect(p).toMatchObject({ file: 'content/sections/river-bridge/01-the-plan.md', line: 10, column: 26, field: 'body', severity: 'error' });
    expect(p.message).toBe('the citation "source:council-minutes-2002" names no source in content/sources.yaml');
    expect(p.fix).toBe('did you mean "source:council-minutes-2020"?');
  });

  it('rejects a TODO placeholder left in a field', () => {
    const p = only('todo-placeholder');
    expect(p).toMatchObject({ file: 'content/glossary/millbrook.md', line: 4, column: 8, field: 'short', severity: 'error' });
    expect(p.message).toBe('"short" still contains a TODO placeholder');
  });

  it('rejects a section that cites no source, using the schema\'s own advice', () => {
    const p = only('empty-sources');
    expect(p).toMatchObject({ file: 'content/sections/river-bridge/01-the-plan.md', line: 4, column: 10, field: 'sources', severity: 'error' });
    expect(p.message).toBe('"sources" needs at least 1 item');
    expect(p.fix).toBe('cite at least one source id from content/sources.yaml');
  });

  it('rejects an http: source address, and does not then call every citation of that source dangling', () => {
    const p = only('http-source');
    expect(p).toMatchObject({ file: 'content/sources.yaml', line: 11, column: 8, field: 'gazette-opening-2022.url', severity: 'error' });
    expect(p.message).toContain('http://');
    expect(p.fix).toContain('https://');
  });

  it("rejects a source language written as a name instead of a code", () => {
    const p = only('source-bad-lang');
    expect(p).toMatchObject({ file: 'content/sources.yaml', line: 20, field: 'atlas-millbrook.lang', severity: 'error' });
    expect(`${p.message} ${p.fix}`).toContain('expected a language code such as uk, de or pt-BR');
  });
});

describe('dates', () => {
  it('reports an event dated after today', () => {
    const p = only('future-event');
    expect(p).toMatchObject({ file: 'content/events.yaml', line: 8, column: 9, field: 'bridge-opened.date', severity: 'error' });
    expect(p.message).toBe('2031-06-01 is in the future');
  });

  it('measures "the future" from the given day', () => {
    const problems = checkContent(caseFiles('future-event'), { today: '2031-06-01' });
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('references', () => {
  it('reports a related entry that does not exist, with a did-you-mean', () => {
    const p = only('unknown-related');
    expect(p).toMatchObject({ file: 'content/glossary/arch-bridge.md', line: 6, column: 11, field: 'related.0', severity: 'error' });
    expect(p.message).toBe('"millbrok" names no entry in content/glossary/');
    expect(p.fix).toBe('did you mean "millbrook"?');
  });

  it('reports a section citing an unknown source', () => {
    const p = only('unknown-source');
    expect(p).toMatchObject({ file: 'content/sections/river-bridge/01-the-plan.md', line: 4, column: 11, field: 'sources.0', severity: 'error' });
    expect(p.message).toBe('"council-minutes-2021" names no entry in content/sources.yaml');
    expect(p.fix).toBe('did you mean "council-minutes-2020"?');
  });

  it('reports a claim whose claimant is unknown', () => {
    const p = only('unknown-claimant');
    expect(p).toMatchObject({ file: 'content/claims.yaml', line: 3, column: 13, field: 'cheapest-design.claimant', severity: 'error' });
    expect(p.message).toContain('"town-counsel" names no entry');
    expect(p.fix).toBe('did you mean "town-council"?');
  });

  it('rejects a claimant whose kind cannot make claims (canClaim in src/kinds/)', () => {
    const p = only('claimant-kind');
    expect(p).toMatchObject({ file: 'content/claims.yaml', line: 3, column: 13, field: 'cheapest-design.claimant', severity: 'error' });
    expect(p.message).toBe('"millbrook" is a place entry, and a place cannot make a claim');
    expect(p.fix).toBe("name the glossary entry of whoever made the claim; kinds that can: person, organization (a kind's module in src/kinds/ says so with canClaim)");
  });

  it('accepts month- and year-precision claim dates, as for events, and refuses an impossible month', () => {
    const withDates = (date: string, step: string) =>
      caseFiles('base').map((f) =>
        f.path === 'content/claims.yaml'
          ? { ...f, text: f.text.replace('date: 2020-03-10', `date: ${date}`) + `  history:\n    - date: ${step}\n      status: unverified\n      note: The minutes were not yet public.\n      sources: [council-minutes-2020]\n` }
          : f,
      );
    expect(checkContent(withDates('2020-03', '2020'), { today: TODAY }).map(formatProblem)).toEqual([]);
    expect(checkContent(withDates('2020-13', '2020-02'), { today: TODAY }).map(formatProblem)).toEqual([
      'content/claims.yaml:4:9  cheapest-design.date  "date": "2020-13" is not valid here  (expected a real date written YYYY-MM-DD, YYYY-MM (month known) or YYYY (year known))',
    ]);
  });

  it("reports an event's unknown entry at the item in the list", () => {
    const p = only('unknown-event-entry');
    expect(p).toMatchObject({ file: 'content/events.yaml', line: 4, column: 27, field: 'bridge-approved.entries.1', severity: 'error' });
    expect(p.message).toContain('"milbrook" names no entry');
    expect(p.fix).toBe('did you mean "millbrook"?');
  });

  it("reports an event's unknown story at the item in the list", () => {
    const p = only('unknown-story');
    expect(p).toMatchObject({ file: 'content/events.yaml', line: 5, column: 13, field: 'bridge-approved.stories.0', severity: 'error' });
    expect(p.message).toBe('"river-bridges" names no entry in content/stories/');
    expect(p.fix).toBe('did you mean "river-bridge"?');
  });

  it('warns about an event that no story cites or links, at its id', () => {
    const p = only('event-in-no-story');
    expect(p).toMatchObject({ file: 'content/events.yaml', line: 13, column: 7, field: 'atlas-survey.stories', severity: 'warning' });
    expect(p.message).toContain('"atlas-survey" appears in no story');
    expect(p.fix).toContain('stories: [<story id>]');
  });

  it('warns about a story block switched on with nothing to show, at the setting', () => {
    const p = only('empty-forced-block');
    expect(p).toMatchObject({ file: 'content/stories/river-bridge.md', line: 12, column: 15, field: 'blocks.rangeChart', severity: 'warning' });
    expect(p.message).toContain('the rangeChart block is switched on, but nothing in this story belongs in it');
    expect(p.fix).toContain('link a weapon entry');
  });

  it('reports a forced link to an unknown entry at the link, counting the front matter lines', () => {
    const p = only('unknown-forced-link');
    expect(p).toMatchObject({ file: 'content/sections/river-bridge/02-the-opening.md', line: 6, column: 5, field: 'body', severity: 'error' });
    expect(p.message).toBe('the link "glossary:arch-brige" names no glossary entry');
    expect(p.fix).toBe('did you mean "glossary:arch-bridge"?');
  });

  it('does not report references to an entry that exists but is itself invalid', () => {
    // missing-field breaks town-council.md, which claims.yaml and events.yaml point at.
    expect(check('missing-field').map((p) => p.file)).toEqual(['content/glossary/town-council.md']);
  });
});

describe('ids, aliases and sections', () => {
  it('refuses an .mdx file, and reports two glossary files with the same id (x.md and x.mdx)', () => {
    const [mdx, duplicate, ...rest] = check('duplicate-glossary-id');
    expect(rest.map(formatProblem)).toEqual([]);
    expect(mdx).toMatchObject({ file: 'content/glossary/millbrook.mdx', line: 1, column: 1, field: 'file name', severity: 'error' });
    expect(mdx!.message).toBe('MDX files are not accepted: MDX can run code when the site is built');
    expect(mdx!.fix).toBe('rename it to millbrook.md and write plain Markdown (no import, export, {…} or components)');
    expect(duplicate).toMatchObject({ file: 'content/glossary/millbrook.mdx', line: 1, column: 1, field: 'file name', severity: 'error' });
    expect(duplicate!.message).toBe('the glossary id "millbrook" is already used by content/glossary/millbrook.md');
    expect(duplicate!.fix).toContain('rename one of the two files');
  });

  it('refuses an .mdx section holding export and {expressions}, naming the file', () => {
    const problems = check('mdx-expressions').filter((p) => p.severity === 'error');
    expect(problems.map(formatProblem)).toEqual([
      'content/sections/river-bridge/03-mdx.mdx:1:1  file name  MDX files are not accepted: MDX can run code when the site is built  (rename it to 03-mdx.md and write plain Markdown (no import, export, {…} or components))',
    ]);
  });

  it('reports an alias claimed by two entries in both files', () => {
    const problems = check('duplicate-alias');
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/glossary/millbrook.md', line: 4, column: 11, field: 'aliases.0', severity: 'error', message: 'the alias "council" is also claimed by content/glossary/town-council.md' }),
      expect.objectContaining({ file: 'content/glossary/town-council.md', line: 4, column: 11, field: 'aliases.0', severity: 'error', message: 'the alias "council" is also claimed by content/glossary/millbrook.md' }),
    ]);
    expect(problems[0]!.fix).toContain('keep it in one entry only');
  });

  it('reports a section folder that names no story, with a did-you-mean', () => {
    const p = only('section-folder-no-story');
    expect(p).toMatchObject({ file: 'content/sections/river-bridges/01-later.md', line: 1, column: 1, field: 'folder', severity: 'error' });
    expect(p.message).toBe('the folder "sections/river-bridges/" names no story in content/stories/');
    expect(p.fix).toContain('did you mean "river-bridge"?');
  });

  it('reports two sections with the same position', () => {
    const p = only('duplicate-position');
    expect(p).toMatchObject({ file: 'content/sections/river-bridge/02-two-years-on.md', line: 1, column: 1, field: 'file name', severity: 'error' });
    expect(p.message).toBe('position 2 is already taken by content/sections/river-bridge/02-the-opening.md');
    expect(p.fix).toContain('renumber');
  });
});

describe('Markdown bodies', () => {
  const unsafe = (name: string) => {
    const p = only(name);
    expect(p).toMatchObject({ file: 'content/sections/river-bridge/02-the-opening.md', line: 8, field: 'body', severity: 'error' });
    return p;
  };

  it('rejects <script>, once for the element and not again for </script>', () => {
    const p = unsafe('unsafe-script');
    expect(p.column).toBe(1);
    expect(p.message).toBe('raw HTML "<script>" is not allowed');
  });

  it('rejects <iframe>', () => {
    const p = unsafe('unsafe-iframe');
    expect(p.column).toBe(1);
    expect(p.message).toBe('raw HTML "<iframe src="https://video.example.org/…" is not allowed');
    expect(p.fix).toContain('frames');
  });

  it('rejects an onclick= attribute at the attribute', () => {
    const p = unsafe('unsafe-onclick');
    expect(p.column).toBe(14);
    expect(p.message).toBe('the HTML attribute onclick in "<span onclick="cheer()">" runs script');
  });

  it('rejects a javascript: link at the link', () => {
    const p = unsafe('unsafe-javascript-link');
    expect(p.column).toBe(5);
    expect(p.message).toBe('the address "javascript:alert(1)" can run code');
    expect(p.fix).toContain('https://');
  });

  it('rejects a raw <div> outside the allow-list', () => {
    const p = unsafe('unsafe-div');
    expect(p.column).toBe(1);
    expect(p.message).toBe('raw HTML "<div class="note">" is outside the allowed list');
    expect(p.fix).toContain('use Markdown instead');
  });

  it('rejects an empty section body, at the line after the front matter', () => {
    const p = only('empty-body');
    expect(p).toMatchObject({ file: 'content/sections/river-bridge/02-the-opening.md', line: 6, column: 1, field: 'body', severity: 'error' });
    expect(p.message).toBe('the body is empty');
  });

  it('rejects a heading that skips a level', () => {
    const p = only('heading-skip');
    expect(p).toMatchObject({ file: 'content/sections/river-bridge/01-the-plan.md', line: 8, column: 1, field: 'body', severity: 'error' });
    expect(p.message).toBe('a level-4 heading (####) follows level 2');
    expect(p.fix).toBe('use ### so heading levels do not skip');
  });
});

describe('warnings', () => {
  it('warns about a source nobody cites', () => {
    const p = only('unused-source');
    expect(p).toMatchObject({ file: 'content/sources.yaml', line: 21, column: 7, field: 'spare-report.id', severity: 'warning' });
    expect(p.message).toBe('the source "spare-report" is not cited anywhere');
  });

  it('warns about a glossary entry nobody mentions', () => {
    const p = only('unmentioned-glossary');
    expect(p).toMatchObject({ file: 'content/glossary/weir.md', line: 3, column: 7, field: 'name', severity: 'warning' });
    expect(p.message).toBe('"weir" is not mentioned in any story, section or other entry');
  });
});

describe('list files', () => {
  it('reports a list file written as a mapping, saying exactly what to write', () => {
    const p = only('list-not-a-list');
    expect(p).toMatchObject({ file: 'content/events.yaml', line: 1, column: 1, field: 'events', severity: 'error' });
    expect(p.message).toBe('expected a list of items, found a mapping of "key: value" lines');
    expect(p.fix).toBe('start each item on its own line with "- id: ", e.g. "- id: my-event", and indent its fields under it; for no items, leave the file empty (comments are fine) or write []');
  });
});

describe('a site whose stories were deleted', () => {
  // The base with its story and sections removed, as an editor starting over would leave it.
  const leftovers = () => caseFiles('base').filter((f) => !f.path.startsWith('content/stories/') && !f.path.startsWith('content/sections/'));

  it('warns once about each entry left over, naming it, instead of failing', () => {
    const problems = sortProblems(checkContent(leftovers(), { today: TODAY }));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/glossary/arch-bridge.md', 'name'],
      ['content/glossary/millbrook.md', 'name'],
      ['content/glossary/town-council.md', 'name'],
    ]);
    expect(problems[1]!.message).toBe('"Millbrook" is not mentioned in any story: there are no stories yet');
    expect(problems[1]!.fix).toBe('keep it for a story you are writing (npm run new -- story "<Title>"), or delete content/glossary/millbrook.md');
  });

  it('warns about entries that only other leftover entries mention, when other stories remain', () => {
    const other = [
      { path: 'content/stories/other-story.md', text: '---\ntitle: Another story entirely\ndek: A story that mentions none of the entries at all.\npublished: 2024-01-05\nupdated: 2024-01-05\nstatus: settled\nkeyPoints: [First key point here., Second key point here., Third key point here.]\nsummary: A summary of another story that mentions none of the glossary entries.\n---\nThe lede.\n' },
      { path: 'content/sections/other-story/01-only.md', text: '---\ntitle: Only section\nsummary: A section about something else.\nsources: [council-minutes-2020]\n---\nNothing here is in the glossary.\n' },
    ];
    const problems = checkContent([...leftovers(), ...other], { today: TODAY });
    const millbrook = problems.find((p) => p.file === 'content/glossary/millbrook.md')!;
    expect(millbrook).toMatchObject({ severity: 'warning', field: 'name', message: '"Millbrook" is not reached from any story: only entries that no story leads to mention it' });
  });

  it('reports an event that still names the deleted story, with how to fix it', () => {
    const files = leftovers().map((f) => (f.path === 'content/events.yaml' ? { ...f, text: f.text.replace('  entries: [town-council, millbrook]', '  entries: [town-council, millbrook]\n  stories: [river-bridge]') } : f));
    const errors = checkContent(files, { today: TODAY }).filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.file, p.line, p.field, p.message, p.fix])).toEqual([
      ['content/events.yaml', 5, 'bridge-approved.stories.0', '"river-bridge" names no entry in content/stories/', 'create content/stories/river-bridge.md (npm run new -- story "<Title>" --id river-bridge), or remove or correct the id here'],
    ]);
  });
});

describe('site configuration (site.yaml) and dictionary overrides (i18n/<language>.yaml)', () => {
  it('rejects a colour that is not #rrggbb, at the value, with the form to write', () => {
    const p = only('site-bad-colour');
    expect(p).toMatchObject({ file: 'content/site.yaml', line: 5, column: 20, field: 'theme.light.accent', severity: 'error' });
    expect(p.message).toBe('"theme.light.accent": "#9c2f1" is not written in the expected form');
    expect(p.fix).toContain('"#9c2f12"');
  });

  it('rejects an address without https://', () => {
    const p = only('site-bad-url');
    expect(p).toMatchObject({ file: 'content/site.yaml', line: 3, column: 6, field: 'url', severity: 'error' });
    expect(p.message).toBe('"url": "millbrook.example.org" is not a full web address');
    expect(p.fix).toContain('https://');
  });

  it('requires the site name', () => {
    const p = only('site-missing-name');
    expect(p).toMatchObject({ file: 'content/site.yaml', line: 1, column: 1, field: 'name', severity: 'error' });
    expect(p.message).toBe('required field "name" is missing');
    expect(p.fix).toBe('add "name:" with text');
  });

  it('reports an unknown field at its key, with the field meant', () => {
    const p = only('site-unknown-field');
    expect(p).toMatchObject({ file: 'content/site.yaml', line: 2, column: 1, field: 'tagine', severity: 'error' });
    expect(p.message).toBe('unknown field "tagine"');
    expect(p.fix).toBe('did you mean "tagline"?');
  });

  it('reports a leadStory that names no story', () => {
    const p = only('site-unknown-lead-story');
    expect(p).toMatchObject({ file: 'content/site.yaml', line: 4, column: 12, field: 'leadStory', severity: 'error' });
    expect(p.message).toBe('"river-brige" names no story in content/stories/');
    expect(p.fix).toBe('did you mean "river-bridge"?');
  });

  it('reports an override of a message key the dictionary does not have', () => {
    const p = only('i18n-unknown-key');
    expect(p).toMatchObject({ file: 'content/i18n/en.yaml', line: 3, column: 1, field: 'nav.glosary', severity: 'error' });
    expect(p.message).toBe('unknown message key "nav.glosary"');
    expect(p.fix).toBe('did you mean "nav.glossary"?');
  });

  it('warns when there is no site.yaml at all, naming the file to create', () => {
    const problems = sortProblems(checkContent(caseFiles('base').filter((f) => f.path !== 'content/site.yaml'), { today: TODAY }));
    expect(problems.map((p) => [p.file, p.field, p.severity])).toEqual([['content/site.yaml', 'file', 'warning']]);
    expect(problems[0]!.fix).toContain('"name:" and "url:"');
  });
});

describe('editorial rules', () => {
  it('warns about a figure in a section paragraph that cites no source, at the figure', () => {
    // The heading "Day 1" and "resolution 12" are not figures; "400" is.
    const p = only('uncited-figure');
    expect(p).toMatchObject({ file: 'content/sections/river-bridge/02-the-opening.md', line: 10, column: 7, field: 'body', severity: 'warning' });
    expect(p.message).toBe('"400" states a figure or date, but its paragraph cites no source');
    expect(p.fix).toContain('[source](source:<id>)');
  });

  it('warns about a source address that looks cut short, at the address', () => {
    const p = only('truncated-url');
    expect(p).toMatchObject({ file: 'content/sources.yaml', line: 11, column: 8, field: 'gazette-opening-2022.url', severity: 'warning' });
    expect(p.message).toBe('the address ends in a hyphen or an ellipsis, as if cut short');
  });

  it('warns about an encyclopedia or aggregator named as publisher, suggesting a primary source', () => {
    const p = only('secondary-publisher');
    expect(p).toMatchObject({ file: 'content/sources.yaml', line: 17, column: 14, field: 'atlas-millbrook.publisher', severity: 'warning' });
    expect(p.message).toBe('"Wikipedia" is an encyclopedia or aggregator, not where the fact was first published');
    expect(p.fix).toContain('primary source');
  });

  it('tells figures and dates from designations and identifiers', () => {
    const figures = (text: string) => findFigures(text).map((f) => f.figure);
    expect(figures('The KN-23 flew 690 km on 25 July 2019.')).toEqual(['690', '25 July', '2019']);
    expect(figures('Resolutions 1874 and 2270 and the 1718 Committee; report A/HRC/25/63.')).toEqual([]);
    expect(figures('In March 2024, 13 members voted for it; 1,000 km is the ceiling.')).toEqual(['March 2024', '13', '1,000']);
    expect(figures('Hwasong-11 debris')).toEqual([]);
  });

  it('counts a citation anywhere in the paragraph, and checks each list item on its own', () => {
    const tree = remark().parse('A first figure, 12, and later [source](source:x).\n\n- On 6 January, fragments.\n- Cited 7. [source](source:y)\n');
    expect(uncitedFigures(tree as Root)).toEqual([{ line: 3, column: 6, figure: '6 January' }]);
  });

  it('flags date-folder and front-page addresses, and labelled copies on an aggregator', () => {
    expect(weakUrlReason('https://novaya.example.org/articles/2024/01/05/', 'news')).toContain('date folder');
    expect(weakUrlReason('https://news.example.org/', 'news')).toContain('front page');
    expect(weakUrlReason('https://www.geonames.example.org/', 'data')).toBeNull();
    expect(weakUrlReason('https://news.example.org/2024/01/05/story-title', 'news')).toBeNull();
    expect(secondaryPublisher('Reuters via MENAFN')).toBe('MENAFN');
    expect(secondaryPublisher('Reuters via The Nation Thailand')).toBeNull();
    expect(secondaryPublisher('Kidspedia Weekly', { secondaryPublishers: ['Wikipedia'] })).toBeNull();
  });
});

describe('the whole run', () => {
  it('reports every mistake at once: three mistakes, three errors', () => {
    const problems = check('three-mistakes');
    expect(problems.map((p) => [p.severity, p.file, p.line, p.field])).toEqual([
      ['error', 'content/claims.yaml', 3, 'cheapest-design.claimant'],
      ['error', 'content/glossary/arch-bridge.md', 4, 'aliasses'],
      ['error', 'content/stories/river-bridge.md', 4, 'published'],
    ]);
  });

  it('finds no errors in the real content/', () => {
    const files = readContentFiles(join(REPO_ROOT, 'content'), REPO_ROOT);
    expect(files.length).toBeGreaterThan(0);
    const errors = checkContent(files).filter((p) => p.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
  });
});

describe('translations (content/<lang>/)', () => {
  it('accepts a translation whose digest matches its original', () => {
    expect(check('translation-ok').map(formatProblem)).toEqual([]);
  });
  it('warns when the original changed since the translation, with the date and the refresh command', () => {
    const p = only('translation-stale');
    expect(p).toMatchObject({ file: 'content/uk/glossary/millbrook.md', line: 3, field: 'original', severity: 'warning' });
    expect(p.message).toBe('the original changed since this translation (translated 2024-12-01)');
    expect(p.fix).toBe('bring it in line with the original and run npm run new -- translation content/glossary/millbrook.md --refresh');
  });
  it('rejects a translation with no original, suggesting the original it was probably meant for', () => {
    const p = only('translation-orphan');
    expect(p).toMatchObject({ file: 'content/uk/glossary/milbrook.md', line: 1, severity: 'error' });
    expect(p.message).toBe('there is no original content/glossary/milbrook.md for this translation');
    expect(p.fix).toContain('content/uk/glossary/millbrook.md');
  });
  it('rejects a language folder that site.yaml does not list', () => {
    const p = only('translation-unknown-language');
    expect(p).toMatchObject({ file: 'content/de/glossary/millbrook.md', field: 'language', severity: 'error' });
    expect(p.fix).toContain('"languages" in content/site.yaml');
  });
  it('rejects a field still holding the TODO the scaffold wrote', () => {
    const p = only('translation-todo');
    expect(p).toMatchObject({ file: 'content/uk/glossary/millbrook.md', line: 5, field: 'short', severity: 'error' });
  });
  it('rejects translated facts that are not text, at their line, and keeps the text ones', () => {
    const p = only('translation-facts-not-text');
    expect(p).toMatchObject({ file: 'content/uk/glossary/millbrook.md', line: 8, field: 'facts.coordinates', severity: 'error' });
    expect(p.message).toBe('"coordinates" is not text: numbers, dates, choices and references are the original\'s, shared by every edition');
    expect(p.fix).toBe('delete "coordinates" here; change it in the original if it is wrong');
  });
  it("warns when a source's note changed since its translation in <lang>/sources.yaml", () => {
    const p = only('translation-source-stale');
    expect(p).toMatchObject({ file: 'content/uk/sources.yaml', line: 4, field: 'gazette-opening-2022.original', severity: 'warning' });
    expect(p.message).toBe('the original changed since this translation (translated 2024-12-01)');
    expect(p.fix).toBe('bring it in line with "gazette-opening-2022" in content/sources.yaml and run npm run new -- translation content/sources.yaml --lang uk --refresh');
  });
  it('rejects a translated note for a source that has no note', () => {
    const p = only('translation-source-no-note');
    expect(p).toMatchObject({ file: 'content/uk/sources.yaml', line: 4, field: 'council-minutes-2020.note', severity: 'error' });
    expect(p.message).toBe('"council-minutes-2020" in content/sources.yaml has no note to translate');
  });
});

// Runs last (tests run in order): a new case folder without a test above fails here.
it('has a test for every fixture case', () => {
  expect(caseNames().filter((name) => !tested.has(name))).toEqual([]);
});
