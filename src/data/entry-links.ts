/** Names and page addresses of glossary entries, for components that link to them. */
import { glossaryPath } from '../lib/linking/glossary-url.ts';
import { getGlossary } from './glossary.ts';
import { sitePath } from '../config/site.ts';

export interface EntryLink {
  id: string;
  name: string;
  href: string;
}

/** A lookup from glossary id to its link; unknown ids (the checker stops those first) fall back to the id. */
export async function getEntryLinks(): Promise<(id: string) => EntryLink> {
  const names = new Map((await getGlossary()).map((e) => [e.id, e.data.name]));
  return (id) => ({ id, name: names.get(id) ?? id, href: sitePath(glossaryPath(id)) });
}
