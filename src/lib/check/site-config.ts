/**
 * Checks the two configuration files of a content folder: `site.yaml` (the
 * site's name, address, language, links and colours) and the optional
 * dictionary overrides `i18n/<language>.yaml`. Same message form as every
 * content file: file, line, column, field, what is wrong and the fix.
 */
import { localTexts, siteSchema, type SiteData } from '../../config/schema.ts';
import { isMessageKey, MESSAGE_KEYS, type Dictionary } from '../../i18n/translate.ts';
import { kindDictionaryDefaults } from '../../kinds/registry.ts';
import { en } from '../../i18n/en.ts';
import { PLURAL_CATEGORIES, placeholdersOf, type Message } from '../../i18n/format.ts';
import { closestId } from '../text/suggest.ts';
import type { Problem } from './problem.ts';
import { allowedKeys } from './schema-keys.ts';
import { parseYaml, type ParsedYaml, type Position } from './yaml-document.ts';
import { friendlyIssue } from './zod-messages.ts';

export interface ConfigFile {
  /** Path from the project root, e.g. `content/site.yaml`. */
  path: string;
  text: string;
}

export interface SiteCheck {
  /** The validated data, or null when the file has errors. */
  data: SiteData | null;
  problems: Problem[];
  /** Where a field is written, for checks that need the rest of the content (leadStory). */
  locate: (path: ReadonlyArray<string | number>) => Position;
}

function problem(file: string, pos: Position, field: string, message: string, fix: string, severity: Problem['severity'] = 'error'): Problem {
  return { file, line: pos.line, column: pos.column, field, message, fix, severity };
}

function yamlProblems(file: ConfigFile, yaml: ParsedYaml): Problem[] {
  return yaml.errors.map((e) =>
    problem(file.path, e, 'YAML', `the YAML does not parse: ${e.message}`, e.fix ?? 'check indentation, colons and quotes on this line; quote text that contains ": " or starts with a special character'),
  );
}

/**
 * On a site in several languages, a reader-facing text written once (or
 * without an edition's language) shows in the default language in every
 * edition: a warning names the field and the languages it lacks. The name
 * is left alone: one brand for every edition is normal.
 */
function untranslatedTexts(file: ConfigFile, data: SiteData, locate: (path: ReadonlyArray<string | number>) => Position): Problem[] {
  const others = (data.languages ?? []).slice(1).map((l) => l.code);
  if (!others.length) return [];
  const out: Problem[] = [];
  for (const [path, value] of localTexts(data)) {
    if (path[0] === 'name') continue;
    const missing = typeof value === 'string' ? others : others.filter((code) => value[code] === undefined);
    if (!missing.length) continue;
    const field = path.join('.');
    const example = typeof value === 'string' ? value : (value[data.language] ?? '');
    out.push(problem(file.path, locate(path), field, `"${field}" has no ${missing.join(', ')} text: the ${missing.join(', ')} edition shows it in ${data.language}`, `write one text per language, e.g. { ${data.language}: ${example}, ${missing[0]}: … }`, 'warning'));
  }
  return out;
}

export function checkSiteFile(file: ConfigFile): SiteCheck {
  const yaml = parseYaml(file.text);
  const problems = yamlProblems(file, yaml);
  if (problems.length) return { data: null, problems, locate: yaml.locate };
  const input = yaml.data ?? {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push(problem(file.path, { line: 1, column: 1 }, 'site', 'expected the site\'s fields ("name: …", "url: …"), one per line', 'see "Make it your own site" in EDITING.md'));
    return { data: null, problems, locate: yaml.locate };
  }
  const result = siteSchema.safeParse(input);
  if (result.success) {
    problems.push(...untranslatedTexts(file, result.data, yaml.locate));
    return { data: result.data, problems, locate: yaml.locate };
  }
  for (const issue of result.error.issues) {
    for (const f of friendlyIssue(issue, input, (p) => allowedKeys(siteSchema, input, p))) {
      const pos = f.atKey ? yaml.locateKey(f.path.slice(0, -1), String(f.path.at(-1))) : yaml.locate(f.path);
      problems.push(problem(file.path, pos, f.path.join('.') || 'site', f.message, f.fix));
    }
  }
  return { data: null, problems, locate: yaml.locate };
}

