/**
 * The story page's journalism blocks in the built site: claims grouped by
 * status with text labels, the timeline, the range chart and the locator map
 * (each an SVG with a title, a description and a table of the same facts),
 * and the update log; plus the same blocks on glossary pages. Runs on the
 * tiny fixture site, whose one story uses every block; expectations are read
 * from the fixture's files, so a change to the fixture needs no test change.
 */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fixture, site, translator } from './dist.ts';
import { formatDate } from '../../src/lib/story/dates.ts';

const built = site('tiny');
const content = fixture('tiny');
const DIST = built.dist;
const page = (path: string) => built.html(path);
const STORY = `/stories/${content.stories[0]!.id}/`;

interface ClaimYaml {
  id: string;
  stories?: string[];
  claimant: string;
  status: string;
  date: string;
  asOf: string;
  sources: string[];
  history?: Array<{ date: string; status: string }>;
}
interface EventYaml {
  id: string;
  stories?: string[];
  date: string;
  title: string;
  entries?: string[];
}
/** Claims and events on this story's page: those naming it in `stories`, or naming no story (the tiny site has one story, so all of those). */
const onStory = (item: { stories?: string[] }) => !item.stories || item.stories.includes(content.stories[0]!.id);
const allClaims = content.claims as ClaimYaml[];
const allEvents = content.events as EventYaml[];
const claims = allClaims.filter(onStory);
const events = allEvents.filter(onStory);
const sources = new Map(content.sources.map((s) => [s.id, s]));
const glossary = content.glossary.map((g): Record<string, any> => ({ id: g.id, ...g.data }));
const story = content.stories[0]!.data as { updated: string; updates: Array<{ date: string; text: string; type?: string }> };
const weapons = glossary.filter((g) => g.kind === 'weapon');
const places = glossary.filter((g) => g.kind === 'place');
const ranges = weapons.flatMap((w) => (w.facts.ranges ?? []) as Array<{ km: number; kmLow?: number; basis: string; label: string }>);
const longestOfficial = ranges.filter((r) => r.basis === 'official').sort((a, b) => b.km - a.km)[0]!;

/** Interface text from the site's dictionary. */
const t = translator('tiny');
const UI = { chartTitle: t('range.heading'), noRange: (name: string) => t('range.noFigure', { name }), status: (label: string) => `${t('claims.statusPrefix')}${label}`.trim() };
const GROUP_OF: Record<string, string> = {
  confirmed: t('claims.group.known'),
  corroborated: t('claims.group.known'),
  alleged: t('claims.group.claimed'),
  unverified: t('claims.group.claimed'),
  disputed: t('claims.group.disputed'),
};
const LABEL: Record<string, string> = Object.fromEntries(
  (['confirmed', 'corroborated', 'alleged', 'unverified', 'disputed'] as const).map((status) => [status, t(`claims.status.${status}`)]),
);
const km = (n: number) => n.toLocaleString('en-GB');
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const html = page(STORY);
const section = (root: HTMLElement, headingId: string) => root.querySelector(`section[aria-labelledby="${headingId}"]`);
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

