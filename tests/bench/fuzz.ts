/**
 * Time bounds for hostile input (the property tests only assert that nothing
 * throws): the checker and the linker on generated files and on a few
 * deliberately huge ones, reporting the slowest input per kind.
 * Run: npm run bench:fuzz [-- --runs 200]. Seed: FUZZ_SEED, printed.
 */
import fc from 'fast-check';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { buildTermMatcher } from '../../src/lib/linking/term-matcher.ts';
import { caseFiles } from '../fixtures/check/fixture.ts';
import { contentFiles, fuzzSeed, hostileText, termSources } from '../fuzz/arbitraries.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 100;
const base = caseFiles('base');
const SECTION = 'content/sections/river-bridge/02-the-opening.md';
const head = base.find((f) => f.path === SECTION)!.text;

function time(label: string, fn: () => unknown): number {
  const start = performance.now();
  fn();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(48)} ${ms.toFixed(1).padStart(9)} ms`);
  return ms;
}

const check = (text: string) => checkContent(base.map((f) => (f.path === SECTION ? { ...f, text: head + text } : f)), { today: '2026-01-01' });

console.log('Huge inputs (one run each):');
time('section of 1 MB prose', () => check('The arch bridge in Millbrook. '.repeat(35_000)));
time('one line of 200,000 characters', () => check('Київ👩‍👩‍👧e\u0301'.repeat(28_000)));
time('block quotes nested 5,000 deep', () => check(`${'> '.repeat(5000)}x`));
time('list nested 1,000 deep', () => check(Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')));
time('10,000 inline HTML tags', () => check('<span>x</span> '.repeat(10_000)));
time('emphasis nested 10,000 deep', () => check(`${'*'.repeat(10_000)}x${'*'.repeat(10_000)}`));
time('claims.yaml of 5,000 items', () =>
  checkContent(base.map((f) => (f.path === 'content/claims.yaml' ? { ...f, text: Array.from({ length: 5000 }, (_, i) => `- id: c${i}\n  claim: C.\n  claimant: town-council\n  date: 2020-03-10\n  status: alleged\n  evidence: E.\n  asOf: 2022-07-01\n  sources: [council-minutes-2020]`).join('\n') } : f)), { today: '2026-01-01' }));

const slowest = (label: string, arb: fc.Arbitrary<unknown>, fn: (v: never) => unknown) => {
  const seed = fuzzSeed(label);
  const times: number[] = [];
  for (const value of fc.sample(arb, { seed, numRuns: runs })) {
    const start = performance.now();
    fn(value as never);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(48)} median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(1)} ms over ${runs} inputs`);
};

console.log('\nGenerated inputs:');
slowest('checker on generated content files', contentFiles, (extra: Array<{ path: string; text: string }>) => {
  const files = new Map(base.map((f) => [f.path, f]));
  for (const f of extra) files.set(f.path, f);
  checkContent([...files.values()], { today: '2026-01-01' });
});
slowest('matcher on a generated glossary and text', fc.tuple(termSources, hostileText(2000)), ([entries, text]: [Parameters<typeof buildTermMatcher>[0], string]) => {
  try {
    buildTermMatcher(entries).find(text);
  } catch {
    // an ambiguous alias: reported by the checker
  }
});
