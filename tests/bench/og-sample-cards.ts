/**
 * Realistic social cards for the drawing benchmark and the renderer's tests:
 * English and Ukrainian, every kind of card (site, both story kickers, each
 * glossary kind), titles from a few characters to more than three lines, and
 * descriptions long enough to be clamped. Fictional names only.
 */
import { glossaryCard, siteCard, storyCard, type OgCard } from '../../src/lib/seo/og-image.ts';
import { createTranslator, englishT, type Translate } from '../../src/i18n/translate.ts';
import { uk } from '../../src/i18n/uk.ts';
import { kinds as registry } from '../../src/kinds/registry.ts';

export const ukT: Translate = createTranslator({ locale: 'uk-UA', messages: uk });

const TITLES = {
  en: [
    'KN-23',
    'Harbour Authority',
    'Lindgrad flood defences',
    'Marta Ostrova, deputy mayor of Lindgrad',
    'What the river commission said about the Lindgrad bridge, and when',
    'Why the ferry strike spread from Lindgrad to three other ports in a week: the claims, the counter-claims and what the records show',
    'Štěpán Müller-Øberg and the Čađavica déjà-vu affair',
  ],
  uk: [
    'KN-23',
    'Портове управління',
    'Протипаводковий захист Ліндграда',
    'Марта Острова, заступниця мера Ліндграда',
    'Що річкова комісія сказала про міст у Ліндграді і коли саме',
    'Чому страйк поромників за тиждень поширився з Ліндграда ще на три порти: заяви, спростування і що показують документи',
    'Їжак Ґонта й «Єдність»: історія одного голосування',
  ],
} as const;

const DESCRIPTIONS = {
  en: [
    'A short-range ballistic missile.',
    'The body that runs the port, its locks and its pilots, answerable to the city council since the 2019 reform.',
    'Timeline, claims and background for a story that is still developing: who said what, what the documents show, what remains unconfirmed, and which figures have been corrected since the first reports appeared.',
  ],
  uk: [
    'Балістична ракета малої дальності.',
    'Орган, що керує портом, його шлюзами й лоцманами; з реформи 2019 року підзвітний міській раді.',
    'Хронологія, заяви і довідка до історії, що ще розвивається: хто що сказав, що показують документи, що досі не підтверджено і які цифри виправлено після перших повідомлень.',
  ],
} as const;

/** `count` cards cycling through languages, kinds, titles and descriptions. */
export function sampleCards(count: number): Array<OgCard & { lang: 'en' | 'uk' }> {
  const kinds = registry.ids;
  const cards: Array<OgCard & { lang: 'en' | 'uk' }> = [];
  for (let i = 0; cards.length < count; i++) {
    const lang = i % 2 === 0 ? 'en' : 'uk';
    const t = lang === 'en' ? englishT : ukT;
    const title = TITLES[lang][Math.floor(i / 2) % TITLES[lang].length]!;
    const description = DESCRIPTIONS[lang][Math.floor(i / 3) % DESCRIPTIONS[lang].length]!;
    const slot = Math.floor(i / 2) % (kinds.length + 3);
    let card: OgCard;
    if (slot === 0) card = siteCard(title, description, t);
    else if (slot === 1) card = storyCard(`s${i}`, { title, dek: description, status: 'developing' }, t);
    else if (slot === 2) card = storyCard(`s${i}`, { title, dek: description, status: 'settled' }, t);
    else card = glossaryCard(`e${i}`, { name: title, kind: kinds[slot - 3] as never, short: description }, t);
    cards.push({ ...card, lang });
  }
  return cards;
}

/**
 * `count` cards of words drawn at random (seeded, so every run has the same
 * cards) from a list with accents, Cyrillic, hyphens, quotes, numbers and
 * very wide and narrow words, one to sixteen words of title and up to 48 of
 * description: line breaks and clamping at every length, and more distinct
 * glyphs than the sample cards.
 */
export function variedCards(count: number, seed = 7): OgCard[] {
  const words = ['Lindgrad', 'harbour', 'authority', 'Müller-Øberg', 'Čađavica', 'déjà-vu', 'KN-23', '2019', '«Єдність»', 'Ґонта', 'Їжак', 'поромників', 'Протипаводковий', '—', 'the', 'a', 'of', 'show:', 'counter-claims,', 'WWWWWWWW', 'iiiiii', 'Ліндграда,', 'ще', '(deputy', 'mayor)', '“quoted”', 'Überlandstraßenbahn', 'office', 'Ærø', 'łódź', 'pre-2019', 'e.g.', '10,000', 'документи;', 'river-commission’s', 'AVAWAY', 'Quixotic', 'jurisdiction', 'юрисдикція', 'Хмельницький', 'Щедрість', 'fjord', 'Yves'];
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const phrase = (n: number) => Array.from({ length: n }, () => words[next(words.length)]).join(' ');
  return Array.from({ length: count }, (_, i) => ({ slug: `v${i}`, kicker: i % 2 ? 'Term' : 'Термін', title: phrase(1 + next(16)), description: phrase(3 + next(45)) }));
}
