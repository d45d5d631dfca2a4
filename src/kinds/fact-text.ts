/**
 * The free-text parts of a kind's facts, found in its zod schema, so a
 * translation can carry exactly those (a role, a class, a range's label, each
 * of a list of designations) and nothing the editions share (numbers, dates,
 * enum values such as `solid`, references to entries and sources). The
 * checker, the translation scaffold and the page data all ask this file, so
 * they agree on what "text" means for any kind, a newsroom's own included.
 *
 * Text is a `z.string()` with no format of its own; a string behind a
 * preprocess or a transform (dates, ids) is not, and neither is an enum.
 */
import type { z } from 'astro/zod';
import { plainRef } from '../schemas/common.ts';
import type { KindModule } from './kind.ts';

/** Where the text is: `'text'` for a text leaf, an object's or an array element's shape, or null for nothing translatable. */
export type TextShape = 'text' | { readonly fields: Readonly<Record<string, TextShape>> } | { readonly items: TextShape } | null;

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; checks?: Array<{ _zod: { def: { check: string } } }> };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The text shape of a schema. */
export function textShape(schema: z.ZodType): TextShape {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return (def.checks ?? []).some((c) => c._zod.def.check === 'string_format') ? null : 'text';
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return def.innerType ? textShape(def.innerType) : null;
    case 'array': {
      const items = def.element ? textShape(def.element) : null;
      return items ? { items } : null;
    }
    case 'object': {
      const fields: Record<string, TextShape> = {};
      for (const [key, value] of Object.entries(def.shape ?? {})) {
        const shape = textShape(value);
        if (shape) fields[key] = shape;
      }
      return Object.keys(fields).length ? { fields } : null;
    }
    default:
      return null;
  }
}

const byKind = new WeakMap<KindModule, TextShape>();
/** The text shape of a kind's facts, worked out once per kind module. */
export function kindTextShape(kind: KindModule): TextShape {
  let shape = byKind.get(kind);
  if (shape === undefined) byKind.set(kind, (shape = textShape(kind.facts(plainRef))));
  return shape;
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** The text of `value` only (the scaffold copies it for the translator); undefined when it has none. */
export function pickText(value: unknown, shape: TextShape): unknown {
  if (shape === null || value === undefined) return undefined;
  if (shape === 'text') return typeof value === 'string' ? value : undefined;
  if ('items' in shape) {
    if (!Array.isArray(value) || value.length === 0) return undefined;
    const items = value.map((v) => pickText(v, shape.items) ?? {});
    return items.some((i) => !(isRecord(i) && Object.keys(i).length === 0)) ? items : undefined;
  }
  if (!isRecord(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape.fields)) {
    const picked = pickText(value[key], field);
    if (picked !== undefined) out[key] = picked;
  }
  return Object.keys(out).length ? out : undefined;
}

export interface FactTextProblem {
  /** Path under `facts`, e.g. `['ranges', 0, 'km']`. */
  path: Array<string | number>;
  message: string;
  fix: string;
}

/**
 * What is wrong with a translation's `facts` against the original's: a field
 * that is not text, a field or list item the original does not have, a list
 * of another length, a value that is not text. Lists are matched item by
 * item, so a translated list has the original's items in the original's order
 * (an item whose text is kept may be written as `{}`).
 */
export function checkFactText(translated: unknown, original: unknown, shape: TextShape, path: Array<string | number> = []): FactTextProblem[] {
  const here = path.length ? path.join('.') : 'facts';
  if (shape === null) {
    return [{ path, message: `"${here}" is not text: numbers, dates, choices and references are the original's, shared by every edition`, fix: `delete "${path.at(-1) ?? 'facts'}" here; change it in the original if it is wrong` }];
  }
  if (shape === 'text') {
    if (typeof translated !== 'string' || translated.trim() === '') return [{ path, message: `"${here}" should be the translated text`, fix: 'write the text in the language, or delete the line to keep the original' }];
    return [];
  }
  if ('items' in shape) {
    if (!Array.isArray(translated)) return [{ path, message: `"${here}" should be a list, like the original's`, fix: 'write one item per item of the original, in the same order' }];
    const length = Array.isArray(original) ? original.length : 0;
    if (translated.length !== length) {
      return [{ path, message: `"${here}" has ${translated.length} item${translated.length === 1 ? '' : 's'}, the original ${length}`, fix: `translate each of the original's ${length} item${length === 1 ? '' : 's'}, in the original's order (write {} for an item to keep as it is)` }];
    }
    return translated.flatMap((item, i) => {
      // `{}` keeps an object item as it is.
      if (isRecord(item) && Object.keys(item).length === 0 && shape.items !== 'text') return [];
      return checkFactText(item, (original as unknown[])[i], shape.items, [...path, i]);
    });
  }
  if (!isRecord(translated)) return [{ path, message: `"${here}" should be fields with text, like the original's`, fix: 'write "field: text" lines under it' }];
  const originalRecord = isRecord(original) ? original : {};
  return Object.entries(translated).flatMap(([key, value]) => {
    const field = shape.fields[key];
    if (field === undefined && !(key in originalRecord)) {
      return [{ path: [...path, key], message: `the original has no "${[...path, key].join('.')}"`, fix: `translate only fields the original has: ${Object.keys(shape.fields).filter((k) => k in originalRecord).join(', ') || 'none'}` }];
    }
    if (field === undefined) return checkFactText(value, originalRecord[key], null, [...path, key]);
    if (!(key in originalRecord)) return [{ path: [...path, key], message: `the original has no "${[...path, key].join('.')}" to translate`, fix: 'delete it, or add it to the original first' }];
    return checkFactText(value, originalRecord[key], field, [...path, key]);
  });
}

/**
 * The text leaves of `original` that `translated` leaves as they are (no text
 * of its own at that place): what a page in the translation's language shows
 * in the original's language, and so marks with `lang`.
 */
export function untranslatedText(original: unknown, translated: unknown, shape: TextShape): string[] {
  if (shape === null || original === undefined) return [];
  if (shape === 'text') return typeof original === 'string' && !(typeof translated === 'string' && translated.trim() !== '') ? [original] : [];
  if ('items' in shape) {
    if (!Array.isArray(original)) return [];
    const items = Array.isArray(translated) && translated.length === original.length ? translated : [];
    return original.flatMap((item, i) => untranslatedText(item, items[i], shape.items));
  }
  if (!isRecord(original)) return [];
  const record = isRecord(translated) ? translated : {};
  return Object.entries(shape.fields).flatMap(([key, field]) => untranslatedText(original[key], record[key], field));
}

/**
 * The original's facts with the translation's text laid over them, leaf by
 * leaf; anything that is not text where the shape says text is ignored (the
 * checker has refused it before any build; in dev it must not break a page).
 */
export function overlayFactText<T>(original: T, translated: unknown, shape: TextShape): T {
  if (shape === null || translated === undefined) return original;
  if (shape === 'text') return (typeof translated === 'string' && translated.trim() !== '' && typeof original === 'string' ? translated : original) as T;
  if ('items' in shape) {
    if (!Array.isArray(original) || !Array.isArray(translated) || translated.length !== original.length) return original;
    return original.map((item, i) => overlayFactText(item, translated[i], shape.items)) as T;
  }
  if (!isRecord(original) || !isRecord(translated)) return original;
  const out: Record<string, unknown> = { ...original };
  for (const [key, field] of Object.entries(shape.fields)) if (key in translated && key in original) out[key] = overlayFactText(original[key], translated[key], field);
  return out as T;
}
