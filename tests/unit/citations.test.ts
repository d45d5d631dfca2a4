import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkCitations from '../../src/markdown/remark-citations.ts';
import { citedSourceId, numberedSources } from '../../src/lib/linking/citations.ts';

function run(markdown: string) {
  const file = new VFile({ path: '/site/content/sections/s/01-a.md', value: markdown });
  const html = String(remark().use(remarkCitations).use(remarkRehype).use(rehypeStringify).processSync(file));
  return { html, citations: (file.data as any).astro.frontmatter.citations as string[] };
}

describe('inline citations', () => {
  it('numbers citations by first appearance and links each to its source entry', () => {
    const { html, citations } = run('Two were killed [source](source:toll). Police blamed Iskanders [source](source:police); the toll rose [source](source:toll).');
    expect(citations).toEqual(['toll', 'police']);
    expect(html).toContain('<sup class="cite"><a href="#source-toll" aria-label="Source 1">[1]</a></sup>');
    expect(html).toContain('<a href="#source-police" aria-label="Source 2">[2]</a>');
    expect(html.match(/\[1\]/g)).toHaveLength(2);
  });

  it('leaves other links alone', () => {
    const { html, citations } = run('[A page](https://example.org) and [a term](glossary:kn-23).');
    expect(citations).toEqual([]);
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('href="glossary:kn-23"');
  });

  it('recognises the syntax and numbers the section list to match the markers', () => {
    expect(citedSourceId('source:abc')).toBe('abc');
    expect(citedSourceId('https://x')).toBeNull();
    expect(numberedSources(['b', 'a'], ['a', 'c'])).toEqual([
      { id: 'b', number: 1 },
      { id: 'a', number: 2 },
      { id: 'c', number: 3 },
    ]);
  });
});
