/** The remark plugin on Ukrainian text: inflected mentions link, and the English rules still hold. */
import { join } from 'node:path';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkGlossaryLinks, { type GlossaryLinksOptions } from '../../src/markdown/remark-glossary-links.ts';
import { buildGlossaryIndex, type LinkableEntry } from '../../src/lib/linking/glossary-index.ts';
import { declaredFormsSchema } from '../../src/schemas/glossary.ts';

const CONTENT = '/site/content';
const entry = (id: string, name: string, aliases: string[] = [], extra: Partial<LinkableEntry> = {}): LinkableEntry => ({
  id,
  file: `content/glossary/${id}.md`,
  name,
  aliases,
  kind: 'place',
  autolink: true,
  ...extra,
});
const english = buildGlossaryIndex([entry('kharkiv', 'Kharkiv'), entry('north-korea', 'North Korea')]);
const ukrainian = buildGlossaryIndex(
  [
    entry('kharkiv', 'Харків'),
    entry('kharkiv-oblast', 'Харківська область'),
    entry('north-korea', 'Північна Корея', ['КНДР']),
    entry('kirby', 'Джон Кірбі', ['Кірбі'], { kind: 'person', forms: { Кірбі: [] } }),
  ],
  { lang: 'uk' },
);
const indexFor = (lang: string) => (lang === 'uk' ? ukrainian : english);

function run(markdown: string, options: Partial<GlossaryLinksOptions> = {}, path = join(CONTENT, 'sections/story/01-the-claim.md')) {
  const file = new VFile({ path, value: markdown });
  const html = String(
    remark()
      .use(remarkGlossaryLinks, { index: indexFor, contentDir: CONTENT, ...options })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(file),
  );
  const links = [...html.matchAll(/<a href="\/glossary\/([^/]+)\/"[^>]*>(.*?)<\/a>/g)].map((m) => `${m[1]}=${m[2]}`);
  return { html, links };
}

describe('lang option', () => {
  it('defaults to English: the English index, English output', () => {
    const { html, links } = run('Kharkiv and North Korea. Харкова.');
    expect(links).toEqual(['kharkiv=Kharkiv', 'north-korea=North Korea']);
    expect(html).toBe(run('Kharkiv and North Korea. Харкова.', { lang: 'en' }).html);
  });

  it('links inflected Ukrainian mentions, the first per section only', () => {
    const { links } = run('Уламки знайшли біля Харкова. У Харкові тихо.\n\nРакети Північної Кореї; КНДР.', { lang: 'uk' });
    expect(links).toEqual(['kharkiv=Харкова', 'north-korea=Північної Кореї']);
  });

  it('keeps the longest match and the no-link zones in Ukrainian', () => {
    const md = '## Харків\n\nУ Харківській області, а потім у `Харкові` і [Харкові](https://example.org), і в Харкові.';
    expect(run(md, { lang: 'uk' }).links).toEqual(['kharkiv-oblast=Харківській області', 'kharkiv=Харкові']);
    expect(run(md, { lang: 'uk' }).html).toContain('<h2>Харків</h2>');
  });

  it('does not link near-misses', () => {
    expect(run('Харківський метрополітен і харків’яни.', { lang: 'uk' }).links).toEqual([]);
  });

  it('takes the language from the file when given a function', () => {
    const byFolder = (file: VFile) => (file.path.includes('/uk/') ? 'uk' : 'en');
    expect(run('Брифінг Джона Кірбі.', { lang: byFolder }, join(CONTENT, 'uk/sections/story/01-the-claim.md')).links).toEqual(['kirby=Джона Кірбі']);
    expect(run('Брифінг Джона Кірбі.', { lang: byFolder }).links).toEqual([]);
  });
});

describe('declared forms field', () => {
  it('accepts a map of name to forms and a list of extra strings, and rejects other shapes', () => {
    expect(declaredFormsSchema.safeParse({ Кірбі: [] }).success).toBe(true);
    expect(declaredFormsSchema.safeParse({ Олієманс: ['Олієманса', 'Оліємансом'] }).success).toBe(true);
    expect(declaredFormsSchema.safeParse(['КН-23']).success).toBe(true);
    expect(declaredFormsSchema.safeParse('Олієманса').success).toBe(false);
    expect(declaredFormsSchema.safeParse({ Олієманс: 'Олієманса' }).success).toBe(false);
    expect(declaredFormsSchema.safeParse(['']).success).toBe(false);
  });

  it('changes the Ukrainian digest, and leaves the English digest as it was', () => {
    const plain = [entry('kirby', 'Джон Кірбі', ['Кірбі'], { kind: 'person' })];
    const declared = [entry('kirby', 'Джон Кірбі', ['Кірбі'], { kind: 'person', forms: { Кірбі: [] } })];
    expect(buildGlossaryIndex(plain, { lang: 'uk' }).digest).not.toBe(buildGlossaryIndex(declared, { lang: 'uk' }).digest);
    expect(buildGlossaryIndex(plain, { lang: 'uk' }).digest).not.toBe(buildGlossaryIndex(plain).digest);
    expect(buildGlossaryIndex(plain).digest).toBe(buildGlossaryIndex(plain, { lang: 'en' }).digest);
  });
});
