import { describe, expect, it } from 'vitest';
import { figureText, niceScale, rangeChart, type RangeSeries } from '../../src/lib/visuals/range-chart.ts';
import { charsThatFit, textWidth, wrapText } from '../../src/lib/visuals/text-fit.ts';

const weapons: RangeSeries[] = [
  {
    id: 'kn-23',
    name: 'KN-23',
    figures: [
      { km: 900, basis: 'official', label: 'White House briefing, 4 January 2024 (about 900 km)', publishers: ['Novaya Gazeta Europe', 'MENAFN'] },
      { km: 430, basis: 'test', label: '25 July 2019 test, shorter of the two figures', publishers: ['CSIS Missile Threat'] },
      { km: 450, kmLow: 430, basis: 'test', label: 'March 2021 test, measured distance', publishers: ['CSIS Missile Threat'] },
      { km: 800, basis: 'test', label: 'September 2021 launch from a rail car', publishers: ['CSIS Missile Threat'] },
    ],
  },
  { id: 'kn-25', name: 'KN-25', figures: [{ km: 380, basis: 'test', label: 'First test, 24 August 2019', publishers: ['KBS World'] }] },
  { id: 'iskander', name: 'Iskander', figures: [] },
];

const barsOf = (chart: ReturnType<typeof rangeChart>) => chart.groups.flatMap((g) => g.bars);

describe('niceScale', () => {
  it('rounds the top of the scale up to a round number split into at most five steps', () => {
    expect(niceScale(900)).toEqual({ maxKm: 1000, step: 200 });
    expect(niceScale(380)).toEqual({ maxKm: 400, step: 100 });
    expect(niceScale(1000)).toEqual({ maxKm: 1000, step: 200 });
    expect(niceScale(2600).maxKm).toBeGreaterThanOrEqual(2600);
  });
});

describe('rangeChart', () => {
  const chart = rangeChart(weapons);

  it('groups bars by weapon, by name, leaving out weapons with no figures', () => {
    expect(chart.groups.map((g) => g.name)).toEqual(['KN-23', 'KN-25']);
    expect(chart.groups.map((g) => g.bars.length)).toEqual([4, 1]);
  });

  it('lists each weapon’s figures shortest first, labelled with the figure and the source', () => {
    const kn23 = chart.groups[0]!.bars;
    expect(kn23.map((b) => b.value.text)).toEqual(['430 km', '430–450 km', '800 km', '900 km']);
    expect(kn23[3]!.source.map((l) => l.text).join(' ')).toBe('Official statement · Novaya Gazeta Europe, MENAFN');
    expect(kn23[0]!.label.map((l) => l.text).join(' ')).toBe('25 July 2019 test, shorter of the two figures');
  });

  it('draws bar length in proportion to the figure: the 900 km official figure is longer than every test', () => {
    const bars = barsOf(chart);
    const official = bars.find((b) => b.km === 900)!;
    for (const b of bars.filter((b) => b.basis === 'test')) expect(official.width).toBeGreaterThan(b.width);
    const [a, b] = [bars.find((x) => x.km === 430)!, bars.find((x) => x.km === 800)!];
    expect(b.width / a.width).toBeCloseTo(800 / 430, 5);
  });

  it('draws the lower end of a span as a solid part of the bar', () => {
    const span = barsOf(chart).find((b) => b.kmLow === 430)!;
    expect(span.lowWidth).toBeLessThan(span.width);
    expect(span.lowWidth).toBeCloseTo(barsOf(chart).find((b) => b.km === 430 && !b.kmLow)!.width, 5);
  });

  it('keeps every bar, number and label inside the drawing, and rows from overlapping', () => {
    let lastBottom = 0;
    for (const bar of barsOf(chart)) {
      expect(bar.value.x + textWidth(bar.value.text, 13, true)).toBeLessThanOrEqual(chart.width);
      for (const line of [...bar.label, ...bar.source]) expect(line.x + textWidth(line.text, 14)).toBeLessThanOrEqual(chart.width);
      expect(bar.label[0]!.y).toBeGreaterThan(lastBottom);
      lastBottom = bar.source.at(-1)!.y;
      expect(lastBottom).toBeLessThanOrEqual(chart.height);
    }
  });

  it('has ticks from 0 to the top of the scale, a title naming the weapons, and a description of the scale that does not repeat the figures', () => {
    expect(chart.ticks.map((t) => t.km)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(chart.title).toContain('KN-23');
    expect(chart.desc).toContain('1,000 km');
    // Every figure and label is in the SVG's text and the table already: the description says them no third time.
    for (const km of ['430 km', '430–450 km', '800 km', '900 km', '380 km']) expect(chart.desc).not.toContain(km);
    for (const bar of chart.groups.flatMap((g) => g.bars)) expect(chart.desc).not.toContain(bar.label.map((l) => l.text).join(' '));
  });

  it('highlights the weapon of the page it is on', () => {
    const highlighted = rangeChart(weapons, { highlight: 'kn-25' });
    expect(highlighted.groups.map((g) => g.highlighted)).toEqual([false, true]);
    expect(highlighted.groups[1]!.heading.text).toBe('KN-25 (this page)');
    expect(highlighted.desc).toContain('The KN-25 group is highlighted.');
  });

  it('shows a new weapon range added to the content with no code change', () => {
    const more: RangeSeries[] = [
      ...weapons,
      { id: 'hwasong-test', name: 'Fixture missile', figures: [{ km: 1500, basis: 'assessment', label: 'Fixture assessment', publishers: ['Fixture Press'] }] },
    ];
    const next = rangeChart(more);
    const group = next.groups.find((g) => g.id === 'hwasong-test')!;
    expect(group.bars[0]!.value.text).toBe('1,500 km');
    expect(group.bars[0]!.source[0]!.text).toContain('Fixture Press');
    expect(next.maxKm).toBeGreaterThanOrEqual(1500);
    expect(next.desc).toContain(`${next.maxKm.toLocaleString('en-GB')} km`);
  });

  it('formats figures and spans', () => {
    expect(figureText({ km: 450, kmLow: 430 })).toBe('430–450 km');
    expect(figureText({ km: 1200 })).toBe('1,200 km');
  });
});

describe('text fitting', () => {
  it('wraps at spaces within the limit, and keeps an over-long word whole', () => {
    expect(wrapText('White House briefing, 4 January 2024 (about 900 km)', 20)).toEqual(['White House', 'briefing, 4 January', '2024 (about 900 km)']);
    expect(wrapText('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word']);
    expect(charsThatFit(textWidth('x'.repeat(30), 14), 14)).toBe(30);
  });
});
