/**
 * `npm run new`: starts a new glossary entry, section or source from a
 * commented template, so an editor never has to remember the fields.
 *
 *   npm run new -- <kind> "<Name>" [--story <story-id>] [--id <id>] [--root <dir>]
 *   npm run new -- translation <path of the original> [--lang <code>] [--refresh] [--id <item id>]
 *   npm run new -- site ["<Site name>"] [--dir <folder>]
 *
 * kind     any kind of glossary entry in src/kinds/ (term, person, place, …)  → content/glossary/<id>.md
 *          story    → content/stories/<id>.md and its first section, content/sections/<id>/01-first-section.md
 *          section  → content/sections/<story>/NN-<slug>.md, after the story's last section
 *          source   → a new item at the end of content/sources.yaml
 * translation  a translation of a story, section or entry file → content/<lang>/<same path>,
 *          its text fields copied as TODOs; of events.yaml, claims.yaml or sources.yaml → the items not yet
 *          in content/<lang>/<file> appended. --lang: the language (default: the site's only
 *          other language). --refresh: the translation was brought in line with the original;
 *          record today's date and the original's digest (of the items named by --id only, for a list).
 *          site     → an empty site: <folder>/site.yaml, empty sources/events/claims lists, no stories
 * --story  the story a section belongs to (default: the only story, when there is one)
 * --id     the id (or section slug) to use instead of the one derived from the name
 * --root   the project folder holding content/ (default: the current folder)
 * --dir    for `site`: the folder to create (default: the content folder, content/ or $EXPLAINER_CONTENT)
 *
 * The content folder is content/ unless the EXPLAINER_CONTENT environment
 * variable names another (see src/config/content-dir.ts).
 *
 * Never overwrites: an existing file, id or section slug stops it with exit
 * status 1. Exit status 2 means the command was used wrongly.
 *
 * Runs on Node's type stripping: erasable TypeScript only (no enums, no parameter properties).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { kinds } from '../kinds/registry.ts';
import {
  appendListItem,
  DEFAULT_SITE_NAME,
  emptySiteFiles,
  FIRST_SECTION_FILE,
  firstSectionTemplate,
  glossaryTemplate,
  ID_PATTERN,
  nextSectionFile,
  sectionSlug,
  sectionTemplate,
  shortenId,
  slugify,
  sourceItem,
  storyTemplate,
} from '../tooling/scaffold.ts';
import { closestId } from '../lib/text/suggest.ts';
import { contentDir, contentLabel } from '../config/content-dir.ts';
import { loadSite } from '../config/load.ts';
import { listTranslation, pageTranslation, refreshPageTranslation, type ListCollectionName, type TranslatableKind } from '../tooling/translation-scaffold.ts';

const KINDS = [...kinds.ids, 'story', 'section', 'source', 'site', 'translation'];
const USAGE = `usage: npm run new -- <kind> "<Name>" [--story <story-id>] [--id <id>] [--root <dir>]
       npm run new -- site ["<Site name>"] [--dir <folder>]
       npm run new -- translation <path of the original> [--lang <code>] [--refresh] [--id <item id>]
kinds: ${KINDS.join(', ')}`;

/** A mistake in how the command was called: exit 2. */
class UsageError extends Error {}
/** The command was fine but would overwrite or cannot proceed: exit 1. */
class Refusal extends Error {}

