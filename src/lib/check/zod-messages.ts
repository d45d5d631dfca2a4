/**
 * Turns zod issues into sentences an editor can act on. Zod's own messages
 * ("Invalid input: expected string, received undefined") say what the
 * machine saw; these say what to write instead.
 */
import type { z } from 'astro/zod';
import { closestId } from '../text/suggest.ts';

export interface FriendlyIssue {
  /** The path of the field at fault (for an unknown key: the key itself). */
  path: Array<string | number>;
  /** True when the position should be the key of `path`'s last element, not its value. */
  atKey: boolean;
  message: string;
  fix: string;
}

type Issue = z.core.$ZodIssue;

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${JSON.stringify(value)}`;
};

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ", or [a, b])',
  object: 'a group of indented fields',
};

/** `knownKeys` maps a path (joined with '.') to the fields allowed there, for "did you mean". */
export function friendlyIssue(issue: Issue, input: unknown, knownKeys: (path: PropertyKey[]) => string[]): FriendlyIssue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = path.join('.') || 'front matter';
  switch (issue.code) {
    case 'invalid_type': {
      const received = valueAt(input, path);
      const expected = expectedWords[issue.expected] ?? issue.expected;
      if (received === undefined) {
        return [{ path, atKey: false, message: `required field "${field}" is missing`, fix: `add "${path.at(-1)}:" with ${expected}` }];
      }
      return [{ path, atKey: false, message: `expected ${expected}, found ${describe(received)}`, fix: `write ${expected} for "${field}"` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const allowed = knownKeys(path);
        const hint = closestId(key, allowed);
        return {
          path: [...path, key],
          atKey: true,
          message: `unknown field "${key}"`,
          fix: hint ? `did you mean "${hint}"?` : `remove it, or use one of: ${allowed.join(', ')}`,
        };
      });
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') {
        // A schema's own message (e.g. "cite at least one source id ...") says what to add; zod's default does not.
        const fix = /^too small/i.test(issue.message) ? `add ${min === 1 ? 'one' : 'more'} to the list` : issue.message;
        return [{ path, atKey: false, message: `"${field}" needs at least ${min} item${min === 1 ? '' : 's'}`, fix }];
      }
      if (issue.origin === 'string') {
        return [{ path, atKey: false, message: `"${field}" is too short (at least ${min} characters)`, fix: 'write it out in full' }];
      }
      const inclusive = 'inclusive' in issue ? issue.inclusive !== false : true;
      return [{ path, atKey: false, message: `"${field}" must be ${inclusive ? 'at least' : 'more than'} ${min}`, fix: 'check the figure' }];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      const value = valueAt(input, path);
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.length : 0;
        return [{ path, atKey: false, message: `"${field}" is ${length} characters; the limit is ${max}`, fix: issue.message.startsWith('keep') ? issue.message : `shorten it by ${length - max} characters` }];
      }
      if (issue.origin === 'array') {
        return [{ path, atKey: false, message: `"${field}" has more than ${max} items`, fix: `keep at most ${max}` }];
      }
      return [{ path, atKey: false, message: `"${field}" must be at most ${max}`, fix: 'check the figure' }];
    }
    case 'invalid_value':
      return [{ path, atKey: false, message: `"${field}" is ${describe(valueAt(input, path))}`, fix: `use one of: ${issue.values.map(String).join(', ')}` }];
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? (issue.options as unknown[]) : [];
      if (options.length) {
        const value = valueAt(input, path);
        const hint = typeof value === 'string' ? closestId(value, options.map(String)) : null;
        return [{ path, atKey: false, message: `"${field}" is ${describe(value)}`, fix: hint ? `did you mean "${hint}"? Allowed: ${options.join(', ')}` : `use one of: ${options.join(', ')}` }];
      }
      if (valueAt(input, path) === undefined) return [{ path, atKey: false, message: `required field "${field}" is missing`, fix: `add "${path.at(-1)}:" with text` }];
      return [{ path, atKey: false, message: `"${field}" does not match any allowed form`, fix: issue.message }];
    }
    case 'invalid_format': {
      const value = valueAt(input, path);
      if (issue.format === 'url' && typeof value === 'string' && /^http:\/\//i.test(value)) {
        return [{ path, atKey: false, message: `"${field}" is an http:// address; only https:// links are published`, fix: 'write "https://" instead of "http://", after checking that the page opens at that address' }];
      }
      const shown = typeof value === 'string' ? JSON.stringify(value) : describe(value);
      const what = issue.format === 'regex' ? 'is not written in the expected form' : issue.format === 'url' ? 'is not a full web address' : `is not a valid ${issue.format}`;
      return [{ path, atKey: false, message: `"${field}": ${shown} ${what}`, fix: issue.message }];
    }
    case 'custom': {
      const value = valueAt(input, path);
      const shown = typeof value === 'string' ? JSON.stringify(value) : describe(value);
      return [{ path, atKey: false, message: `"${field}": ${shown} is not valid here`, fix: issue.message }];
    }
    default:
      return [{ path, atKey: false, message: `"${field}": ${issue.message}`, fix: 'see EDITING.md for this field' }];
  }
}

export function valueAt(input: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
