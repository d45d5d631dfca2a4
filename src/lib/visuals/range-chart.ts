/**
 * Geometry of the reported-ranges chart: one horizontal bar per published
 * figure, grouped by weapon, drawn at build time as SVG. Pure: takes the
 * figures, returns coordinates and text; the component only draws them.
 *
 * Layout, top to bottom: a km axis, then for each weapon its name and, for
 * each figure, the figure's label, its bar with the number at the bar's end,
 * and a line naming what the figure is and who published it. Labels sit on
 * their own lines above the bars (not beside them) so the chart keeps one
 * narrow width and stays legible on a 360 px phone without shrinking the text.
 */
import { charsThatFit, textWidth, wrapText } from './text-fit.ts';
import { englishT, type MessageKey, type Translate } from '../../i18n/translate.ts';
import { formatNumber } from '../../i18n/format.ts';
import { compareIn } from '../text/collate.ts';

export type RangeBasis = 'test' | 'claimed' | 'official' | 'assessment';

/** Dictionary keys of what each kind of figure is. */
export const BASIS_KEYS: Readonly<Record<RangeBasis, MessageKey>> = {
  test: 'range.basis.test',
  claimed: 'range.basis.claimed',
  official: 'range.basis.official',
  assessment: 'range.basis.assessment',
};

export interface RangeFigure {
  km: number;
  kmLow?: number;
  basis: RangeBasis;
  label: string;
  date?: string;
  /** Publishers of the figure's sources, in citation order. */
  publishers: string[];
}

export interface RangeSeries<F extends RangeFigure = RangeFigure> {
  id: string;
  name: string;
  figures: F[];
}

export interface RangeChartOptions {
  /** Width of the drawing in CSS pixels at natural size (also the viewBox width). */
  width?: number;
  /** Id of a weapon to emphasise (its own glossary page). */
  highlight?: string;
  /** The site's words (src/i18n/); English without it. */
  t?: Translate;
  /** Intl locale for the numbers. Default `en-GB`. */
  locale?: string;
}

export interface TextLine {
  x: number;
  y: number;
  text: string;
}

export interface RangeBar {
  key: string;
  basis: RangeBasis;
  km: number;
  kmLow?: number;
  /** The figure as read aloud and printed: "430–450 km". */
  figure: string;
  /** Bar rectangle. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Width of the solid part when the figure is a span (the rest is drawn lighter). */
  lowWidth?: number;
  value: TextLine;
  label: TextLine[];
  source: TextLine[];
}

export interface RangeGroup {
  id: string;
  name: string;
  highlighted: boolean;
  heading: TextLine;
  /** Background band behind the group (drawn only when highlighted). */
  band: { y: number; height: number };
  bars: RangeBar[];
}

export interface RangeChart {
  width: number;
  height: number;
  /** The km value at the right end of the scale. */
  maxKm: number;
  ticks: Array<{ x: number; km: number; label: string }>;
  groups: RangeGroup[];
  title: string;
  /** What the image is (its scale, the highlighted group); the figures themselves are in its text and the table. */
  desc: string;
}

/** Font sizes in user units; at natural width 1 unit = 1 CSS px, and the SVG never draws wider than natural size. */
export const RANGE_FONT = { heading: 16, label: 14, small: 13 } as const;
const LINE = { heading: 22, label: 17, small: 16 } as const;
const BAR_HEIGHT = 14;
const PAD = 4;

/** "430–450 km" or "900 km", in the locale's digits (through `t`). */
export function figureText(f: { km: number; kmLow?: number }, t: Translate = englishT): string {
  return f.kmLow ? t('unit.kmSpan', { low: f.kmLow, high: f.km }) : t('unit.km', { value: f.km });
}

/** A round number at or above `max` and the smallest round tick step that splits it into at most five parts. */
export function niceScale(max: number): { maxKm: number; step: number } {
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(max, 1)));
  for (const base of [magnitude / 10, magnitude]) {
    for (const m of [1, 2, 2.5, 5]) {
      const step = m * base;
      const parts = Math.ceil(max / step);
      if (parts <= 5) return { maxKm: parts * step, step };
    }
  }
  return { maxKm: 10 * magnitude, step: 2 * magnitude };
}

/** Figures of one weapon in the order the chart lists them: shortest first, so the longest claim ends the group. */
export function sortFigures<F extends RangeFigure>(figures: readonly F[]): F[] {
  return [...figures].sort((a, b) => a.km - b.km || (a.kmLow ?? a.km) - (b.kmLow ?? b.km) || a.label.localeCompare(b.label));
}

