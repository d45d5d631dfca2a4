/** Dated events from content/events.yaml, with entry names and sources resolved for timelines. */
import { getCollection } from 'astro:content';
import { fallbackLanguage, listTranslations } from './localized.ts';
import { perBuild } from './per-build.ts';
import { eventsInvolving, sortEvents } from '../lib/story/timeline.ts';
import { getEntryLinks, type EntryLink } from './entry-links.ts';
import { resolveSources, type Source } from './sources.ts';
import { getStoriesOf, type StoryLink } from './story-scope.ts';

export interface TimelineEvent {
  id: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the sources. */
  date: string;
  title: string;
  detail?: string;
  /** The language of `title` and of `detail` where the page's language has no translation of them (the default language's text is shown). */
  titleLang?: string;
  detailLang?: string;
  entries: EntryLink[];
  sources: Source[];
  /** The stories it belongs to (src/lib/story/scope.ts), in home-page order. */
  stories: StoryLink[];
}

/** Every event, oldest first. Computed once per build. */
export const getEvents = perBuild(async (): Promise<TimelineEvent[]> => {
    const link = await getEntryLinks();
    const storiesOf = await getStoriesOf();
    const translated = await listTranslations('eventTranslations');
    const fallback = fallbackLanguage();
    const events = await Promise.all(
      (await getCollection('events')).map(async ({ data }) => ({
        id: data.id,
        date: data.date,
        title: translated.get(data.id)?.title ?? data.title,
        ...(data.detail ? { detail: translated.get(data.id)?.detail ?? data.detail } : {}),
        ...(fallback && !translated.get(data.id)?.title ? { titleLang: fallback } : {}),
        ...(fallback && data.detail && !translated.get(data.id)?.detail ? { detailLang: fallback } : {}),
        entries: data.entries.map((e) => link(e.id)),
        sources: await resolveSources(data.sources),
        stories: storiesOf('events', data.id),
      })),
    );
    return sortEvents(events);
});

const ids = (event: TimelineEvent) => ({ entries: event.entries.map((e) => e.id), sources: event.sources.map((s) => s.id) });

/** The events that involve one glossary entry, oldest first. */
export async function getEventsInvolving(entryId: string): Promise<TimelineEvent[]> {
  return [...((await eventsByEntry()).get(entryId) ?? [])];
}

/**
 * Each entry's events, oldest first, by entry id. Once per build: each of
 * 10,000 entry pages scanning every event would be entries × events.
 */
const eventsByEntry = perBuild(async () => {
  const events = await getEvents();
  const byId = new Map(events.map((e) => [e.id, e]));
  const involving = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    for (const entryId of new Set(ids(event).entries)) {
      const list = involving.get(entryId);
      if (list) list.push(event);
      else involving.set(entryId, [event]);
    }
  }
  const out = new Map<string, TimelineEvent[]>();
  for (const [entryId, list] of involving) {
    out.set(entryId, eventsInvolving(list.map((e) => ({ id: e.id, date: e.date, entries: ids(e).entries })), entryId).map((e) => byId.get(e.id)!));
  }
  return out;
});
