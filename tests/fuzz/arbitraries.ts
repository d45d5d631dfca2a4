/**
 * Generators of hostile editor input for the property tests and the fuzz
 * benchmark: random Unicode (combining marks, right-to-left text and
 * controls, emoji sequences, lone surrogates), Markdown and HTML syntax in
 * random order, deep nesting, very long lines, broken YAML and front matter,
 * duplicate keys.
 */
import fc from 'fast-check';
import type { ContentFile } from '../../src/lib/check/check-content.ts';

const PIECES = [
  '\u0301', '\u0308\u0323', 'e\u0301\u0302\u0303', 'مرحبا', 'שלום', '\u202E', '\u200F', '\u2066', '👩‍👩‍👧', '🇺🇦', '🏳️‍🌈', '\u200D', '\uFEFF',
  '\u0000', '\uD800', '\r\n', '\n', '\n\n', '\t', ' ', 'Київ', 'Харків', 'KN-23', 'arch bridge', 'Millbrook', 'council',
  '# ', '## ', '#### ', '> ', '- ', '* ', '1. ', '`', '```', '***', '_', '[', ']', '](', ')', '[^1]', '[^1]: ', '![', '|', '|---|', '\\',
  '<', '>', '</', '/>', '<span', ' title="a>b"', ' onclick=x', '<script>', '</script>', '<!--', '-->', '<![CDATA[', ']]>', '<svg>', '&#x61;', '&amp;', '&',
  'javascript:', 'glossary:', 'glossary:none', 'source:', 'source:gazette-opening-2022', 'https://example.org', '{', '}', 'export const x = 1', 'TODO',
  '---', ': ', ':', '"', "'", '- id: ', 'id: ', 'name: ', 'name: a\nname: b', '  ', '\t-', '&anchor ', '*anchor', '!!binary', '? ', '%YAML 1.2',
];

/** Text made of hostile pieces and random Unicode. */
export const hostileText = (maxLength = 60): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength }).map((parts) => parts.join(''));

/** Deeply nested Markdown: block quotes, lists, emphasis or brackets, `depth` levels. */
export const deepMarkdown: fc.Arbitrary<string> = fc
  .record({ depth: fc.integer({ min: 1, max: 400 }), kind: fc.constantFrom('quote', 'list', 'emphasis', 'brackets', 'html') })
  .map(({ depth, kind }) => {
    if (kind === 'quote') return `${'> '.repeat(depth)}deep text`;
    if (kind === 'list') return Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    if (kind === 'emphasis') return `${'*_'.repeat(depth)}x${'_*'.repeat(depth)}`;
    if (kind === 'brackets') return `${'['.repeat(depth)}x${'](https://example.org)'.repeat(depth)}`;
    return `${'<span>'.repeat(depth)}x${'</span>'.repeat(depth)}`;
  });

/** One very long line. */
export const longLine: fc.Arbitrary<string> = fc
  .record({ piece: fc.constantFrom('arch bridge ', 'a', 'Київ ', '👩‍👩‍👧', '<span>', '[x](', '`'), times: fc.integer({ min: 1000, max: 20000 }) })
  .map(({ piece, times }) => piece.repeat(times));

const frontMatter: fc.Arbitrary<string> = fc.oneof(
  fc.constant('---\ntitle: A title\nsummary: A summary.\nsources: [gazette-opening-2022]\n---\n'),
  fc.constant('---\nkind: term\nname: fuzz term\nshort: Short.\nsources: [gazette-opening-2022]\nfacts:\n  field: X\n---\n'),
  fc.constant('---\nname: a\nname: b\n---\n'),
  fc.constant('---\ntitle: [unclosed\n---\n'),
  fc.constant('---\n'),
  fc.constant(''),
  hostileText(20).map((t) => `---\n${t}\n---\n`),
);

/** A Markdown file's text: front matter (valid, broken or missing) and a hostile body. */
export const markdownFile: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.oneof({ weight: 4, arbitrary: hostileText() }, { weight: 1, arbitrary: deepMarkdown }, { weight: 1, arbitrary: longLine }))
  .map(([fm, body]) => fm + body);

/** A YAML list file's text: valid items, duplicate keys and ids, or noise. */
export const yamlFile: fc.Arbitrary<string> = fc.oneof(
  fc.constant('- id: a\n  id: b\n'),
  fc.constant('- id: council-minutes-2020\n  title: T\n- id: council-minutes-2020\n  title: T\n'),
  fc.constant('[]\n'),
  fc.constant(''),
  fc.constant('{ not: a list }\n'),
  hostileText(40),
  fc.array(hostileText(10), { maxLength: 8 }).map((lines) => lines.map((l) => `- id: ${l}\n  title: ${l}`).join('\n')),
);

const stem = fc.oneof(fc.constantFrom('arch-bridge', 'millbrook', 'x', 'Київ', 'a b', '01-x', '.hidden', 'README'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }).map((s) => s.replace(/[/\\]/g, '-')));

/** A set of content files laid over (or replacing) a base tree. */
export const contentFiles: fc.Arbitrary<ContentFile[]> = fc.array(
  fc.oneof(
    fc.record({ path: stem.map((s) => `content/glossary/${s}.md`), text: markdownFile }),
    fc.record({ path: stem.map((s) => `content/sections/river-bridge/${s}.md`), text: markdownFile }),
    fc.record({ path: stem.map((s) => `content/stories/${s}.md`), text: markdownFile }),
    fc.record({ path: fc.constantFrom('content/sources.yaml', 'content/events.yaml', 'content/claims.yaml'), text: yamlFile }),
    fc.record({ path: stem.map((s) => `content/${s}.mdx`), text: markdownFile }),
  ),
  { minLength: 1, maxLength: 5 },
);

/** Glossary entries for the linker: names and aliases from hostile text, some shared. */
export const termSources = fc.array(
  fc.record({ name: fc.oneof(hostileText(4), fc.constantFrom('arch bridge', 'KN-23', 'Київ', 'e\u0301', '👩‍👩‍👧')), aliases: fc.array(hostileText(3), { maxLength: 3 }) }),
  { minLength: 1, maxLength: 12 },
).map((list) => list.map((e, i) => ({ id: `e${i}`, ...e })));

/** The seed for a run: FUZZ_SEED to reproduce one, otherwise random; printed either way. */
export function fuzzSeed(label: string): number {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  console.log(`${label}: fast-check seed ${seed} (reproduce with FUZZ_SEED=${seed})`);
  return seed;
}