/** Weapons that have at least one figure, by name. */
export function chartedSeries<W extends RangeSeries>(weapons: readonly W[], locale = 'en-GB'): W[] {
  const byName = compareIn(locale);
  return weapons.filter((w) => w.figures.length > 0).sort((a, b) => byName(a.name, b.name));
}

export function rangeChart(weapons: readonly RangeSeries[], options: RangeChartOptions = {}): RangeChart {
  const width = options.width ?? 340;
  const t = options.t ?? englishT;
  const locale = options.locale ?? 'en-GB';
  const kmText = (n: number) => formatNumber(n, locale);
  const figureOf = (f: { km: number; kmLow?: number }) => figureText(f, t);
  const charted = chartedSeries(weapons, locale);
  const all = charted.flatMap((w) => w.figures);
  const { maxKm, step } = niceScale(Math.max(1, ...all.map((f) => f.km)));

  // Room at the right of the longest bar for its number.
  const valueRoom = Math.max(...all.map((f) => textWidth(figureOf(f), RANGE_FONT.small, true)), 40) + 2 * PAD;
  const barLeft = PAD;
  const barSpan = width - barLeft - valueRoom;
  const xOf = (km: number) => barLeft + (km / maxKm) * barSpan;

  const ticks: RangeChart['ticks'] = [];
  for (let km = 0; km <= maxKm + 1e-9; km += step) {
    ticks.push({ x: xOf(km), km, label: km === maxKm ? t('unit.km', { value: km }) : kmText(km) });
  }

  const labelChars = charsThatFit(width - 2 * PAD, RANGE_FONT.label);
  const smallChars = charsThatFit(width - 2 * PAD, RANGE_FONT.small);
  let y = LINE.small + 4; // below the tick labels
  const groups: RangeGroup[] = [];

  for (const weapon of charted) {
    const top = y;
    y += LINE.heading;
    const highlighted = weapon.id === options.highlight;
    const heading = { x: PAD, y: y - 6, text: highlighted ? t('range.thisPage', { name: weapon.name }) : weapon.name };
    const bars: RangeBar[] = [];
    for (const [i, f] of sortFigures(weapon.figures).entries()) {
      const label = wrapText(f.label, labelChars).map((text) => {
        y += LINE.label;
        return { x: PAD, y: y - 4, text };
      });
      const barY = y + 3;
      const barWidth = Math.max(1, xOf(f.km) - barLeft);
      const figure = figureOf(f);
      const value = { x: barLeft + barWidth + PAD, y: barY + BAR_HEIGHT - 2, text: figure };
      y = barY + BAR_HEIGHT + 2;
      const sourceText = t('range.sourceLine', { basis: t(BASIS_KEYS[f.basis]), publishers: f.publishers.join(', ') });
      const source = wrapText(sourceText, smallChars).map((text) => {
        y += LINE.small;
        return { x: PAD, y: y - 3, text };
      });
      y += 8;
      bars.push({
        key: `${weapon.id}-${i}`,
        basis: f.basis,
        km: f.km,
        ...(f.kmLow ? { kmLow: f.kmLow, lowWidth: Math.max(1, xOf(f.kmLow) - barLeft) } : {}),
        figure,
        x: barLeft,
        y: barY,
        width: barWidth,
        height: BAR_HEIGHT,
        value,
        label,
        source,
      });
    }
    y += 6;
    groups.push({ id: weapon.id, name: weapon.name, highlighted, heading, band: { y: top, height: y - top - 4 }, bars });
  }

  const highlighted = charted.find((w) => w.id === options.highlight);
  // The image's description says what the drawing is, not what it says: every figure, its label, kind and
  // sources is already drawn in the SVG's text and listed in the table beside it (RangeChart.astro), and a
  // third copy here made a screen reader read them twice and cost the story page 1 KB of its byte budget.
  const desc = [t('range.desc.scale', { max: t('unit.km', { value: maxKm }) }), highlighted ? t('range.desc.highlighted', { name: highlighted.name }) : ''].filter(Boolean).join(' ');

  return {
    width,
    height: Math.ceil(y),
    maxKm,
    ticks,
    groups,
    title: charted.length ? t('range.title', { names: charted.map((w) => w.name).join(', ') }) : t('range.titleEmpty'),
    desc,
  };
}