describe('claims and evidence on the story page', () => {
  const block = section(html, 'claims')!;

  it('comes right after the key points, with the three groups in order', () => {
    expect(block).not.toBeNull();
    const keyPoints = html.querySelector('.key-points')!;
    expect(keyPoints.nextElementSibling).toBe(block);
    const groups = block.querySelectorAll('h3').map((h) => text(h));
    const expected = [t('claims.group.known'), t('claims.group.claimed'), t('claims.group.disputed')].filter((g) => claims.some((c) => GROUP_OF[c.status] === g));
    expect(groups).toEqual(expected);
  });

  it('puts every claim in the group its status maps to, with its status as text', () => {
    for (const claim of claims) {
      const item = block.querySelector(`#claim-${claim.id}`);
      expect(item, claim.id).not.toBeNull();
      const group = item!.closest('section.claims-group')!;
      expect(text(group.querySelector('h3')), claim.id).toBe(GROUP_OF[claim.status]);
      const label = item!.querySelector('.claim-text .status')!;
      expect(text(label), claim.id).toBe(UI.status(LABEL[claim.status]!));
      expect(label.classList.contains(`status-${claim.status}`), claim.id).toBe(true);
    }
  });

  it('names the claimant with a link, the dates, the evidence and every source', () => {
    for (const claim of claims) {
      const item = block.querySelector(`#claim-${claim.id}`)!;
      const name = glossary.find((g) => g.id === claim.claimant)!.name as string;
      const claimant = item.querySelector(`.claim-meta a[href="/glossary/${claim.claimant}/"]`);
      expect(text(claimant), claim.id).toBe(name);
      const times = item.querySelectorAll('.claim-meta time').map((t) => t.getAttribute('datetime'));
      // "Status as of": once above the claims when they all share the date, else under each.
      const shared = new Set(claims.map((c) => String(c.asOf))).size === 1 && claims.length > 1;
      expect(times, claim.id).toEqual(shared ? [String(claim.date)] : [String(claim.date), String(claim.asOf)]);
      if (shared) expect(block.querySelectorAll('.claims-as-of time').map((t) => t.getAttribute('datetime'))).toEqual([String(claim.asOf)]);
      expect(text(item.querySelector('.claim-evidence')).length, claim.id).toBeGreaterThan(20);
      const links = item.querySelectorAll('.claim-sources a').map((a) => a.getAttribute('href'));
      // On the story page a source link points at its entry in "All sources", which links the source itself.
      for (const id of claim.sources) {
        expect(links, `${claim.id} cites ${id}`).toContain(`#source-${id}`);
        expect(html.querySelector(`#source-${id} a[href="${sources.get(id)!.url}"]`), `${claim.id}: ${id} in All sources`).not.toBeNull();
      }
    }
  });

  it('shows the status history as an ordered list of dated steps, oldest first', () => {
    for (const claim of claims) {
      const list = block.querySelector(`#claim-${claim.id} .claim-history ol`);
      if (!claim.history?.length) {
        expect(list, claim.id).toBeNull();
        continue;
      }
      const steps = list!.querySelectorAll('li');
      expect(steps.map((li) => li.querySelector('time')!.getAttribute('datetime')), claim.id).toEqual(claim.history.map((h) => String(h.date)).sort());
      for (const [i, step] of steps.entries()) expect(text(step.querySelector('.status')), claim.id).toBe(LABEL[claim.history[i]!.status]);
    }
  });
});

describe('the claimant’s glossary page', () => {
  it('lists the claims each person or organisation made, with their status', () => {
    for (const claimant of new Set(allClaims.map((c) => c.claimant))) {
      const entry = page(`/glossary/${claimant}/`);
      const list = section(entry, 'claims-made');
      expect(list, claimant).not.toBeNull();
      for (const claim of allClaims.filter((c) => c.claimant === claimant)) {
        expect(text(list!.querySelector(`#claim-${claim.id} .status`)), `${claimant} ${claim.id}`).toContain(LABEL[claim.status]);
      }
    }
  });

  it('has no claims section for an entry that made no claim', () => {
    const silent = glossary.find((g) => !allClaims.some((c) => c.claimant === g.id))!;
    expect(section(page(`/glossary/${silent.id}/`), 'claims-made')).toBeNull();
  });
});

describe('timeline', () => {
  const timeline = section(html, 'timeline')!;

  it('lists every event in an ordered list, oldest first, with a machine-readable date at the source’s precision', () => {
    const items = timeline.querySelectorAll('ol.timeline-list > li');
    expect(items.map((li) => li.id)).toEqual(
      [...events].sort((a, b) => cmp(String(a.date), String(b.date)) || cmp(a.id, b.id)).map((e) => `event-${e.id}`),
    );
    for (const event of events) {
      const time = timeline.querySelector(`#event-${event.id} time`)!;
      expect(time.getAttribute('datetime'), event.id).toBe(String(event.date));
      expect(text(time), event.id).toBe(formatDate(String(event.date), 'en-GB'));
    }
    const monthOnly = events.find((e) => String(e.date).length === 7);
    if (monthOnly) expect(text(timeline.querySelector(`#event-${monthOnly.id} time`))).toMatch(/^[A-Z][a-z]+ \d{4}$/);
  });

  it('links the glossary entries each event involves on the entries’ pages (the story text links them on the story page)', () => {
    for (const event of allEvents) {
      const [own, ...others] = event.entries ?? [];
      if (!own) continue;
      const timelineOf = section(page(`/glossary/${own}/`), 'timeline')!;
      const hrefs = timelineOf.querySelectorAll(`#event-${event.id} a`).map((a) => a.getAttribute('href'));
      for (const id of others) expect(hrefs, `${event.id} -> ${id}`).toContain(`/glossary/${id}/`);
    }
  });

  it('groups the years under headings, and reads as text without CSS', () => {
    const years = [...new Set(events.map((e) => String(e.date).slice(0, 4)))].sort();
    expect(timeline.querySelectorAll('h3').map((h) => text(h))).toEqual(years);
    const first = events.find((e) => String(e.date).length === 10)!;
    expect(text(timeline.querySelector(`#event-${first.id} .timeline-head`))).toBe(`${formatDate(String(first.date), 'en-GB')}: ${first.title}`);
  });

  it('appears on each entry’s page only when events involve it', () => {
    for (const g of glossary) {
      const mine = allEvents.filter((e) => (e.entries ?? []).includes(g.id));
      const own = section(page(`/glossary/${g.id}/`), 'timeline');
      if (mine.length === 0) {
        expect(own, g.id).toBeNull();
        continue;
      }
      expect(own!.querySelectorAll('li time').map((t) => t.getAttribute('datetime')).sort(), g.id).toEqual(mine.map((e) => String(e.date)).sort());
      // An entry's page does not link to itself.
      expect(own!.querySelectorAll(`a[href="/glossary/${g.id}/"]`), g.id).toHaveLength(0);
    }
  });
});