interface Created {
  /** Path from the project root. */
  path: string;
  /** What was made, for the first line of output. */
  what: string;
  /** Where to look in `npm run dev`. */
  preview: string;
  /** Extra steps for this kind, before check and dev. */
  steps: string[];
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        story: { type: 'string' },
        id: { type: 'string' },
        lang: { type: 'string' },
        refresh: { type: 'boolean', default: false },
        root: { type: 'string', default: '.' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const [kind, name, ...rest] = positionals;
    if (kind && !KINDS.includes(kind)) {
      const hint = closestId(kind, KINDS);
      throw new UsageError(`unknown kind "${kind}"${hint ? `; did you mean "${hint}"?` : ''}`);
    }
    if (rest.length) throw new UsageError(`unexpected "${rest.join(' ')}": put a name with spaces in quotes`);
    if (values.dir !== undefined && kind !== 'site') throw new UsageError('--dir applies to site only');
    const root = resolve(values.root);
    if (kind === 'site') {
      if (name !== undefined && !name.trim()) throw new UsageError('the site name is empty');
      report(newSite(root, name?.trim() || DEFAULT_SITE_NAME, values.dir));
      return 0;
    }
    if (!kind || !name) throw new UsageError('give a kind and a name, e.g. npm run new -- person "Ada Lovelace" or npm run new -- story "Why the bridge closed"');
    if (!name.trim()) throw new UsageError('the name is empty');
    if (kind === 'translation') {
      report(newTranslation(resolve(values.root), name, values.lang, values.refresh, values.id));
      return 0;
    }
    if (values.lang !== undefined || values.refresh) throw new UsageError('--lang and --refresh apply to translations only');
    if (values.story !== undefined && kind !== 'section') throw new UsageError('--story applies to sections only');

    const content = contentDir(root);
    if (!existsSync(content) || !statSync(content).isDirectory()) throw new UsageError(`no ${contentLabel(content, root)}/ folder in ${root}; start an empty site there with npm run new -- site`);

    const derived = kind === 'source' ? shortenId(slugify(name)) : slugify(name);
    const id = values.id ?? derived;
    if (!id) throw new UsageError(`cannot make an id from "${name}" (no Latin letters or digits); pass one with --id, e.g. --id my-entry`);
    if (!ID_PATTERN.test(id)) throw new UsageError(`"${id}" is not a valid id: use lower-case letters and digits joined by single hyphens`);

    const created =
      kind === 'section' ? newSection(root, name.trim(), id, values.story)
      : kind === 'source' ? newSource(root, name.trim(), id)
      : kind === 'story' ? newStory(root, name.trim(), id)
      : newGlossaryEntry(root, kind, name.trim(), id);
    report(created);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    if (error instanceof Refusal) {
      process.stderr.write(`new: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function usage(message: string): number {
  process.stderr.write(`new: ${message}\n${USAGE}\n`);
  return 2;
}

function newTranslation(root: string, originalPath: string, langOption: string | undefined, refresh: boolean, itemId: string | undefined): Created {
  const content = contentDir(root);
  const label = contentLabel(content, root);
  const { site } = loadSite(content, root);
  const others = site.languages.slice(1).map((l) => l.code);
  const lang = langOption ?? (others.length === 1 ? others[0] : undefined);
  if (!lang) throw new UsageError(others.length ? `say which language with --lang: ${others.join(', ')}` : `the site has one language; add the other to "languages" in ${label}/site.yaml first`);
  if (!others.includes(lang)) throw new UsageError(`"${lang}" is not one of the site's other languages (${others.join(', ') || 'none'}); add it to "languages" in ${label}/site.yaml`);
  const absolute = resolve(root, originalPath);
  const inside = relative(content, absolute).split('\\').join('/');
  if (inside.startsWith('..') || !existsSync(absolute)) throw new UsageError(`no file ${originalPath} in ${label}/; give the path of the original, e.g. ${label}/glossary/town-council.md`);
  const target = join(content, lang, inside);
  const today = new Date().toISOString().slice(0, 10);
  const list = /^(events|claims|sources)\.ya?ml$/.exec(inside);
  if (list) {
    const collection = list[1] as ListCollectionName;
    const originals = (parseDocument(readFileSync(absolute, 'utf8')).toJS() ?? []) as Array<Record<string, unknown> & { id: string }>;
    const existing = existsSync(target) ? readFileSync(target, 'utf8') : '';
    const result = listTranslation(collection, originals, existing, today, refresh ? { ids: itemId ? [itemId] : undefined } : false);
    mkdirSync(join(content, lang), { recursive: true });
    writeFileSync(target, result.text);
    return {
      path: rel(root, target),
      what: `${result.added} item(s) to translate added${refresh ? `, ${result.refreshed} marked as in line with the original` : ''}`,
      preview: `http://localhost:4321/${lang}/`,
      steps: ['Translate every text after "TODO: " and remove the "TODO: ".'],
    };
  }
  const kind = inside.split('/')[0] as TranslatableKind;
  if (!['stories', 'sections', 'glossary'].includes(kind)) throw new UsageError(`${originalPath} is not a story, section, entry, events.yaml, claims.yaml or sources.yaml`);
  const original = readFileSync(absolute, 'utf8');
  const page = kind === 'glossary' ? `/${lang}/glossary/${inside.split('/')[1]!.replace(/\.mdx?$/, '')}/` : kind === 'stories' ? `/${lang}/stories/${inside.split('/')[1]!.replace(/\.mdx?$/, '')}/` : `/${lang}/stories/${inside.split('/')[1]}/`;
  if (refresh) {
    if (!existsSync(target)) throw new Refusal(`there is no translation ${rel(root, target)} to refresh; leave out --refresh to start one`);
    writeFileSync(target, refreshPageTranslation(readFileSync(target, 'utf8'), original, today));
    return { path: rel(root, target), what: `marked as in line with ${rel(root, absolute)} as of ${today}`, preview: `http://localhost:4321${page}`, steps: [] };
  }
  if (existsSync(target)) throw new Refusal(`${rel(root, target)} already exists; edit it, and run with --refresh once it matches the original again`);
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, pageTranslation(kind, original, today), { flag: 'wx' });
  return {
    path: rel(root, target),
    what: `a ${lang} translation of ${rel(root, absolute)}`,
    preview: `http://localhost:4321${page}`,
    steps: [
      'Translate every field after "TODO: " and the text below the front matter; remove each "TODO".',
      kind === 'glossary' ? 'Add "forms:" for names the site cannot decline (EDITING.md, "Linking in Ukrainian"), and "translatorNote:" where a term has no settled equivalent.' : 'Everything not in the file (sources, dates, status) stays the original\'s.',
    ],
  };
}

function newGlossaryEntry(root: string, kind: string, name: string, id: string): Created {
  const dir = join(contentDir(root), 'glossary');
  for (const ext of ['md', 'mdx']) {
    const existing = join(dir, `${id}.${ext}`);
    if (existsSync(existing)) {
      throw new Refusal(`${rel(root, existing)} already exists, so the id "${id}" is taken. Edit that file, or choose another id with --id.`);
    }
  }
  const path = join(dir, `${id}.md`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, glossaryTemplate(kind, name), { flag: 'wx' });
  return {
    path: rel(root, path),
    what: `a ${kind} entry with the id "${id}"`,
    preview: `http://localhost:4321/glossary/${id}/`,
    steps: [
      'Write the background text below the closing ---.',
      'Mention the entry somewhere in a story or another entry, or the check warns that nothing links to it.',
    ],
  };
}

function newSection(root: string, title: string, slug: string, storyOption: string | undefined): Created {
  const storiesDir = join(contentDir(root), 'stories');
  const stories = existsSync(storiesDir)
    ? readdirSync(storiesDir).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')).sort()
    : [];
  let story = storyOption;
  if (story === undefined) {
    if (stories.length !== 1) {
      throw new UsageError(stories.length === 0
        ? `there is no story in ${label(root)}/stories/ to add a section to; start one with npm run new -- story "<Title>"`
        : `say which story the section belongs to with --story; the stories are: ${stories.join(', ')}`);
    }
    story = stories[0]!;
  } else if (!stories.includes(story)) {
    const hint = closestId(story, stories);
    throw new UsageError(`no story "${story}" in ${label(root)}/stories/${hint ? `; did you mean "${hint}"?` : stories.length ? `; the stories are: ${stories.join(', ')}` : ''}`);
  }
  const dir = join(contentDir(root), 'sections', story);
  const existing = existsSync(dir) ? readdirSync(dir) : [];
  const clash = existing.find((f) => /\.mdx?$/.test(f) && sectionSlug(f) === slug);
  if (clash) {
    throw new Refusal(`the story already has a section "${slug}" (${label(root)}/sections/${story}/${clash}); two sections cannot share an anchor. Choose another title or pass --id.`);
  }
  const { fileName } = nextSectionFile(existing, slug);
  const path = join(dir, fileName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, sectionTemplate(title), { flag: 'wx' });
  return {
    path: rel(root, path),
    what: `section ${fileName.slice(0, fileName.indexOf('-'))} of the story "${story}"`,
    preview: `http://localhost:4321/stories/${story}/#${slug}`,
    steps: [
      'Write the section text below the closing ---.',
      'To move the section, rename the file: the number at the start of its name is its place in the story.',
    ],
  };
}

function newSource(root: string, title: string, id: string): Created {
  const path = join(contentDir(root), 'sources.yaml');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const doc = parseDocument(text);
  if (doc.errors.length) {
    throw new Refusal(`${rel(root, path)} does not parse (${doc.errors[0]!.message.split('\n')[0]}); run npm run check, fix it, then try again`);
  }
  const items = doc.toJS() as unknown;
  if (items !== null && items !== undefined && !Array.isArray(items)) throw new Refusal(`${rel(root, path)} is not a list of sources: each source is an item starting "- id: ...", and an empty list is an empty file`);
  const ids = ((items as Array<{ id?: unknown }> | null) ?? []).map((item) => item?.id);
  if (ids.includes(id)) {
    throw new Refusal(`${rel(root, path)} already has a source with the id "${id}". Cite that one, or choose another id with --id.`);
  }
  writeFileSync(path, appendListItem(text, sourceItem(id, title)));
  return {
    path: rel(root, path),
    what: `a source with the id "${id}", at the end of the file`,
    preview: 'http://localhost:4321/sources/',
    steps: [`Cite it as ${id} in the sources of the content that relies on it, or the check warns that it is unused.`],
  };
}

function newStory(root: string, title: string, id: string): Created {
  const content = contentDir(root);
  for (const ext of ['md', 'mdx']) {
    const existing = join(content, 'stories', `${id}.${ext}`);
    if (existsSync(existing)) throw new Refusal(`${rel(root, existing)} already exists, so the story id "${id}" is taken. Edit that story, or choose another id with --id.`);
  }
  const sections = join(content, 'sections', id);
  if (existsSync(sections) && readdirSync(sections).some((f) => /\.mdx?$/.test(f))) {
    throw new Refusal(`${rel(root, sections)}/ already holds sections but there is no story "${id}"; move them, or choose another id with --id.`);
  }
  const path = join(content, 'stories', `${id}.md`);
  mkdirSync(join(content, 'stories'), { recursive: true });
  mkdirSync(sections, { recursive: true });
  writeFileSync(path, storyTemplate(title, new Date().toISOString().slice(0, 10)), { flag: 'wx' });
  writeFileSync(join(sections, FIRST_SECTION_FILE), firstSectionTemplate(), { flag: 'wx' });
  return {
    path: rel(root, path),
    what: `the story "${id}", with its first section in ${rel(root, join(sections, FIRST_SECTION_FILE))}`,
    preview: `http://localhost:4321/stories/${id}/`,
    steps: [
      'Replace every TODO in the story: the dek, the key points, the summary and the lede below the closing ---.',
      `Write the first section in ${rel(root, join(sections, FIRST_SECTION_FILE))}: its heading, summary, sources and text. Rename the file after its heading (keep the 01- prefix).`,
      `Add more sections with npm run new -- section "<Heading>" --story ${id}, sources with npm run new -- source "<Headline>", entries with npm run new -- <kind> "<Name>".`,
    ],
  };
}

function newSite(root: string, name: string, dirOption: string | undefined): Created {
  const dir = dirOption === undefined ? contentDir(root) : resolve(root, dirOption);
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    throw new Refusal(`${rel(root, dir) || dir} already exists and is not empty; choose an empty or new folder with --dir, e.g. --dir my-site`);
  }
  for (const [file, text] of Object.entries(emptySiteFiles(name))) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text, { flag: 'wx' });
  }
  const shown = rel(root, dir);
  const own = dir === resolve(root, 'content');
  const env = own ? '' : `EXPLAINER_CONTENT=${shown} `;
  return {
    path: `${shown}/site.yaml`,
    what: `an empty site in ${shown}/ (no stories, no entries, empty lists of sources, events and claims)`,
    preview: 'http://localhost:4321/',
    steps: [
      ...(own ? [] : [`Point every command at it: prefix them with ${env}(or export EXPLAINER_CONTENT=${shown}).`]),
      `Start the first story: ${env}npm run new -- story "<Title>".`,
      `Build the site with ${env}npm run build; it builds as it is, with a home page that says there are no stories yet.`,
    ],
  };
}

function label(root: string): string {
  return contentLabel(contentDir(root), root);
}

function report(created: Created) {
  const steps = [
    `Open ${created.path} and fill in every empty field; the comment above each says what to write, with an example.`,
    ...created.steps,
    'Run npm run check: it lists every field still missing, with its line, until the file is complete.',
    `Run npm run dev and open ${created.preview} to see it.`,
  ];
  process.stdout.write(`Created ${created.path}: ${created.what}.\n\nNext steps:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}\n`);
}

/** A path from the project root, with forward slashes. */
function rel(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}

process.exitCode = main(process.argv.slice(2));
