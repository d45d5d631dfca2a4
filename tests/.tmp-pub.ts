// One-off: add translated publisher lines to content/uk/sources.yaml (text-level, keeping comments).
import { readFileSync, writeFileSync } from 'node:fs';
import YAML from 'yaml';
import { itemDigest } from '../src/lib/check/translation-digest.ts';
const T: Record<string, string> = {
  'Reuters via The Nation Thailand': 'Reuters (передрук: The Nation Thailand)',
  'RBC-Ukraine (citing Reuters)': 'РБК-Україна (з посиланням на Reuters)',
  'RBC-Ukraine': 'РБК-Україна',
  'UNN (Ukrainian National News)': 'УНН (Українські національні новини)',
  'Ukrainska Pravda': 'Українська правда',
  'Interfax-Ukraine': 'Інтерфакс-Україна',
  'Associated Press via CP24': 'Associated Press (передрук: CP24)',
  'US Congressional Research Service (copy at Taktikz)': 'Дослідницька служба Конгресу США (копія на Taktikz)',
  'WE News English (from an AP report)': 'WE News English (за матеріалом AP)',
  'Associated Press via Honolulu Star-Advertiser': 'Associated Press (передрук: Honolulu Star-Advertiser)',
  'AFP via Kyiv Post': 'AFP (передрук: Kyiv Post)',
  'Reuters via The Straits Times': 'Reuters (передрук: The Straits Times)',
  'UN Panel of Experts (record at Iran Watch)': 'Група експертів ООН (копія на Iran Watch)',
  'Reuters via StratNews Global': 'Reuters (передрук: StratNews Global)',
  'UK Government (gov.uk)': 'Уряд Великої Британії (gov.uk)',
  'BBC via GhanaWeb': 'BBC (передрук: GhanaWeb)',
  'AFP via Philippine Daily Inquirer': 'AFP (передрук: Philippine Daily Inquirer)',
  'Reuters via Ayozat News': 'Reuters (передрук: Ayozat News)',
  'Associated Press via World Military News': 'Associated Press (передрук: World Military News)',
  'Global Centre for the Responsibility to Protect (record of the UN report)': 'Global Centre for the Responsibility to Protect (копія доповіді ООН)',
  'United Nations Security Council': 'Рада Безпеки ООН',
  'United Nations Meetings Coverage and Press Releases': 'ООН, висвітлення засідань і прес-релізи',
};
const originals = YAML.parse(readFileSync('content/sources.yaml', 'utf8')) as Array<{ id: string; publisher: string }>;
let text = readFileSync('content/uk/sources.yaml', 'utf8');
const existing = new Set((YAML.parse(text) as Array<{ id: string }>).map((i) => i.id));
const added: string[] = [];
for (const o of originals) {
  const uk = T[o.publisher];
  if (!uk) continue;
  if (existing.has(o.id)) {
    text = text.replace(new RegExp(`(- id: ${o.id}\\n  translated: [^\\n]+\\n  original: [^\\n]+\\n)`), `$1  publisher: ${JSON.stringify(uk)}\n`);
  } else added.push(`- id: ${o.id}\n  translated: 2026-12-02\n  original: ${itemDigest(o)}\n  publisher: ${JSON.stringify(uk)}\n`);
}
text = text.replace('# Ukrainian notes for content/sources.yaml: `note` only; titles, publishers and dates come from the original.', '# Ukrainian notes and publisher lines for content/sources.yaml: `note`, and `publisher` where the line has words or the outlet a Ukrainian name; titles and dates come from the original.');
writeFileSync('content/uk/sources.yaml', `${text.trimEnd()}\n\n${added.join('\n')}`);
console.log('added', added.length);
