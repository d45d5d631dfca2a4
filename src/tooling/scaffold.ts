/**
 * What `npm run new` writes: ids derived from names, the next free section
 * position, and a commented template per kind of content.
 *
 * A template leaves every field the editor must research empty, so
 * `npm run check` fails on it, field by field, until it is filled in: a new
 * file can never be published half-written. The comment above each field says
 * what to write and gives an example taken from the existing content; a unit
 * test fills every example in and validates the result, so the examples stay
 * valid as the schemas change.
 */
import type { GlossaryKind } from '../schemas/glossary.ts';

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

/** One field of a template. */
export interface FieldSpec {
  key: string;
  /** What to write, as a sentence for the comment above the field. */
  help: string;
  /** A valid value: inline YAML, or block lines (for lists and groups) written under the key. */
  example: string | readonly string[];
  /** What the scaffold writes. Unset: nothing, so the check fails until the editor fills it in. */
  start?: string;
  /** Optional fields are written commented out, ready to uncomment. */
  optional?: boolean;
  /** The fields of a group (`facts`, `coordinates`). */
  fields?: readonly FieldSpec[];
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
      lines.push(`${pad}${field.key}:${field.start ? ` ${field.start}` : ''}`);
    }
  }
  return lines;
}

const SOURCES_HELP = 'Sources for what the text says, by id in content/sources.yaml (add one with `npm run new -- source "Title"`).';
const RELATED_HELP = 'Glossary ids of entries a reader should see next; both pages then list each other.';

