/**
 * The term matcher alone: build time and scan time for a fixed amount of
 * text as the glossary grows. Scan time should stay flat (it depends on
 * the text, not on the number of entries).
 *
 *   npm run bench:matcher
 */
import { performance } from 'node:perf_hooks';
import { buildTermMatcher } from '../../src/lib/linking/term-matcher.ts';
import { entryNames } from './synthetic.ts';

const WORDS = 'the missile range report officials said after test region council evidence analysts confirmed about'.split(' ');
function text(words: number, entries: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    if (i % 25 === 0) out.push(entryNames((i * 7919) % entries).name);
    else out.push(WORDS[(i * 31) % WORDS.length]!);
  }
  return out.join(' ');
}

const rows: string[] = ['| entries | aliases in the automaton | build | scan of 100,000 words | matches |', '| --- | --- | --- | --- | --- |'];
for (const entries of [100, 1_000, 10_000, 50_000]) {
  const source = Array.from({ length: entries }, (_, i) => entryNames(i));
  let t = performance.now();
  const matcher = buildTermMatcher(source);
  const build = performance.now() - t;
  const sample = text(100_000, Math.min(entries, 1_000));
  matcher.find(sample); // warm up
  const runs = 5;
  t = performance.now();
  let found = 0;
  for (let r = 0; r < runs; r++) found = matcher.find(sample).length;
  const scan = (performance.now() - t) / runs;
  rows.push(`| ${entries.toLocaleString('en')} | ${matcher.size.toLocaleString('en')} | ${build.toFixed(0)} ms | ${scan.toFixed(1)} ms | ${found} |`);
}
console.log(rows.join('\n'));
