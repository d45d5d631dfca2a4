/**
 * Stories, sections and entries in the language of the page being rendered:
 * the original with its translation's text fields and body laid over it, or
 * the original alone (marked `fallback`) where nothing is translated yet.
 * The only place translations are joined to their originals; once per build
 * and per language (src/data/per-build.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLanguage, pageLanguage, sitePath, sitePathIn } from '../config/site.ts';
import { perBuild } from './per-build.ts';
import type { PageTranslation } from '../schemas/translation.ts';
import { kinds } from '../kinds/registry.ts';
import { kindTextShape, overlayFactText, untranslatedText } from '../kinds/fact-text.ts';

type Kind = 'stories' | 'sections' | 'glossary';
/** Where the translation's folder is: `<lang>/<folder>/<id>`. */
const FOLDER: Record<Kind, string> = { stories: 'stories', sections: 'sections', glossary: 'glossary' };

/** What a page needs to know about the language of what it shows. */
export interface LanguageOf {
  /** The language the text is in: the page's, or the original's when it falls back. */
  lang: string;
  /** True when the page's language has no translation and the original is shown. */
  fallback: boolean;
  /** When the translation was last brought in line with the original. */
  translated?: string;
}

export type Localized<K extends Kind> = CollectionEntry<K> & {
  language: LanguageOf;
  translatorNote?: string;
  /** An entry's facts texts the translation left as the original's (shown marked with the original's language). */
  untranslatedFacts?: ReadonlySet<string>;
};

const translationsById = perBuild(async () => new Map((await getCollection('translations')).map((t) => [t.id, t])));

/** Lays a story's translated updates over the original's, matched by date and order within a date. */
function mergeUpdates<U extends { date: string; text: string }>(original: U[], translated: PageTranslation['updates']): U[] {
  if (!translated?.length) return original;
  const byDate = new Map<string, string[]>();
  for (const u of translated) byDate.set(u.date, [...(byDate.get(u.date) ?? []), u.text]);
  return original.map((u) => {
    const texts = byDate.get(u.date);
    const text = texts?.shift();
    return text ? { ...u, text } : u;
  });
}

/**
 * An entry's facts in the translation: the translation's text laid over the
 * original's, and the texts it leaves as the original's (marked with the
 * original's language on the page). The kind's text shape is looked up once.
 */
function translatedFacts(data: Record<string, unknown>, t: PageTranslation): { facts?: unknown; untranslatedFacts?: ReadonlySet<string> } {
  const kind = typeof data.kind === 'string' ? kinds.get(data.kind) : undefined;
  if (!kind || !data.facts) return {};
  const shape = kindTextShape(kind);
  const left = untranslatedText(data.facts, t.facts, shape);
  return { ...(t.facts ? { facts: overlayFactText(data.facts, t.facts, shape) } : {}), ...(left.length ? { untranslatedFacts: new Set(left) } : {}) };
}

function overlay(data: Record<string, unknown>, t: PageTranslation, facts: unknown): Record<string, unknown> {
  const { translated: _t, original: _o, forms: _f, translatorNote: _n, facts: _facts, updates, whatWeKnow, ...text } = t;
  const merged: Record<string, unknown> = { ...data, ...text };
  if (facts !== undefined) merged.facts = facts;
  if (updates && Array.isArray(data.updates)) merged.updates = mergeUpdates(data.updates as Array<{ date: string; text: string }>, updates);
  if (whatWeKnow && data.whatWeKnow && typeof data.whatWeKnow === 'object') merged.whatWeKnow = { ...(data.whatWeKnow as object), ...whatWeKnow };
  return merged;
}

/** Every entry of a collection in the page's language. */
export async function localizedCollection<K extends Kind>(kind: K): Promise<Localized<K>[]> {
  const originals = (await getCollection(kind)) as CollectionEntry<K>[];
  const lang = pageLanguage().code;
  if (lang === defaultLanguage.code) return originals.map((e) => ({ ...e, language: { lang, fallback: false } }));
  const translations = await translationsById();
  // The original's links lead to the default edition's entries; in this edition they lead to this edition's.
  const from = `href="${sitePathIn(defaultLanguage.code, '/glossary/')}`;
  const to = `href="${sitePath('/glossary/')}`;
  return originals.map((original) => {
    const translation = translations.get(`${lang}/${FOLDER[kind]}/${original.id}`);
    if (!translation) {
      const rendered = original.rendered && { ...original.rendered, html: original.rendered.html.replaceAll(from, to) };
      return { ...original, ...(rendered ? { rendered } : {}), language: { lang: defaultLanguage.code, fallback: true } };
    }
    const { facts, untranslatedFacts } = translatedFacts(original.data as Record<string, unknown>, translation.data);
    return {
      ...original,
      data: overlay(original.data as Record<string, unknown>, translation.data, facts) as CollectionEntry<K>['data'],
      body: translation.body,
      rendered: translation.rendered,
      // A deferred (MDX) body renders from its file.
      ...((translation as { deferredRender?: boolean }).deferredRender ? { deferredRender: true, filePath: translation.filePath } : {}),
      language: { lang, fallback: false, translated: translation.data.translated },
      translatorNote: translation.data.translatorNote,
      ...(untranslatedFacts ? { untranslatedFacts } : {}),
    };
  });
}

/** One entry in the page's language, or undefined. */
export async function localizedEntry<K extends Kind>(kind: K, id: string): Promise<Localized<K> | undefined> {
  return (await localizedCollection(kind)).find((e) => e.id === id);
}

/** Which ids of a collection have a translation in a language (for the switcher and hreflang). */
export const translatedIds = perBuild(async () => {
  const byLanguage = new Map<string, Set<string>>();
  for (const id of (await translationsById()).keys()) {
    const [lang, , ...rest] = id.split('/');
    const folder = id.split('/')[1]!;
    const key = `${lang}:${folder}`;
    byLanguage.set(key, (byLanguage.get(key) ?? new Set()).add(rest.join('/')));
  }
  return (lang: string, kind: Kind, id: string) => byLanguage.get(`${lang}:${FOLDER[kind]}`)?.has(id) ?? false;
});

/** On a page in another language than the default, the default's code: the language of any text shown untranslated. Undefined on the default's pages. */
export function fallbackLanguage(): string | undefined {
  return pageLanguage().code === defaultLanguage.code ? undefined : defaultLanguage.code;
}

/** The page language's translations of `events.yaml`, `claims.yaml` or `sources.yaml` items, by original id. */
export async function listTranslations(collection: 'eventTranslations' | 'claimTranslations' | 'sourceTranslations') {
  const lang = pageLanguage().code;
  const prefix = `${lang}/`;
  if (lang === defaultLanguage.code) return new Map<string, CollectionEntry<typeof collection>['data']>();
  return new Map((await getCollection(collection)).filter((t) => t.id.startsWith(prefix)).map((t) => [t.id.slice(prefix.length), t.data]));
}