/** The kind-specific facts of each kind of glossary entry, with an example of each. */
const FACTS: Record<GlossaryKind, readonly FieldSpec[]> = {
  term: [
    { key: 'expansion', help: 'The words an acronym stands for.', example: 'short-range ballistic missile', optional: true },
    { key: 'field', help: 'The field the term belongs to.', example: 'Missile classification' },
    {
      key: 'definitions',
      help: 'Definitions that differ between authorities, each in your own words with its source.',
      example: ['- by: US Congressional Research Service', '  text: Ballistic missiles with ranges of roughly 300 to 1,000 km.', '  source: crs-defense-primer-bmd'],
      start: '[]',
    },
  ],
  weapon: [
    { key: 'origin', help: 'The country that developed it.', example: 'North Korea' },
    { key: 'class', help: 'Its class.', example: 'Short-range ballistic missile' },
    { key: 'propulsion', help: 'solid, liquid or unknown.', example: 'solid', start: 'unknown' },
    { key: 'designations', help: 'Other designations (national names, NATO or US codes).', example: '[Hwasong-11 family, Hwasong-11Ga]', start: '[]' },
    { key: 'firstTested', help: 'Date of the first known test: YYYY-MM-DD, YYYY-MM or YYYY.', example: '2019-05-04', optional: true },
    { key: 'calibreMm', help: 'Diameter in millimetres, when it defines the weapon.', example: '600', optional: true },
    {
      key: 'ranges',
      help: 'Every published range figure with its source; basis is test, claimed, official or assessment.',
      example: ['- km: 690', '  basis: test', '  label: 25 July 2019 test, longer of the two figures', '  date: 2019-07-25', '  sources: [csis-kn23-new-missiles]'],
      start: '[]',
    },
  ],
  person: [
    { key: 'role', help: 'Their role at the time of the story.', example: 'Adviser to the head of the Office of the President of Ukraine' },
    { key: 'affiliation', help: 'The glossary id of the organisation they spoke for, when it has an entry.', example: 'office-of-the-president-of-ukraine', optional: true },
    { key: 'country', help: 'Their country.', example: 'Ukraine' },
    { key: 'asOf', help: 'The date (YYYY-MM-DD) on which `role` was true.', example: '2024-01-05' },
    { key: 'formerRoles', help: 'Earlier roles worth knowing, in short phrases.', example: '[Journalist]', start: '[]' },
    { key: 'spellings', help: 'Other spellings of the name in English-language reporting.', example: '[Mikhail Podolyak]', start: '[]' },
  ],
  organization: [
    { key: 'type', help: 'What sort of body it is.', example: 'UN Security Council expert panel' },
    { key: 'country', help: 'The country it belongs to; leave out for international bodies.', example: 'Ukraine', optional: true },
    { key: 'parent', help: 'The glossary id of the body it belongs to, when that has an entry.', example: 'un-security-council', optional: true },
    { key: 'established', help: 'When it was set up: YYYY-MM-DD, YYYY-MM or YYYY.', example: '2009-06-12', optional: true },
    { key: 'dissolved', help: 'When it stopped working, if it has.', example: '2024-04-30', optional: true },
  ],
  place: [
    { key: 'placeType', help: 'city, region or country.', example: 'region' },
    { key: 'country', help: 'The country it is in (for a country, itself).', example: 'Russia' },
    {
      key: 'coordinates',
      help: 'Latitude and longitude in decimal degrees; two decimals are enough for a locator map.',
      example: '',
      fields: [
        { key: 'lat', help: 'Degrees north (negative for south).', example: '51.73' },
        { key: 'lon', help: 'Degrees east (negative for west).', example: '36.18' },
      ],
    },
    { key: 'coordinatesNote', help: 'What the point stands for when it is not the place itself.', example: 'Administrative centre, the city of Kursk.', optional: true },
    { key: 'coordinatesSource', help: 'The source id of the coordinates.', example: 'geonames' },
  ],
  law: [
    { key: 'instrument', help: 'The kind of instrument.', example: 'UN Security Council resolution' },
    { key: 'adopted', help: 'The day it was adopted (YYYY-MM-DD).', example: '2006-10-14' },
    { key: 'vote', help: 'How the vote went.', example: '15-0', optional: true },
    { key: 'adoptedBy', help: 'The glossary id of the body that adopted it, when that has an entry.', example: 'un-security-council', optional: true },
    { key: 'provisions', help: 'What it does, one short phrase per provision (at least one).', example: ['- No supply of major weapons to North Korea', '- Created the 1718 Sanctions Committee'] },
  ],
  event: [
    { key: 'date', help: 'When it happened: YYYY-MM-DD, YYYY-MM or YYYY.', example: '2024-01-02' },
    { key: 'place', help: 'The glossary id of where it happened, when that has an entry.', example: 'kharkiv', optional: true },
    {
      key: 'tolls',
      help: 'Casualty tolls in the order they were reported; keep each one, tolls change.',
      example: ['- asOf: 2024-01-04', '  killed: 2', '  injured: 62', '  reportedBy: Kharkiv regional prosecutors', '  source: kyiv-independent-toll-2024-01-04'],
      start: '[]',
    },
  ],
};

/** Examples of the common fields, per kind, from the existing content. */
const COMMON_EXAMPLES: Record<GlossaryKind, { aliases: string; short: string; related: string }> = {
  term: { aliases: '[short-range ballistic missile]', short: 'Short for short-range ballistic missile, a class of ballistic missile defined by its range.', related: '[kn-23, kn-25]' },
  weapon: { aliases: '[Hwasong-11, Hwasong-11Ga]', short: 'A North Korean solid-fuel short-range ballistic missile, first tested in May 2019.', related: '[kn-25, srbm]' },
  person: { aliases: '[Podolyak]', short: 'Adviser to the head of the Office of the President of Ukraine.', related: '[office-of-the-president-of-ukraine]' },
  organization: { aliases: '[Panel of Experts]', short: 'A UN expert group that monitored sanctions on North Korea from 2009 to 2024.', related: '[un-security-council]' },
  place: { aliases: '[Kursk region]', short: 'A region of Russia with the city of Kursk as its administrative centre.', related: '[russia, belgorod-oblast]' },
  law: { aliases: '[Resolution 1718]', short: 'The UN Security Council resolution of 14 October 2006 that banned trade in major weapons with North Korea.', related: '[un-security-council]' },
  event: { aliases: '[2 January strike]', short: 'A Russian missile attack on Kharkiv on the morning of 2 January 2024.', related: '[kharkiv, kn-23]' },
};

