/** The remark plugin, scenario by scenario, in Markdown and MDX alike. */
import { join } from 'node:path';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkGlossaryLinks from '../../src/markdown/remark-glossary-links.ts';
import { buildGlossaryIndex, type LinkableEntry } from '../../src/lib/linking/glossary-index.ts';
import type { Mention } from '../../src/lib/linking/mention.ts';

const CONTENT = '/site/content';
const entry = (id: string, name: string, aliases: string[] = [], extra: Partial<LinkableEntry> = {}): LinkableEntry => ({
  id,
  file: `content/glossary/${id}.md`,
  name,
  aliases,
  kind: 'term',
  autolink: true,
  ...extra,
});
const index = buildGlossaryIndex([
  entry('kn-23', 'KN-23', ['Hwasong-11']),
  entry('srbm', 'SRBM', ['short-range ballistic missile']),
  entry('kharkiv', 'Kharkiv'),
  entry('kharkiv-prosecutors', "Kharkiv regional prosecutor's office"),
  entry('un-arms-embargo', 'UN arms embargo'),
  entry('john-kirby', 'John Kirby', ['Kirby']),
  entry('russia', 'Russia', [], { autolink: false }),
]);

type Flavour = 'md' | 'mdx';
function run(markdown: string, path = join(CONTENT, 'sections/story/01-the-claim.md'), flavour: Flavour = 'md') {
  const file = new VFile({ path: flavour === 'mdx' ? path.replace(/\.md$/, '.mdx') : path, value: markdown });
  const processor = remark();
  if (flavour === 'mdx') processor.use(remarkMdx);
  const html = String(
    processor
      .use(remarkGlossaryLinks, { index: () => index, contentDir: CONTENT })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(file),
  );
  const mentions = ((file.data as any).astro?.frontmatter?.mentions ?? []) as Mention[];
  const links = [...html.matchAll(/<a href="\/glossary\/([^/]+)\/"[^>]*>(.*?)<\/a>/g)].map((m) => `${m[1]}=${m[2]}`);
  return { html, mentions, links };
}

describe.each<Flavour>(['md', 'mdx'])('in %s', (flavour) => {
  const go = (md: string, path?: string) => run(md, path, flavour);

  it('links the first mention of each entry per file only', () => {
    const { links } = go('KN-23 is a missile. The KN-23 flies low.\n\nAnother KN-23 here, and Kharkiv.');
    expect(links).toEqual(['kn-23=KN-23', 'kharkiv=Kharkiv']);
  });

  it('prefers the longest alias', () => {
    expect(go("The Kharkiv regional prosecutor's office spoke.").links).toEqual(["kharkiv-prosecutors=Kharkiv regional prosecutor's office"]);
    expect(go('A breach of the UN arms embargo.').links).toEqual(['un-arms-embargo=UN arms embargo']);
  });

  it('links plurals and possessives to their entry', () => {
    expect(go('Two SRBMs and Kirby’s briefing.').links).toEqual(['srbm=SRBMs', 'john-kirby=Kirby’s']);
  });

  it('never links inside headings, links, code or image alt text', () => {
    const { links } = go(
      '## KN-23 heading\n\nSee [about KN-23](https://example.org) and `KN-23` and ![KN-23 debris](x.png).\n\n```\nKN-23\n```\n',
    );
    expect(links).toEqual([]);
  });

  it('does not link an entry on its own page, but links others there', () => {
    const { links } = go('KN-23 resembles nothing in Kharkiv.', join(CONTENT, 'glossary/kn-23.md'));
    expect(links).toEqual(['kharkiv=Kharkiv']);
  });

  it('leaves entries with autolink off unlinked', () => {
    expect(go('Russia fired them.').links).toEqual([]);
  });

  it('forces a link with glossary:id and counts it as the first mention', () => {
    const { links, html } = go('[The missile](glossary:kn-23) was a KN-23.');
    expect(links).toEqual(['kn-23=The missile']);
    expect(html).toContain('data-forced');
  });

  it('suppresses a link with glossary:none', () => {
    const { links, html } = go('[Kharkiv](glossary:none) then Kharkiv again.');
    expect(links).toEqual(['kharkiv=Kharkiv']);
    expect(html).toMatch(/^<p[^>]*>Kharkiv then <a/);
  });

  it('fails the file on a forced link to an unknown id, naming file, line and a suggestion', () => {
    expect(() => go('Line one.\n\nSee [it](glossary:kn-2).')).toThrow(/01-the-claim\.mdx?:3:5: the link "glossary:kn-2" names no glossary entry\. Did you mean "glossary:kn-23"\?/);
  });

  it('records each mention with its sentence and an anchor on its paragraph', () => {
    const { mentions, html } = go('Intro text.\n\nThe strike hit Kharkiv at dawn. Later a KN-23 was named.');
    expect(mentions).toEqual([
      { entry: 'kharkiv', anchor: 'the-claim-p2', sentence: 'The strike hit Kharkiv at dawn.' },
      { entry: 'kn-23', anchor: 'the-claim-p2', sentence: 'Later a KN-23 was named.' },
    ]);
    expect(html).toContain('<p id="the-claim-p2">');
  });

  it('puts the anchor on the list item of a tight list', () => {
    const { html, mentions } = go('- Kharkiv was hit.\n- Nothing here.');
    expect(mentions[0]?.anchor).toBe('the-claim-p1');
    expect(html).toContain('<li id="the-claim-p1">');
  });

  it('matches within one text node only: a name split by emphasis is a known limit', () => {
    expect(go('The **KN**-23 story.').links).toEqual([]);
    expect(go('The *KN-23* story.').links).toEqual(['kn-23=KN-23']);
  });
});

it('links Markdown and MDX identically', () => {
  const text = 'Kirby said the KN-23 and SRBMs hit Kharkiv. [The office](glossary:kharkiv-prosecutors) agreed.';
  expect(run(text, undefined, 'mdx').links).toEqual(run(text).links);
  expect(run(text, undefined, 'mdx').mentions).toEqual(run(text).mentions);
});
