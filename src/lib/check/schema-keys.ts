/** Which fields a zod schema allows at a path, for "did you mean" on unknown fields. */
import type { z } from 'astro/zod';
import { valueAt } from './zod-messages.ts';

type AnySchema = z.ZodType;
interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  options?: AnySchema[];
  discriminator?: string;
  element?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
}
const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Unwraps optional/default/pipe wrappers, and picks the discriminated-union branch that `value` selects. */
function settle(schema: AnySchema, value: unknown): AnySchema {
  for (;;) {
    const def = defOf(schema);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) schema = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) schema = defOf(def.in).type === 'transform' ? def.out : def.in;
    else if (def.type === 'union' && def.discriminator && def.options) {
      const tag = (value as Record<string, unknown> | undefined)?.[def.discriminator];
      const branch = def.options.find((o) => {
        const lit = defOf(o).shape?.[def.discriminator!];
        return lit && (defOf(lit) as unknown as { values?: unknown[] }).values?.includes(tag);
      });
      if (!branch) return schema;
      schema = branch;
    } else return schema;
  }
}

export function allowedKeys(schema: AnySchema, input: unknown, path: ReadonlyArray<PropertyKey>): string[] {
  let current = settle(schema, input);
  const walked: Array<string | number> = [];
  for (const key of path) {
    const def = defOf(current);
    if (def.type === 'object' && def.shape && typeof key === 'string') current = def.shape[key]!;
    else if (def.type === 'array' && def.element) current = def.element;
    else return [];
    if (!current) return [];
    walked.push(key as string | number);
    current = settle(current, valueAt(input, walked));
  }
  const def = defOf(current);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
