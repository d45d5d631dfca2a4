import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { itemDigest } from '../src/lib/check/translation-digest.ts';
const items = YAML.parse(readFileSync(process.argv[2]!, 'utf8')) as Array<{ id: string }>;
for (const id of process.argv.slice(3)) console.log(id, itemDigest(items.find((i) => i.id === id)!));
