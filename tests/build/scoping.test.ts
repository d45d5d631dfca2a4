/**
 * Story scoping in the built site: the fixture tests/fixtures/sites/scoping/
 * has two stories that share a country (Norland), an organisation (the Treaty
 * Council) and a source (the council's communique), plus a weapon, places,
 * people and sources that only one story uses. Each story's blocks must show
 * exactly what belongs to it (src/lib/story/scope.ts; the comments in the
 * fixture's events.yaml and claims.yaml say which rule places each item),
 * blocks switched off must be absent, and entry pages must group
 * "Mentioned in" by story. Built once, into a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from './temp-project.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { readContentFiles } from '../../src/tooling/read-content.ts';
import { writeCase } from '../fixtures/check/fixture.ts';

const REPO = resolve(import.meta.dirname, '../..');
const SITE = 'tests/fixtures/sites/scoping';
const TEST = { id: 'eastfield-test', title: 'The Arrow-7 test at Eastfield', href: '/stories/eastfield-test/' };
const TALKS = { id: 'arms-talks', title: 'The arms talks in Lakeport', href: '/stories/arms-talks/' };

const out = mkdtempSync(join(tmpdir(), 'explainer-scoping-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function astroBuild(content: string, outDir: string) {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...childEnv(), EXPLAINER_CONTENT: content },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

beforeAll(() => {
  const { status, output } = astroBuild(SITE, out);
  expect(status, output).toBe(0);
}, 200_000);

const read = (path: string) => readFileSync(join(out, path), 'utf8');
const html = (path: string) => parse(read(`${path}index.html`));
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
const block = (page: HTMLElement, id: string) => page.querySelector(`section[aria-labelledby="${id}"]`);
const ids = (el: HTMLElement | null, selector: string, prefix: string) => (el?.querySelectorAll(selector) ?? []).map((li) => li.id.replace(prefix, '')).sort();

const yaml = <T>(file: string) => YAML.parse(readFileSync(join(REPO, SITE, file), 'utf8')) as T;
const events = yaml<Array<{ id: string; title: string }>>('events.yaml');
const claims = yaml<Array<{ id: string; claim: string }>>('claims.yaml');

/** What each story must show, and nothing else. */
const EXPECTED = {
  [TEST.id]: {
    claims: ['council-urges-talks', 'holt-test-success', 'norland-denies-test'],
    events: ['arrow-test-flight', 'council-condemns-test', 'draft-text-circulated', 'talks-second-round'],
    weapons: ['Arrow-7'],
    places: ['Eastfield', 'Norland'],
    // What its sections cite, plus the sources of the blocks it shows: the chart's figures (arrow-fact-sheet), the map's
    // coordinates (example-atlas) and the event it shares with arms-talks by an explicit list (talks-minutes).
    sources: ['arrow-fact-sheet', 'council-communique', 'example-atlas', 'gazette-test-report', 'talks-minutes'],
    more: ['#claims', '#reported-ranges', '#where-it-happened', '#timeline', '#all-sources'],
  },
  [TALKS.id]: {
    // Its claims block is switched off (`claims: false`); the entry pages show which claims are its own.
    claims: [],
    events: ['delegates-arrive', 'draft-text-circulated', 'talks-open', 'talks-second-round'],
    // `rangeChart: true`, but it links no weapon: the block is left out.
    weapons: [],
    places: ['Lakeport', 'Norland'],
    // What its sections cite, plus the map's coordinates source; nothing of eastfield-test's own (gazette-test-report).
    sources: ['council-communique', 'example-atlas', 'lakeport-radio', 'talks-minutes'],
    more: ['#where-it-happened', '#timeline', '#all-sources'],
  },
};

