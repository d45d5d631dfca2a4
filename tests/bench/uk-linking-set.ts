/**
 * The Ukrainian linking test set (tests/fixtures/uk-linking/) and its
 * scoring, shared by the unit test (which enforces the thresholds) and
 * the bench script (which compares methods).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { TermMatcher } from '../../src/lib/linking/term-matcher.ts';
import type { LocalizedTermEntry } from '../../src/lib/linking/localized-terms.ts';

export interface LabelledSentence {
  text: string;
  /** [entry id, exact linked text] for every expected link. */
  links: Array<[string, string]>;
}

const dir = fileURLToPath(new URL('../fixtures/uk-linking/', import.meta.url));

export function readUkGlossary(): LocalizedTermEntry[] {
  return YAML.parse(readFileSync(`${dir}glossary.yaml`, 'utf8')) as LocalizedTermEntry[];
}

export function readUkSentences(): LabelledSentence[] {
  return YAML.parse(readFileSync(`${dir}sentences.yaml`, 'utf8')) as LabelledSentence[];
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** One line per wrong or missing link, for diagnosis. */
  errors: string[];
}

/** Compares the matcher's links with the labels, sentence by sentence (as multisets of id + text). */
export function score(matcher: TermMatcher, sentences: readonly LabelledSentence[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const s of sentences) {
    const expected = s.links.map(([id, text]) => `${id}=${text}`);
    const found = matcher.find(s.text).map((m) => `${m.id}=${m.text}`);
    const left = [...expected];
    for (const f of found) {
      const at = left.indexOf(f);
      if (at >= 0) {
        left.splice(at, 1);
        tp++;
      } else {
        fp++;
        errors.push(`extra   ${f}  in  ${s.text}`);
      }
    }
    fn += left.length;
    for (const l of left) errors.push(`missed  ${l}  in  ${s.text}`);
  }
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    errors,
  };
}