describe('range chart', () => {
  const block = section(html, 'reported-ranges')!;

  it('follows the sections, as an SVG image with a title, a description and a size', () => {
    expect(block).not.toBeNull();
    const sections = html.querySelectorAll('section.section');
    expect(sections.at(-1)!.nextElementSibling).toBe(block);
    const svg = block.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('width')).toMatch(/^\d+$/);
    expect(svg.getAttribute('height')).toMatch(/^\d+$/);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(text(svg.querySelector(`title#${titleId}`))).toContain(UI.chartTitle);
    for (const w of weapons.filter((w) => (w.facts.ranges ?? []).length > 0)) expect(text(svg.querySelector(`title#${titleId}`))).toContain(w.name);
    // The description says what the drawing is; the figures are read once, from the table (next test), not a third time.
    const desc = text(svg.querySelector(`desc#${descId}`));
    expect(desc).not.toBe('');
    for (const r of ranges) expect(desc, r.label).not.toContain(r.label);
  });

  it('draws and tabulates every reported range of every weapon, each with its source', () => {
    const svgText = block.querySelectorAll('svg text').map((t) => text(t));
    const rows = block.querySelectorAll('table tbody tr');
    expect(rows).toHaveLength(ranges.length);
    for (const r of ranges) {
      const figure = r.kmLow ? `${km(r.kmLow)}–${km(r.km)} km` : `${km(r.km)} km`;
      expect(svgText, figure).toContain(figure);
      const row = rows.find((tr) => text(tr).includes(figure) && text(tr).includes(r.label));
      expect(row, r.label).toBeDefined();
      // Its source: a link into the page's "All sources" list, whose entry links the source itself.
      const cited = row!.querySelectorAll('a[href^="#source-"]').map((a) => a.getAttribute('href')!.slice(1));
      expect(cited.length, r.label).toBeGreaterThan(0);
      for (const anchor of cited) expect(html.querySelector(`#${anchor} a[rel~="external"]`), `${r.label}: ${anchor}`).not.toBeNull();
    }
    for (const w of weapons.filter((w) => (w.facts.ranges ?? []).length > 0)) expect(svgText).toContain(w.name);
  });

  it('draws each bar in proportion to its figure, so a longer figure never gets a shorter bar', () => {
    const width = (g: HTMLElement) => Number(g.querySelector('rect.rc-bar')!.getAttribute('width'));
    const figureKm = (g: HTMLElement) => Number(/([\d,]+) km/.exec(text(g))![1]!.replace(/,/g, ''));
    const figures = block.querySelectorAll('g.rc-figure').sort((a, b) => figureKm(a) - figureKm(b));
    expect(figures).toHaveLength(ranges.length);
    for (let i = 1; i < figures.length; i++) expect(width(figures[i]!), text(figures[i]!)).toBeGreaterThanOrEqual(width(figures[i - 1]!));
    // The longest official figure is drawn longer than every shorter test figure.
    const official = figures.find((g) => g.classList.contains('rc-official') && figureKm(g) === longestOfficial.km)!;
    for (const t of figures.filter((g) => g.classList.contains('rc-test') && figureKm(g) < longestOfficial.km)) expect(width(official)).toBeGreaterThan(width(t));
  });

  it('is drawn on each weapon’s page with that weapon highlighted', () => {
    for (const w of weapons) {
      const own = page(`/glossary/${w.id}/`);
      const chart = section(own, 'reported-ranges');
      expect(chart, w.id).not.toBeNull();
      if ((w.facts.ranges ?? []).length) expect(text(chart!.querySelector('g.rc-group.is-highlighted .rc-heading')), w.id).toContain(w.name);
      else expect(text(chart), w.id).toContain(UI.noRange(w.name));
    }
  });
});

