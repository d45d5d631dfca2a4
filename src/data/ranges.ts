/**
 * Published range figures for the range chart, from every entry whose kind
 * provides them (the `ranges` capability of a kind module in src/kinds/).
 */
import { kinds } from '../kinds/registry.ts';
import type { RangeFigure, RangeSeries } from '../lib/visuals/range-chart.ts';
import { getGlossary } from './glossary.ts';
import { perBuild } from './per-build.ts';
import { resolveSources, type Source } from './sources.ts';

export type SourcedFigure = RangeFigure & { sources: Source[] };
/** One entry's figures, as the chart groups them. */
export type EntryRanges = RangeSeries<SourcedFigure>;

/** Every entry of a kind with ranges, by name (those without figures too: their pages say so). Computed once per build. */
export const getRanges = perBuild(async (): Promise<EntryRanges[]> => {
  const out: EntryRanges[] = [];
  for (const entry of await getGlossary()) {
    const kind = kinds.get(entry.data.kind);
    if (!kind?.ranges) continue;
    const figures = await Promise.all(
      kind.ranges(entry.data.facts).map(async (r): Promise<SourcedFigure> => {
        const sources = await resolveSources(r.sources);
        return {
          km: r.km,
          ...(r.kmLow ? { kmLow: r.kmLow } : {}),
          basis: r.basis,
          label: r.label,
          ...(r.date ? { date: r.date } : {}),
          publishers: [...new Set(sources.map((s) => s.publisher))],
          sources,
        };
      }),
    );
    out.push({ id: entry.id, name: entry.data.name, figures });
  }
  return out;
});

/** Whether entries of `kind` feed the range chart. */
export const providesRanges = (kind: string) => typeof kinds.get(kind)?.ranges === 'function';
