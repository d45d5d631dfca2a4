/**
 * What the end-to-end tests know about the site they run on: the tiny
 * fixture site (tests/fixtures/sites/tiny), built into tests/.out/tiny by
 * `npm run test:e2e` and served by `astro preview` (playwright.config.ts).
 * Ids and names come from the fixture's files, not from the shipped story.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { fixture, siteOutDir } from '../fixtures/sites/sites.ts';

export const SITE_NAME = 'tiny';
export const DIST = siteOutDir(SITE_NAME);
export const content = fixture(SITE_NAME);

const first = (kind: string) => {
  const entry = content.glossary.find((g) => g.data.kind === kind);
  if (!entry) throw new Error(`the ${SITE_NAME} fixture has no ${kind} entry, which the e2e tests need`);
  const path = `/glossary/${entry.id}/`;
  /** The kind as the built page shows it above the name. */
  const kindLabel = () => parse(readFileSync(join(DIST, path, 'index.html'), 'utf8')).querySelector('.kicker')!.text.trim();
  return { id: entry.id, name: String(entry.data.name), aliases: (entry.data.aliases ?? []) as string[], path, kindLabel };
};

/** The fixture's one story page. */
export const STORY = `/stories/${content.stories[0]!.id}/`;
/** An entry with a range chart and an alias that appears nowhere else (search finds it by either). */
export const WEAPON = first('weapon');
export const PLACE = first('place');
export const PERSON = first('person');
/** An entry with a name of several words, found by one of them. */
export const LAW = first('law');