describe('locator map', () => {
  const block = section(html, 'where-it-happened')!;
  /** The SVG file behind each map image, parsed. */
  const panels = (images: ReturnType<typeof block.querySelectorAll>) =>
    images.map((img) => ({ img, svg: parse(readFileSync(join(DIST, img.getAttribute('src')!), 'utf8')).querySelector('svg')! }));

  it('draws each panel as a sized SVG image whose title and description are its alt text', () => {
    const images = block.querySelectorAll('img.lm');
    expect(images.length).toBeGreaterThan(0);
    for (const { img, svg } of panels(images)) {
      expect(img.getAttribute('width')).toMatch(/^\d+$/);
      expect(img.getAttribute('height')).toMatch(/^\d+$/);
      expect(svg.getAttribute('width')).toBe(img.getAttribute('width'));
      const title = text(svg.querySelector('title'));
      const desc = text(svg.querySelector('desc'));
      expect(title.length).toBeGreaterThan(5);
      expect(desc.length).toBeGreaterThan(20);
      expect(img.getAttribute('alt')).toBe(`${title}. ${desc}`);
      expect(svg.querySelector('path.l')!.getAttribute('d')).toMatch(/^M/);
    }
  });

  it('puts every place on the map, labelled, and lists it with its coordinates', () => {
    const drawn = panels(block.querySelectorAll('img.lm'));
    const labels = drawn.flatMap(({ svg }) => svg.querySelectorAll('.s text').map((t) => text(t))).join(' | ');
    const desc = block.querySelectorAll('img.lm').map((img) => img.getAttribute('alt')).join(' ');
    const rows = block.querySelectorAll('table tbody tr');
    expect(rows).toHaveLength(places.length);
    for (const p of places) {
      expect(labels, p.id).toContain(p.name);
      expect(desc, p.id).toContain(p.name);
      const row = rows.find((tr) => tr.querySelector(`a[href="/glossary/${p.id}/"]`))!;
      const { lat, lon } = p.facts.coordinates as { lat: number; lon: number };
      expect(text(row), p.id).toContain(`${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? 'E' : 'W'}`);
    }
  });

  it('is drawn on each place’s page with that place highlighted', () => {
    for (const p of places) {
      const map = section(page(`/glossary/${p.id}/`), 'on-the-map');
      expect(map, p.id).not.toBeNull();
      const highlighted = panels(map!.querySelectorAll('img.lm')).flatMap(({ svg }) => svg.querySelectorAll('.s.h text').map((t) => text(t)));
      expect(highlighted.some((t) => t.includes(p.name)), p.id).toBe(true);
    }
  });
});

describe('updates and corrections', () => {
  it('lists every update at the bottom of the story, newest first, dated', () => {
    const log = section(html, 'updates')!;
    expect(html.querySelector('article')!.lastElementChild).toBe(log);
    const dates = log.querySelectorAll('ol > li time').map((t) => t.getAttribute('datetime'));
    expect(dates).toEqual(story.updates.map((u) => String(u.date)).sort().reverse());
  });

  it('marks each update as an update or a correction, as the log says', () => {
    const log = section(html, 'updates')!;
    const items = log.querySelectorAll('ol > li');
    const newestFirst = [...story.updates].sort((a, b) => (String(a.date) < String(b.date) ? 1 : -1));
    expect(newestFirst.some((u) => u.type === 'correction'), 'the fixture has a correction').toBe(true);
    newestFirst.forEach((u, i) => expect(items[i]!.classList.contains(`update-${u.type ?? 'update'}`), String(u.date)).toBe(true));
  });

  it('shows the latest update near the top while it is within 30 days of the story’s updated date', () => {
    const latest = [...story.updates].sort((a, b) => (String(a.date) < String(b.date) ? 1 : -1))[0]!;
    const days = (Date.parse(String(story.updated)) - Date.parse(String(latest.date))) / 86_400_000;
    const notice = html.querySelector('.latest-update');
    if (days > 30) {
      expect(notice).toBeNull();
      return;
    }
    expect(notice!.querySelector('time')!.getAttribute('datetime')).toBe(String(latest.date));
    expect(notice!.querySelector('a')!.getAttribute('href')).toBe('#updates');
    // Near the top: before the key points.
    const all = html.querySelectorAll('.latest-update, .key-points');
    expect(all[0]!.classList.contains('latest-update')).toBe(true);
  });
});

describe('strict CSP', () => {
  it('uses no inline style attributes in the new blocks', () => {
    for (const id of ['claims', 'timeline', 'reported-ranges', 'where-it-happened', 'updates']) {
      expect(section(html, id)!.querySelectorAll('[style]'), id).toHaveLength(0);
    }
  });
});