/** The front-matter fields of a new glossary entry of `kind`. */
export function glossaryFields(kind: GlossaryKind, name: string): FieldSpec[] {
  const ex = COMMON_EXAMPLES[kind];
  return [
    { key: 'kind', help: 'The kind of entry: term, weapon, person, organization, place, law or event.', example: kind, start: kind },
    { key: 'name', help: 'The display name; the linker links it wherever the text uses it.', example: yamlText(name), start: yamlText(name) },
    { key: 'aliases', help: 'Other ways the text refers to it; the linker links each. Plurals and possessives match on their own.', example: ex.aliases, start: '[]' },
    { key: 'short', help: 'One plain sentence, 20 to 280 characters, for previews, the glossary index and search results.', example: ex.short },
    { key: 'related', help: RELATED_HELP, example: ex.related, start: '[]' },
    { key: 'sources', help: SOURCES_HELP, example: '[interfax-kostin-2024-01-11]', start: '[]' },
    { key: 'autolink', help: 'Uncomment to stop automatic links to this entry (forced links still work).', example: 'false', optional: true },
    { key: 'facts', help: `Facts shown in the box on the page, specific to a ${kind}.`, example: '', fields: FACTS[kind] },
  ];
}

/** The front-matter fields of a new section. */
export function sectionFields(title: string): FieldSpec[] {
  return [
    { key: 'title', help: 'The heading readers see, 3 to 120 characters.', example: yamlText(title), start: yamlText(title) },
    { key: 'summary', help: 'One line (10 to 280 characters) saying what the section covers; used in search and backlinks.', example: 'Three missiles hit Kharkiv on 2 January 2024, and prosecutors later identified one as North Korean.' },
    { key: 'sources', help: SOURCES_HELP, example: '[interfax-kostin-2024-01-11]', start: '[]' },
    { key: 'updated', help: 'Only after a substantive change readers should know about: its day, YYYY-MM-DD. Shown under the section heading.', example: '2024-04-30', optional: true },
  ];
}

/** The fields of a new item of content/sources.yaml (the id is written first, on the list item's line). */
export function sourceFields(title: string): FieldSpec[] {
  return [
    { key: 'title', help: "The page's headline as published; if it was not recorded, a plain description in [square brackets], quoted.", example: yamlText(title), start: yamlText(title) },
    { key: 'publisher', help: 'Who published it; for a syndicated wire story name both.', example: 'Reuters via The Nation Thailand' },
    { key: 'url', help: 'The full https:// address.', example: 'https://www.nationthailand.com/world/russia-central-asia/40034445' },
    { key: 'date', help: 'Publication date: YYYY-MM-DD, YYYY-MM or YYYY. Delete the line only for an undated reference page.', example: '2024-01-05' },
    { key: 'kind', help: 'official, news, analysis, reference or data.', example: 'news' },
    { key: 'note', help: 'A note for readers, e.g. what it is cited for.', example: 'Cited for the wording of the 900 km range figure.', optional: true },
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
export function glossaryTemplate(kind: GlossaryKind, name: string, options: RenderOptions = {}): string {
  const text = markdownFile(renderFields(glossaryFields(kind, name), 0, options), GLOSSARY_BODY);
  return options.fillExamples ? `${text}Background text.\n` : text;
}

/** The text of `content/sections/<story>/NN-<slug>.md` for a new section. */
export function sectionTemplate(title: string, options: RenderOptions = {}): string {
  const text = markdownFile(renderFields(sectionFields(title), 0, options), SECTION_BODY);
  return options.fillExamples ? `${text}Section text.\n` : text;
}

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
