import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
const file = process.argv[2]!;
const html = readFileSync(file, 'utf8');
const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;
const total = gz(html);
console.log('total html gz', total, 'raw', Buffer.byteLength(html));
const doc = parse(html);
const rows: [string, number, number][] = [];
const walk = (el: any, depth: number) => {
  for (const c of el.childNodes) {
    if (c.nodeType !== 1) continue;
    const outer = c.outerHTML as string;
    const without = html.replace(outer, '');
    const label = `${'  '.repeat(depth)}<${c.rawTagName}${c.id ? '#' + c.id : ''}${c.classNames ? '.' + String(c.classNames).split(' ')[0] : ''}${c.getAttribute?.('aria-labelledby') ? ' @' + c.getAttribute('aria-labelledby') : ''}>`;
    const saved = total - gz(without);
    if (saved > 250) { rows.push([label, saved, Buffer.byteLength(outer)]); if (depth < 4) walk(c, depth + 1); }
  }
};
walk(doc, 0);
for (const [l, s, r] of rows) console.log(String(s).padStart(6), String(r).padStart(7), l);
