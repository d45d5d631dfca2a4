/**
 * What `npm run new` writes: ids derived from names, the next free section
 * position, and a commented template per kind of content.
 *
 * A template leaves every field the editor must research empty, so
 * `npm run check` fails on it, field by field, until it is filled in: a new
 * file can never be published half-written. The comment above each field says
 * what to write and gives an example (never one of a real site's ids: the
 * template must make sense on any site); a unit test fills every example in and
 * validates the result, so the examples stay valid as the schemas change.
 *
 * The facts of each kind of glossary entry come from its module in src/kinds/.
 */
import type { FieldSpec } from '../kinds/kind.ts';
import { kinds as siteKinds, type KindRegistry } from '../kinds/registry.ts';

export type { FieldSpec } from '../kinds/kind.ts';

/** Letters that Unicode decomposition does not reduce to ASCII. */
const FOLD: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ŋ: 'n', ħ: 'h',
};

/**
 * An id from a name: lower-case ASCII letters and digits joined by single
 * hyphens. Accents are dropped ("Résolution 1718" → "resolution-1718") and
 * apostrophes vanish rather than split a word ("Prosecutor's" → "prosecutors").
 * Returns "" for a name with no Latin letters or digits (e.g. Cyrillic only).
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłıŋħ]/g, (c) => FOLD[c]!)
    .replace(/['’ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Cuts an id to at most `max` characters at a hyphen, so a long headline gives a usable source id. */
export function shortenId(id: string, max = 60): string {
  if (id.length <= max) return id;
  const cut = id.slice(0, max + 1).lastIndexOf('-');
  return id.slice(0, cut > 0 ? cut : max).replace(/-+$/, '');
}

/** The same id rule as `idSchema` in src/schemas/common.ts. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The position prefix of a section file name (`03-the-strike.md` → 3), or null. */
export function sectionPosition(fileName: string): number | null {
  const match = /^(\d+)-/.exec(fileName);
  return match ? Number(match[1]) : null;
}

/** The slug of a section file name (`03-the-strike.md` → `the-strike`): its anchor on the story page. */
export function sectionSlug(fileName: string): string {
  return fileName.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}

/**
 * The file name for a new section after the files already in its story folder:
 * the highest position plus one, written with at least two digits.
 */
export function nextSectionFile(existing: readonly string[], slug: string): { position: number; fileName: string } {
  const positions = existing.filter((f) => /\.mdx?$/.test(f)).map(sectionPosition).filter((p): p is number => p !== null);
  const position = positions.length ? Math.max(...positions) + 1 : 1;
  return { position, fileName: `${String(position).padStart(2, '0')}-${slug}.md` };
}

/**
 * A YAML value for a name typed by an editor: plain when that reads back as
 * the same text in every YAML parser, double-quoted otherwise (a colon, a
 * leading symbol, or a word such as "yes" that YAML 1.1 reads as true).
 */
export function yamlText(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} .,'’()/&-]*$/u.test(value)
    && !/^(y|n|yes|no|true|false|on|off|null|~)$/i.test(value)
    && !/^[\d.+-]+$/.test(value)
    && !/\s$/.test(value);
  return plain ? value : JSON.stringify(value);
}

export interface RenderOptions {
  /**
   * Write every example as the value (optional fields too) instead of leaving
   * fields empty. Used by the tests to prove that every example is valid.
   */
  fillExamples?: boolean;
}

/** The YAML lines of `fields`, each under its comment, indented by `indent` spaces. */
export function renderFields(fields: readonly FieldSpec[], indent = 0, options: RenderOptions = {}): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const field of fields) {
    if (field.fields && field.optional && !options.fillExamples) {
      // An optional group is written commented out, its fields too: uncomment the lines you need.
      lines.push(`${pad}# ${field.help}`, `${pad}# ${field.key}:`, ...renderFields(field.fields.map((f) => ({ ...f, optional: true })), indent + 2, options));
      continue;
    }
    if (field.fields) {
      lines.push(`${pad}# ${field.help}`, `${pad}${field.key}:`, ...renderFields(field.fields, indent + 2, options));
      continue;
    }
    const block = typeof field.example !== 'string';
    const exampleLines = block ? (field.example as readonly string[]) : [];
    if (options.fillExamples) {
      lines.push(`${pad}# ${field.help}`);
      if (block) lines.push(`${pad}${field.key}:`, ...exampleLines.map((l) => `${pad}  ${l}`));
      else lines.push(`${pad}${field.key}: ${field.example}`);
    } else if (field.optional) {
      // The commented-out line is the example: uncomment it and change the value.
      lines.push(`${pad}# ${field.help}`);
      if (block) lines.push(`${pad}# ${field.key}:`, ...exampleLines.map((l) => `${pad}#   ${l}`));
      else lines.push(`${pad}# ${field.key}: ${field.example}`);
    } else {
      if (block) lines.push(`${pad}# ${field.help} Example:`, ...exampleLines.map((l) => `${pad}#   ${l}`));
      else if (field.start === field.example) lines.push(`${pad}# ${field.help}`);
      else lines.push(`${pad}# ${field.help} Example: ${field.key}: ${field.example}`);
      // A `start` of several lines (a block list) goes under the key.
      const start = field.start?.includes('\n') ? `\n${field.start.split('\n').map((l) => `${pad}  ${l}`).join('\n')}` : field.start ? ` ${field.start}` : '';
      lines.push(`${pad}${field.key}:${start}`);
    }
  }
  return lines;
}