export interface MessagesCheck {
  overrides: Dictionary;
  problems: Problem[];
}

const isPluralMap = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/** `i18n/<language>.yaml`: `key: text` lines (or plural forms), every key one of the dictionary's. */
export function checkMessagesFile(file: ConfigFile): MessagesCheck {
  const yaml = parseYaml(file.text);
  const problems = yamlProblems(file, yaml);
  const overrides: Record<string, Message> = {};
  if (problems.length || yaml.data == null) return { overrides, problems };
  if (!isPluralMap(yaml.data)) {
    problems.push(problem(file.path, { line: 1, column: 1 }, 'messages', 'expected one "key: text" per line', 'write e.g. "nav.glossary: Background" (keys as in src/i18n/en.ts)'));
    return { overrides, problems };
  }
  // Kinds' labels and facts-box strings are keys too (`kind.<id>.<key>`), with the kind module's English as the default.
  const kindDefaults = kindDictionaryDefaults();
  for (const [key, value] of Object.entries(yaml.data)) {
    const isKindString = !isMessageKey(key) && Object.hasOwn(kindDefaults, key);
    if (!isMessageKey(key) && !isKindString) {
      const hint = closestId(key, [...MESSAGE_KEYS, ...Object.keys(kindDefaults)]);
      problems.push(problem(file.path, yaml.locateKey([], key), key, `unknown message key "${key}"`, hint ? `did you mean "${hint}"?` : "use a key from src/i18n/en.ts, or kind.<kind>.<key> with a key of the kind's strings in src/kinds/"));
      continue;
    }
    const english = (isKindString ? kindDefaults[key] : en[key as keyof typeof en]) as Message;
    let message: Message | null = null;
    if (typeof value === 'string') message = value;
    else if (isKindString) problems.push(problem(file.path, yaml.locate([key]), key, "a kind's facts-box string takes plain text, not plural forms", 'write the wording as text after the key'));
    else if (isPluralMap(value)) {
      const wrong = Object.keys(value).find((k) => !(PLURAL_CATEGORIES as readonly string[]).includes(k));
      const notText = Object.entries(value).find(([, v]) => typeof v !== 'string');
      if (wrong) problems.push(problem(file.path, yaml.locateKey([key], wrong), `${key}.${wrong}`, `"${wrong}" is not a plural form`, `use ${PLURAL_CATEGORIES.join(', ')}`));
      else if (notText) problems.push(problem(file.path, yaml.locate([key, notText[0]]), `${key}.${notText[0]}`, 'expected text', 'write the wording as text'));
      else if (typeof value.other !== 'string') problems.push(problem(file.path, yaml.locate([key]), key, 'the plural forms lack "other"', 'add "other:", the form used for most numbers'));
      else message = value as unknown as Message;
    } else problems.push(problem(file.path, yaml.locate([key]), key, 'expected text, or plural forms (one:, other:)', 'write the wording as text after the key'));
    if (message === null) continue;
    const wanted = placeholdersOf(english);
    const used = placeholdersOf(message);
    const unknown = [...used].filter((p) => !wanted.has(p));
    if (unknown.length) {
      const known = wanted.size ? `this message has ${[...wanted].map((p) => `{${p}}`).join(', ')}` : 'this message has no placeholders';
      problems.push(problem(file.path, yaml.locate([key]), key, `the placeholder {${unknown[0]}} is not filled in for this message`, known));
      continue;
    }
    overrides[key] = message;
  }
  return { overrides: overrides as Dictionary, problems };
}