describe.each([TEST, TALKS])('the story page of $id', (story) => {
  const expected = EXPECTED[story.id]!;
  const page = () => html(story.href);

  it('lists exactly its own claims, and no other claim appears anywhere on the page', () => {
    expect(ids(block(page(), 'claims'), 'li[id^="claim-"]', 'claim-')).toEqual(expected.claims);
    if (expected.claims.length === 0) expect(block(page(), 'claims')).toBeNull();
    const whole = read(`${story.href}index.html`);
    for (const c of claims.filter((c) => !expected.claims.includes(c.id))) expect(whole, c.id).not.toContain(c.claim.replace(/'/g, '&#39;'));
  });

  it('puts exactly its own events on its timeline, and no other event appears anywhere on the page', () => {
    expect(ids(block(page(), 'timeline'), 'li[id^="event-"]', 'event-')).toEqual(expected.events);
    const whole = text(page().querySelector('article'));
    for (const e of events.filter((e) => !expected.events.includes(e.id))) expect(whole, e.id).not.toContain(e.title);
  });

  it('charts only the weapons it links', () => {
    const chart = block(page(), 'reported-ranges');
    if (expected.weapons.length === 0) {
      expect(chart).toBeNull();
      expect(read(`${story.href}index.html`)).not.toMatch(/Arrow-7|Spear-2/);
      return;
    }
    expect(chart!.querySelectorAll('table tbody th').map(text)).toEqual(expected.weapons);
    const drawn = chart!.querySelectorAll('svg .rc-heading').map(text);
    expect(drawn).toEqual(expected.weapons);
    // Spear-2 has a range figure but no story links it.
    expect(read(`${story.href}index.html`)).not.toContain('Spear-2');
  });

  it('maps only the places it links, in map images of its own', () => {
    const map = block(page(), 'where-it-happened')!;
    expect(map.querySelectorAll('table tbody th a').map(text).sort()).toEqual(expected.places);
    const images = map.querySelectorAll('img.lm');
    expect(images.length).toBeGreaterThan(0);
    const labels = new Set<string>();
    for (const img of images) {
      expect(img.getAttribute('src')).toMatch(new RegExp(`^/maps/story-${story.id}/`));
      const svg = parse(read(img.getAttribute('src')!));
      for (const t of svg.querySelectorAll('.s text')) labels.add(text(t));
    }
    expect([...labels].sort()).toEqual(expected.places);
  });

  it('lists the sources it cites and those of the blocks it shows, nothing else', () => {
    expect(ids(block(page(), 'all-sources'), 'li[id^="source-"]', 'source-')).toEqual(expected.sources);
  });

  it('names in its table of contents only the blocks it shows', () => {
    expect(page().querySelectorAll('nav.toc ul a').map((a) => a.getAttribute('href'))).toEqual(expected.more);
    for (const href of expected.more) expect(page().querySelector(href), href).not.toBeNull();
  });
});

describe('entry pages', () => {
  it('group "Mentioned in" by story, each story’s mentions under its heading, then other background pages', () => {
    const mentions = html('/glossary/norland/').querySelector('section.mentions')!;
    const headings = mentions.querySelectorAll('h3');
    // Stories in home-page order (newest first), then pages outside any story.
    expect(headings.map(text)).toEqual([TALKS.title, TEST.title, 'Other background pages']);
    expect(headings[0]!.querySelector('a')!.getAttribute('href')).toBe(TALKS.href);
    expect(headings[1]!.querySelector('a')!.getAttribute('href')).toBe(TEST.href);
    const under = (h: HTMLElement) => h.nextElementSibling!.querySelectorAll('li > a').map((a) => a.getAttribute('href')!);
    expect(under(headings[0]!).length).toBeGreaterThan(0);
    expect(under(headings[0]!).every((href) => href.startsWith(`${TALKS.href}#`))).toBe(true);
    expect(under(headings[1]!).every((href) => href.startsWith(`${TEST.href}#`))).toBe(true);
    expect(under(headings[1]!).map((href) => href.split('#')[1])).toEqual(['lede-p1', 'the-launch-p1', 'the-reaction-p1']);
    expect(under(headings[2]!)).toEqual(['/glossary/eastfield/#about-p1']);
  });

  it('shows only the story headings of stories that mention the entry', () => {
    const mentions = html('/glossary/jon-avery/').querySelector('section.mentions')!;
    expect(mentions.querySelectorAll('h3').map(text)).toEqual([TALKS.title]);
  });

  const inStories = (page: HTMLElement, id: string) => page.querySelector(`#${id} .story-links`)?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];

  it('say which story each claim belongs to, including the claims of a story whose claims block is off', () => {
    expect(inStories(html('/glossary/treaty-council/'), 'claim-council-urges-talks')).toEqual([TALKS.href, TEST.href]);
    expect(inStories(html('/glossary/jon-avery/'), 'claim-avery-deal-close')).toEqual([TALKS.href]);
    // Norland's claims are made by its foreign ministry: a place cannot be a claimant (canClaim, src/kinds/).
    const ministry = html('/glossary/norland-foreign-ministry/');
    expect(inStories(ministry, 'claim-norland-denies-test')).toEqual([TEST.href]);
    // In no story: the claim is listed on its claimant's page without a story line.
    expect(ministry.querySelector('#claim-norland-promises-restraint')).not.toBeNull();
    expect(inStories(ministry, 'claim-norland-promises-restraint')).toEqual([]);
  });

  it('say which story each event belongs to', () => {
    const norland = html('/glossary/norland/');
    expect(inStories(norland, 'event-arrow-test-flight')).toEqual([TEST.href]);
    expect(inStories(norland, 'event-talks-second-round')).toEqual([TALKS.href, TEST.href]);
    expect(norland.querySelector('#event-council-founded')).not.toBeNull();
    expect(inStories(norland, 'event-council-founded')).toEqual([]);
  });
});

describe('the checker on the same site', () => {
  it('warns about exactly the items in no story and the block switched on with nothing to show', () => {
    const files = readContentFiles(join(REPO, SITE), REPO);
    const problems = checkContent(files, { contentDir: SITE }).filter((p) => p.field !== 'file');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => `${p.file.split('/').pop()} ${p.field}`).sort()).toEqual([
      'arms-talks.md blocks.rangeChart',
      'claims.yaml norland-promises-restraint.stories',
      'events.yaml council-founded.stories',
    ]);
    // The items it warns about are on neither story page.
    for (const story of [TEST, TALKS]) {
      expect(EXPECTED[story.id]!.claims).not.toContain('norland-promises-restraint');
      expect(EXPECTED[story.id]!.events).not.toContain('council-founded');
    }
  });
});

describe('a dangling story id', () => {
  it('fails the build naming the file, line, column and field, with a suggestion, and publishes nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'explainer-unknown-story-'));
    try {
      writeCase('unknown-story', root);
      const { status, output } = astroBuild(join(root, 'content'), join(root, 'dist'));
      expect(status, output).not.toBe(0);
      expect(output).toMatch(/events\.yaml:5:13 +bridge-approved\.stories\.0 +"river-bridges" names no entry in \S*content\/stories\/ +\(did you mean "river-bridge"\?\)/);
      expect(output).toContain('nothing was published');
      expect(() => readFileSync(join(root, 'dist', 'index.html'))).toThrow();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 200_000);
});
