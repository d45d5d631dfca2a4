import { readFileSync, readdirSync } from 'node:fs';
import YAML from 'yaml';
import { kinds } from '../src/kinds/registry.ts';
import { kindTextShape, pickText } from '../src/kinds/fact-text.ts';
const fm = (p: string) => YAML.parse(readFileSync(p, 'utf8').split('---\n')[1]!);
for (const f of readdirSync('content/uk/glossary')) {
  const o = fm(`content/glossary/${f}`); const t = fm(`content/uk/glossary/${f}`);
  const text = pickText(o.facts, kindTextShape(kinds.get(o.kind)!)) as Record<string, unknown> | undefined;
  if (!text) continue;
  const missing = Object.fromEntries(Object.entries(text).filter(([k]) => !(t.facts && k in t.facts)));
  if (Object.keys(missing).length) console.log(f, o.kind, JSON.stringify(missing));
}
