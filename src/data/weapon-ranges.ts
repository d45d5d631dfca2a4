/** Every weapon's published range figures, from the glossary's typed facts, for the range chart. */
import type { RangeFigure, WeaponRanges } from '../lib/visuals/range-chart.ts';
import { getGlossary } from './glossary.ts';
import { perBuild } from './per-build.ts';
import { resolveSources, type Source } from './sources.ts';

export type SourcedFigure = RangeFigure & { sources: Source[] };
export type WeaponWithRanges = WeaponRanges<SourcedFigure>;

/** Every weapon in the glossary, by name (those without figures too: their pages say so). Computed once per build. */
export const getWeaponRanges = perBuild(async (): Promise<WeaponWithRanges[]> => {
  const weapons: WeaponWithRanges[] = [];
  for (const entry of await getGlossary()) {
    if (entry.data.kind !== 'weapon') continue;
    const figures = await Promise.all(
      entry.data.facts.ranges.map(async (r): Promise<SourcedFigure> => {
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
    weapons.push({ id: entry.id, name: entry.data.name, figures });
  }
  return weapons;
});