const SOURCES_HELP = 'Sources for what the text says, by id in sources.yaml (add one with `npm run new -- source "Title"`).';
const RELATED_HELP = 'Glossary ids of entries a reader should see next; both pages then list each other.';
/** An example source id: the templates never name a real site's sources. */
const SOURCE_EXAMPLE = '[city-council-statement-2024-01-05]';

/** The front-matter fields of a new glossary entry of `kind` (a kind of the registry). */
export function glossaryFields(kind: string, name: string, registry: KindRegistry = siteKinds): FieldSpec[] {
  const module = registry.get(kind);
  if (!module) throw new Error(`unknown kind "${kind}"; the kinds are: ${registry.ids.join(', ')}`);
  const ex = module.scaffold;
  return [
    { key: 'kind', help: `The kind of entry: ${registry.ids.join(', ')}.`, example: kind, start: kind },
    { key: 'name', help: 'The display name; the linker links it wherever the text uses it.', example: yamlText(name), start: yamlText(name) },
    { key: 'aliases', help: 'Other ways the text refers to it; the linker links each. Plurals and possessives match on their own.', example: ex.aliases, start: '[]' },
    { key: 'short', help: 'One plain sentence, 20 to 280 characters, for previews, the glossary index and search results.', example: ex.short },
    { key: 'related', help: RELATED_HELP, example: ex.related, start: '[]' },
    { key: 'sources', help: SOURCES_HELP, example: SOURCE_EXAMPLE, start: '[]' },
    { key: 'autolink', help: 'Uncomment to stop automatic links to this entry (forced links still work).', example: 'false', optional: true },
    { key: 'facts', help: `Facts shown in the box on the page, specific to a ${kind}.`, example: '', fields: ex.facts },
  ];
}

/** The front-matter fields of a new section. */
export function sectionFields(title: string): FieldSpec[] {
  return [
    { key: 'title', help: 'The heading readers see, 3 to 120 characters.', example: yamlText(title), start: yamlText(title) },
    { key: 'summary', help: 'One line (10 to 280 characters) saying what the section covers; used in search and backlinks.', example: 'The bridge was closed on 2 January after inspectors found cracks in two of its piers.' },
    { key: 'sources', help: SOURCES_HELP, example: SOURCE_EXAMPLE, start: '[]' },
    { key: 'updated', help: 'Only after a substantive change readers should know about: its day, YYYY-MM-DD. Shown under the section heading.', example: '2024-04-30', optional: true },
  ];
}

/**
 * Placeholders a new story starts with. They pass the schema (so the story
 * page can be previewed at once) but the checker rejects every TODO, so the
 * story cannot be published until each is replaced.
 */
const TODO = {
  dek: '"TODO: one sentence under the headline, 20 to 300 characters."',
  keyPoints: ['- "TODO: the first thing a reader must take away."', '- "TODO: the second thing a reader must take away."', '- "TODO: the third thing a reader must take away."'].join('\n'),
  summary: '"TODO: a short paragraph, 40 to 600 characters, for the home page and social cards."',
  lede: 'TODO: the lede, one or two paragraphs that say what happened and why it matters.',
  sectionTitle: 'TODO: the heading of the first section',
} as const;

