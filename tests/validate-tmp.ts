// Temporary content validator for helpers (the real checker comes later).
// Run from /work/main: node_modules/.bin/node /work/tmp/validate.ts
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { glossarySchema, sourceSchema, eventSchema, claimSchema, storySchema, sectionSchema, plainRef } from '../src/schemas/index.ts';

const root = '/work/main/content';
const problems: string[] = [];
const fm = (file: string) => {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) { problems.push(`${file}: no front matter`); return null; }
  return { data: YAML.parse(m[1]), body: m[2] };
};
const sources = YAML.parse(readFileSync(join(root, 'sources.yaml'), 'utf8')) as any[];
const sourceIds = new Set(sources.map((s) => s.id));
for (const s of sources) { const r = sourceSchema.safeParse(s); if (!r.success) problems.push(`sources.yaml ${s.id}: ${r.error.message}`); }
const gdir = join(root, 'glossary');
const gfiles = existsSync(gdir) ? readdirSync(gdir).filter((f) => f.endsWith('.md')) : [];
const glossaryIds = new Set(gfiles.map((f) => f.replace(/\.md$/, '')));
const refs: Array<[string, string, string]> = [];
const collect = (where: string, v: any) => {
  if (v && typeof v === 'object' && 'collection' in v && 'id' in v) { refs.push([where, v.collection, v.id]); return; }
  if (Array.isArray(v)) v.forEach((x) => collect(where, x));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => collect(where, x));
};
const aliasOwner = new Map<string, string>();
for (const f of gfiles) {
  const e = fm(join(gdir, f)); if (!e) continue;
  const r = glossarySchema(plainRef).safeParse(e.data);
  if (!r.success) { problems.push(`glossary/${f}: ${JSON.stringify(r.error.issues.map((i) => [i.path.join('.'), i.message]))}`); continue; }
  collect(`glossary/${f}`, r.data);
  const words = e.body.trim().split(/\s+/).length;
  if (words < 100) problems.push(`glossary/${f}: body has only ${words} words`);
  for (const a of [r.data.name, ...r.data.aliases]) {
    const k = a.toLowerCase();
    if (aliasOwner.has(k) && aliasOwner.get(k) !== f) problems.push(`alias "${a}" claimed by ${f} and ${aliasOwner.get(k)}`);
    aliasOwner.set(k, f);
  }
}
for (const [name, schema] of [['events.yaml', eventSchema(plainRef)], ['claims.yaml', claimSchema(plainRef)]] as const) {
  const p = join(root, name); if (!existsSync(p)) continue;
  for (const item of YAML.parse(readFileSync(p, 'utf8')) as any[]) {
    const r = (schema as any).safeParse(item);
    if (!r.success) problems.push(`${name} ${item.id}: ${JSON.stringify(r.error.issues.map((i: any) => [i.path.join('.'), i.message]))}`);
    else collect(`${name} ${item.id}`, r.data);
  }
}
const sdir = join(root, 'stories');
for (const f of existsSync(sdir) ? readdirSync(sdir) : []) {
  const e = fm(join(sdir, f)); if (!e) continue;
  const r = storySchema.safeParse(e.data); if (!r.success) problems.push(`stories/${f}: ${JSON.stringify(r.error.issues.map((i) => [i.path.join('.'), i.message]))}`);
}
const secdir = join(root, 'sections');
for (const story of existsSync(secdir) ? readdirSync(secdir) : []) {
  for (const f of readdirSync(join(secdir, story))) {
    const e = fm(join(secdir, story, f)); if (!e) continue;
    const r = sectionSchema(plainRef).safeParse(e.data);
    if (!r.success) problems.push(`sections/${story}/${f}: ${JSON.stringify(r.error.issues.map((i) => [i.path.join('.'), i.message]))}`);
    else collect(`sections/${story}/${f}`, r.data);
    for (const m of e.body.matchAll(/\]\(glossary:([^)]+)\)/g)) if (m[1] !== 'none' && !glossaryIds.has(m[1])) problems.push(`sections/${story}/${f}: forced link to unknown glossary id ${m[1]}`);
  }
}
for (const [where, coll, id] of refs) {
  if (coll === 'sources' && !sourceIds.has(id)) problems.push(`${where}: unknown source id ${id}`);
  if (coll === 'glossary' && !glossaryIds.has(id)) problems.push(`${where}: unknown glossary id ${id} (may be written by another helper later)`);
}
console.log(problems.length ? problems.join('\n') : 'all content valid');
console.log(`${gfiles.length} glossary entries, ${sources.length} sources`);
