/** Sources, looked up by id, in the order a page cites them. */
import { getCollection } from 'astro:content';
import { perBuild } from './per-build.ts';

export const getSources = perBuild(() => getCollection('sources'));

/** Every source by id. */
export const getSourcesById = perBuild(async () => new Map((await getSources()).map((s) => [s.id, s.data])));

export type Source = Awaited<ReturnType<typeof getSources>>[number]['data'];

/** The sources behind `refs`, without repeats, in first-cited order. */
export async function resolveSources(refs: ReadonlyArray<{ id: string }>): Promise<Source[]> {
  const all = await getSourcesById();
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const { id } of refs) {
    if (seen.has(id)) continue;
    seen.add(id);
    const source = all.get(id);
    if (!source) throw new Error(`Unknown source "${id}": run npm run check for details.`);
    out.push(source);
  }
  return out;
}