/** The front-matter fields of a new story, dated `today` (YYYY-MM-DD). */
export function storyFields(title: string, today: string): FieldSpec[] {
  return [
    { key: 'title', help: 'The headline, 10 to 70 characters; search engines cut longer ones.', example: yamlText(title), start: yamlText(title) },
    { key: 'dek', help: 'One sentence under the headline, 20 to 300 characters.', example: 'The city closed its oldest bridge after inspectors found cracks; what is known, and what is not.', start: TODO.dek },
    { key: 'published', help: 'The day it is first published (YYYY-MM-DD).', example: today, start: today },
    { key: 'updated', help: 'The day of the latest change that matters to readers (YYYY-MM-DD); update it with each one.', example: today, start: today },
    { key: 'status', help: 'developing while facts are still coming in; settled once the record is stable.', example: 'developing', start: 'developing' },
    {
      key: 'keyPoints',
      help: 'Three to six short bullets, 10 to 240 characters each: what a reader must take away.',
      example: ['- Inspectors found cracks in two piers on 2 January.', '- The council closed the bridge the same evening.', '- No date has been set for reopening.'],
      start: TODO.keyPoints,
    },
    { key: 'summary', help: 'A short paragraph, 40 to 600 characters, for the home page and social cards.', example: 'The city closed its oldest road bridge on 2 January after an inspection found cracks in two piers. This explainer sets out what was found, who decides what happens next, and where the figures disagree.', start: TODO.summary },
    { key: 'coversUntil', help: 'The last month (or day, or year) of events the story covers: YYYY-MM, YYYY-MM-DD or YYYY; shown to readers.', example: '2024-01', optional: true },
    {
      key: 'whatWeKnow',
      help: 'The "What we know / what we don\'t know / what is disputed" summary at the top of the story: one sentence per item.',
      example: '',
      optional: true,
      fields: [
        { key: 'known', help: 'Facts established on the record (one to six).', example: '[Inspectors found cracks in two piers.]' },
        { key: 'unknown', help: 'Open questions nobody has answered on the record.', example: '[When the bridge will reopen.]' },
        { key: 'disputed', help: 'Points on which named sources disagree; say who holds which view.', example: '[Whether the cracks were reported in 2022.]' },
      ],
    },
    {
      key: 'blocks',
      help: 'Which optional blocks the story page shows: auto (when the story has something for it), true (always wanted) or false (never).',
      example: '',
      fields: [
        { key: 'claims', help: 'The "Claims and evidence" block, with the claims that belong to this story.', example: 'auto', start: 'auto' },
        { key: 'rangeChart', help: 'The "Reported ranges" chart of the entries with range figures this story links.', example: 'auto', start: 'auto' },
        { key: 'map', help: 'The "Where it happened" map of the entries with coordinates this story links.', example: 'auto', start: 'auto' },
        { key: 'timeline', help: 'The "Timeline" of the events that belong to this story.', example: 'auto', start: 'auto' },
      ],
    },
    {
      key: 'updates',
      help: 'Updates and corrections, newest first; type is update (new information) or correction (a fix).',
      example: ['- date: ' + today, '  text: Added the council\'s statement on the reopening date.', '  type: update'],
      optional: true,
    },
  ];
}

/** The fields of a new item of content/sources.yaml (the id is written first, on the list item's line). */
export function sourceFields(title: string): FieldSpec[] {
  return [
    { key: 'title', help: "The page's headline as published; if it was not recorded, a plain description in [square brackets], quoted.", example: yamlText(title), start: yamlText(title) },
    { key: 'publisher', help: 'Who published it; for a syndicated wire story name both.', example: 'Reuters via The Daily Example' },
    { key: 'url', help: 'The full https:// address.', example: 'https://news.example.org/2024/01/05/bridge-closed' },
    { key: 'date', help: 'Publication date: YYYY-MM-DD, YYYY-MM or YYYY. Delete the line only for an undated reference page.', example: '2024-01-05' },
    { key: 'kind', help: 'official, news, analysis, reference or data.', example: 'news' },
    { key: 'note', help: 'A note for readers, e.g. what it is cited for.', example: 'Cited for the date the bridge closed.', optional: true },
    { key: 'lang', help: "The language the source is written in, when it is not the site's default language (uk, de, pt-BR).", example: 'uk', optional: true },
  ];
}

const GLOSSARY_BODY = [
  'Below the closing ---: the background text in Markdown, in your own words. It must not be empty.',
  'Sub-headings start at ## (the name is the page heading). Every fact needs one of the sources above.',
];
const SECTION_BODY = [
  'Below the closing ---: the section text in Markdown, in your own words. It must not be empty.',
  'Sub-headings start at ### (the title is the section heading). Every fact needs one of the sources above;',
  'a paragraph with a figure or date cites it inline: [source](source:<id>).',
];
const HEADER = 'Written by `npm run new`. Fill in every empty field, then delete these comments if you like.';

function markdownFile(fields: string[], bodyHelp: readonly string[]): string {
  return ['---', `# ${HEADER}`, ...fields, ...bodyHelp.map((l) => `# ${l}`), '---', ''].join('\n');
}

