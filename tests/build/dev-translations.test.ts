/**
 * `astro dev` on a two-language site: translations edited, added or deleted
 * while the server runs show on the next requests, without a restart, as
 * the originals do. Covers the translated Markdown (entries, sections), the
 * translated list files (events, claims, sources), and re-linking: a newly
 * translated entry's name gets linked in translated text that did not
 * change.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject } from './temp-project.ts';

const project = tempProject(join(import.meta.dirname, '../fixtures/sites/bilingual'));
afterAll(() => project.remove());

const file = (path: string) => join(project.dir, 'content', path);
/**
 * Saves a file the way editors do, in one step (a new file renamed over the
 * old): the watcher never sees it half written, as it may between the
 * truncation and the write of writeFileSync.
 */
function save(path: string, text: string) {
  writeFileSync(`${file(path)}.saving`, text);
  renameSync(`${file(path)}.saving`, file(path));
}
function edit(path: string, from: string, to: string) {
  const before = readFileSync(file(path), 'utf8');
  if (!before.includes(from)) throw new Error(`the test's edit did not apply to ${path}: ${from}`);
  save(path, before.replace(from, to));
}

describe('translations in astro dev', () => {
  it('shows edited, added and deleted translations without a restart', async () => {
    const port = 5200 + Math.floor(Math.random() * 400);
    const log = join(project.dir, 'dev.log');
    const server = await project.dev(port, { log, timeoutMs: 120_000 });
    const get = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: res.status, text: await res.text() };
    };
    /** Polls until the page passes `test` (30 s at most) and returns its HTML; fails with the page and the dev log otherwise. */
    const waitFor = async (path: string, test: (html: string) => boolean) => {
      let last = { status: 0, text: '' };
      for (let i = 0; i < 60; i++) {
        last = await get(path);
        if (last.status === 200 && test(last.text)) return last.text;
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error(`${path} never showed the change: ${last.status}\n${last.text.slice(0, 1500)}\n--- dev log ---\n${readFileSync(log, 'utf8').slice(-3000)}`);
    };
    const h1 = (html: string) => parse(html).querySelector('h1')?.text.trim();
    try {
      expect((await get('/uk/glossary/lindgrad/')).status).toBe(200);

      // An entry's translation edited: its page, and the preview text other pages carry.
      edit('uk/glossary/lindgrad.md', 'де в березні 2024 року почалася повінь.', 'де в березні 2024 року річка вийшла з берегів.');
      const entry = await waitFor('/uk/glossary/lindgrad/', (html) => html.includes('річка вийшла з берегів'));
      expect(parse(entry).querySelector('p.dek')?.text.trim()).toBe('Вигадане місто на річці у Вельдмарку, де в березні 2024 року річка вийшла з берегів.');

      // A story's translation edited.
      edit('uk/stories/lindgrad-flood.md', 'і хто кого попереджав.', 'і хто кого попереджав заздалегідь.');
      const dek = await waitFor('/uk/stories/lindgrad-flood/', (html) => html.includes('попереджав заздалегідь'));
      expect(parse(dek).querySelector('p.dek')?.text.trim()).toBe('Як у березні 2024 року річка Вельд піднялася над старим містом і хто кого попереджав заздалегідь.');

      // A section's translation edited; the new sentence names the River Council, which has no Ukrainian entry yet.
      edit('uk/sections/lindgrad-flood/01-the-flood.md', 'а решта Вельдмарку стежила за цим.', 'а решта Вельдмарку стежила за цим. Річкова рада мовчала.');
      const story = await waitFor('/uk/stories/lindgrad-flood/', (html) => html.includes('Річкова рада мовчала'));
      expect(parse(story).querySelectorAll('section[aria-labelledby="the-flood"] a.term').map((a) => a.text)).not.toContain('Річкова рада');

      // A new entry translation: its page is Ukrainian, and the unchanged section above now links its name.
      save(
        'uk/glossary/river-council.md',
        ['---', 'translated: 2024-03-09', "original: '000000000000'", 'name: Річкова рада', 'short: Вигаданий орган, що керує дамбами на річці Вельд і попереджає про повені.', '---', 'Річкова рада керує дамбами вище за течією від Ліндграда.', ''].join('\n'),
      );
      const council = await waitFor('/uk/glossary/river-council/', (html) => h1(html) === 'Річкова рада');
      expect(parse(council).querySelectorAll('.fallback-notice').length).toBe(0);
      const relinked = await waitFor('/uk/stories/lindgrad-flood/', (html) => parse(html).querySelectorAll('section[aria-labelledby="the-flood"] a.term').some((a) => a.text === 'Річкова рада'));
      const link = parse(relinked).querySelectorAll('section[aria-labelledby="the-flood"] a.term').find((a) => a.text === 'Річкова рада');
      expect(link?.getAttribute('href'), relinked.slice(0, 500)).toBe('/uk/glossary/river-council/');

      // A new section translation: the story's fallback notice goes.
      save(
        'uk/sections/lindgrad-flood/02-the-response.md',
        ['---', 'translated: 2024-03-09', "original: '000000000000'", 'title: Реакція', 'summary: Хто кого попереджав перед повенню.', '---', 'Петро Коваленко тієї ж ночі наказав евакуювати старе місто.', ''].join('\n'),
      );
      const translatedStory = await waitFor('/uk/stories/lindgrad-flood/', (html) => html.includes('Петро Коваленко тієї ж ночі') && parse(html).querySelectorAll('.fallback-notice').length === 0);
      expect(parse(translatedStory).querySelectorAll('.fallback-notice').length).toBe(0);

      // The translated lists: an event title, a claim, a source note.
      edit('uk/events.yaml', 'title: Річка Вельд затоплює старе місто Ліндграда', 'title: Річка Вельд заливає старе місто Ліндграда');
      const timeline = await waitFor('/uk/stories/lindgrad-flood/', (html) => html.includes('Річка Вельд заливає старе місто'));
      expect(parse(timeline).querySelector('#event-flood-begins')?.text).toContain('Річка Вельд заливає старе місто Ліндграда');
      edit('uk/claims.yaml', 'claim: Річкова рада попередила Ліндград за два дні до повені.', 'claim: Річкова рада попередила Ліндград за дві доби до повені.');
      const claim = await waitFor('/uk/stories/lindgrad-flood/', (html) => html.includes('за дві доби до повені'));
      expect(parse(claim).querySelector('#claim-council-warned-city')?.text).toContain('за дві доби до повені');
      edit('uk/sources.yaml', 'надіслане тієї ж ночі.', 'надіслане тієї самої ночі.');
      const sources = await waitFor('/uk/sources/', (html) => html.includes('тієї самої ночі'));
      expect(parse(sources).querySelector('li#source-lindgrad-herald-flood div.muted')?.text.trim()).toBe('Перше повідомлення про повінь, надіслане тієї самої ночі.');

      // A deleted list: the event falls back to English.
      rmSync(file('uk/events.yaml'));
      const fallbackEvent = await waitFor('/uk/stories/lindgrad-flood/', (html) => !html.includes('Річка Вельд заливає'));
      expect(parse(fallbackEvent).querySelector('#event-flood-begins')?.text).toContain("The Veld river rises over Lindgrad's old town");

      // The list written again: the translation is back.
      save('uk/events.yaml', ['- id: flood-begins', '  translated: 2024-03-09', '  original: 591c73971741', '  title: Вельд виходить з берегів у Ліндграді', ''].join('\n'));
      const restoredEvent = await waitFor('/uk/stories/lindgrad-flood/', (html) => html.includes('Вельд виходить з берегів'));
      expect(parse(restoredEvent).querySelector('#event-flood-begins strong')?.text).toBe('Вельд виходить з берегів у Ліндграді');

      // A deleted entry translation: the page falls back to the original with the notice.
      rmSync(file('uk/glossary/lindgrad.md'));
      const fallback = await waitFor('/uk/glossary/lindgrad/', (html) => h1(html) === 'Lindgrad');
      expect(parse(fallback).querySelector('h1')?.getAttribute('lang')).toBe('en');
      expect(parse(fallback).querySelectorAll('.fallback-notice').length).toBe(1);
    } finally {
      process.kill(-server.pid!);
    }
  }, 300_000);
});
