/**
 * Synthetic content for build benchmarks: `sections` sections of about 385
 * words spread over stories of 20 sections, and `entries` glossary entries
 * with three aliases each, some of them mentioned in the text. Deterministic
 * (seeded), written to a folder of the caller's choosing, never content/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SyntheticSize {
  sections: number;
  entries: number;
}

/** Mulberry32: a tiny seeded generator, so every run writes the same text. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ro', 'vel', 'min', 'tor', 'sa', 'lun', 'dar', 'eki', 'pol', 'zan', 'ri', 'mo', 'tek', 'vas', 'ul'];
const WORDS = 'the of and to in a that was for on with as by it from at which said were an officials report missile range test after before region city country council statement evidence analysts later confirmed about not yet its their this'.split(' ');

function wordFrom(n: number): string {
  let out = '';
  do {
    out += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return out;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Entry i's name and aliases: a two-word name, a designation, a surname-like short form. */
export function entryNames(i: number) {
  const a = cap(wordFrom(i * 7 + 3));
  const b = cap(wordFrom(i * 13 + 5));
  return { id: `entry-${i}`, name: `${a} ${b}`, aliases: [`${a.slice(0, 2).toUpperCase()}-${i}`, `${b} ${a}`, `${a}${b.toLowerCase()}`] };
}

export function writeSyntheticContent(dir: string, size: SyntheticSize): void {
  const next = random(size.sections * 100_003 + size.entries);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  mkdirSync(join(dir, 'glossary'), { recursive: true });
  mkdirSync(join(dir, 'stories'), { recursive: true });
  writeFileSync(
    join(dir, 'sources.yaml'),
    '- id: synthetic-source\n  title: Synthetic benchmark source\n  publisher: Benchmark\n  url: https://example.org/benchmark\n  date: 2024-01-01\n  kind: reference\n',
  );
  writeFileSync(join(dir, 'events.yaml'), '[]\n');
  writeFileSync(join(dir, 'claims.yaml'), '[]\n');
  for (let i = 0; i < size.entries; i++) {
    const { name, aliases } = entryNames(i);
    writeFileSync(
      join(dir, 'glossary', `entry-${i}.md`),
      `---\nkind: term\nname: ${name}\naliases: [${aliases.join(', ')}]\nshort: ${name} is a synthetic glossary entry used to measure build cost.\nsources: [synthetic-source]\nfacts:\n  field: Benchmark\n---\n${name} exists only for benchmarks. It has a short body so that the amount of text stays close to fixed as the glossary grows.\n`,
    );
  }
  const stories = Math.ceil(size.sections / 20);
  for (let s = 0; s < stories; s++) {
    const story = `story-${s}`;
    writeFileSync(
      join(dir, 'stories', `${story}.md`),
      `---\ntitle: Synthetic story number ${s}\ndek: A generated story that exists to measure how the build scales.\npublished: 2024-01-01\nupdated: 2024-01-02\nstatus: settled\nkeyPoints: [First generated key point, Second generated key point, Third generated key point]\nsummary: A generated story used by the benchmark harness to measure build cost at scale.\n---\nA generated lede paragraph.\n`,
    );
    const folder = join(dir, 'sections', story);
    mkdirSync(folder, { recursive: true });
    for (let n = 0; n < Math.min(20, size.sections - s * 20); n++) {
      const paragraphs: string[] = [];
      for (let p = 0; p < 5; p++) {
        const words: string[] = [];
        while (words.length < 77) {
          if (next() < 0.04) {
            const e = entryNames(Math.floor(next() * size.entries));
            words.push(pick([e.name, ...e.aliases]));
          } else words.push(pick(WORDS));
        }
        paragraphs.push(`${cap(words.join(' '))}.`);
      }
      writeFileSync(
        join(folder, `${String(n + 1).padStart(2, '0')}-part-${n + 1}.md`),
        `---\ntitle: Generated section ${n + 1}\nsummary: A generated section of about four hundred words.\nsources: [synthetic-source]\n---\n${paragraphs.join('\n\n')}\n`,
      );
    }
  }
}