/** The text of `content/glossary/<id>.md` for a new entry. */
export function glossaryTemplate(kind: string, name: string, options: RenderOptions = {}, registry: KindRegistry = siteKinds): string {
  const text = markdownFile(renderFields(glossaryFields(kind, name, registry), 0, options), GLOSSARY_BODY);
  return options.fillExamples ? `${text}Background text.\n` : text;
}

/** The text of `content/sections/<story>/NN-<slug>.md` for a new section. */
export function sectionTemplate(title: string, options: RenderOptions = {}): string {
  const text = markdownFile(renderFields(sectionFields(title), 0, options), SECTION_BODY);
  return options.fillExamples ? `${text}Section text.\n` : text;
}

const STORY_BODY = [
  'Below the closing ---: the lede in Markdown, in your own words. The sections are files in sections/<this story>/.',
];

/** The text of `stories/<id>.md` for a new story. */
export function storyTemplate(title: string, today: string, options: RenderOptions = {}): string {
  const text = markdownFile(renderFields(storyFields(title, today), 0, options), STORY_BODY);
  return `${text}${options.fillExamples ? 'The lede.' : TODO.lede}\n`;
}

/** The first section of a new story: a title still to write, so the checker flags it too. */
export function firstSectionTemplate(): string {
  return sectionTemplate(TODO.sectionTitle);
}

/** The file name of a new story's first section. */
export const FIRST_SECTION_FILE = '01-first-section.md';

/** The text to append to content/sources.yaml for a new source: one list item, commented. */
export function sourceItem(id: string, title: string, options: RenderOptions = {}): string {
  const fields = renderFields(sourceFields(title), 2, options);
  return [`# ${HEADER}`, `- id: ${id}`, ...fields, ''].join('\n');
}

/**
 * `existing` with `item` appended as the last list item, keeping the file's
 * text (and so its comments) exactly as it was, separated by one blank line.
 */
export function appendListItem(existing: string, item: string): string {
  const trimmed = existing.replace(/\s+$/, '');
  return trimmed === '' ? item : `${trimmed}\n\n${item}`;
}

/** The name a new site starts with when none is given. */
export const DEFAULT_SITE_NAME = 'My explainer site';

/** The files of an empty site (`npm run new -- site`): path inside the content folder → text. */
export function emptySiteFiles(name: string = DEFAULT_SITE_NAME): Record<string, string> {
  const list = (what: string, add: string) =>
    [
      `# ${what}`,
      '# An empty list: leave the file like this (only comments) or write [].',
      `# ${add}`,
      '',
    ].join('\n');
  return {
    'site.yaml': [
      '# The site configuration: name, address, language, links and colours (see "Make it your own site" in EDITING.md).',
      `name: ${yamlText(name)}`,
      '# One line under the name on the home page and in link previews.',
      'tagline: Background for the news, with a source for every fact.',
      '# The public address (the SITE_URL environment variable overrides it at build time) and the path the site is served under.',
      'url: https://explainer.example.org',
      'base: /',
      '# The dictionary (src/i18n/) and the Intl locale for dates and numbers; text direction ltr or rtl.',
      'language: en',
      'locale: en-GB',
      'dir: ltr',
      '# Uncomment to choose the story the home page leads with (default: the most recently updated).',
      '# leadStory: my-first-story',
      '# Uncomment to set who publishes the site (defaults: the name and address above, /favicon.svg as logo).',
      '# publisher: { name: My Newsroom, url: https://news.example.org, logo: /favicon.svg }',
      '# Uncomment to replace the header links and the footer.',
      '# navigation: [ { label: Glossary, href: /glossary/ }, { label: Sources, href: /sources/ } ]',
      '# footer: { text: "Every figure links to its source.", links: [ { label: Sources, href: /sources/ } ] }',
      '# Uncomment to change the colours (#rrggbb) for light and dark mode.',
      '# theme:',
      '#   light: { accent: "#9c2f12", surface: "#fdfcf9", text: "#1c1b19", muted: "#55524b" }',
      '#   dark: { accent: "#ff9f7a", surface: "#141414", text: "#ecebe7", muted: "#b6b2a8" }',
      '',
    ].join('\n'),
    'sources.yaml': list('Every source the site cites, by id.', 'Add one with: npm run new -- source "Headline of the page"'),
    'events.yaml': list('Dated events shown in the timelines.', 'Each item: - id, date, title, entries (glossary ids), sources (see EDITING.md).'),
    'claims.yaml': list('Claims and their evidence status.', 'Each item: - id, claim, claimant (a glossary id), date, status, evidence, asOf, sources (see EDITING.md).'),
    'stories/.gitkeep': '',
    'sections/.gitkeep': '',
    'glossary/.gitkeep': '',
  };
}
