/** Names and page addresses of glossary entries, for components that link to them. */
import { glossaryPath } from '../lib/linking/glossary-url.ts';
import { getGlossary } from './glossary.ts';
import { sitePath } from '../config/site.ts';

export interface EntryLink {
  id: string;
  name: string;
  href: string;
  /** The language of `name` where the entry is not translated into the page's language (for its `lang` attribute). */
  lang?: string;
}

/** A lookup from glossary id to its link; unknown ids (the checker stops those first) fall back to the id. */
export async function getEntryLinks(): Promise<(id: string) => EntryLink> {
  const entries = new Map((await getGlossary()).map((e) => [e.id, { name: e.data.name, ...(e.language.fallback ? { lang: e.language.lang } : {}) }]));
  return (id) => ({ id, name: id, ...entries.get(id), href: sitePath(glossaryPath(id)) });
}
