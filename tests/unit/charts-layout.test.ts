import { describe, expect, it } from 'vitest';
import { datetimeAttr, extentOf, formatDatePart, periodEnd, periodStart } from '../../src/lib/charts/dates.ts';
import { eraScale, eraTicks } from '../../src/lib/charts/era-scale.ts';
import { clearBelow, labelBox, overlap } from '../../src/lib/charts/labels.ts';
import { renderPanelBars, type PanelCell } from '../../src/lib/charts/panel-bars.ts';
import { dodge, packRows } from '../../src/lib/charts/timeline-model.ts';

const bce = (y: string) => `${y} BCE`;

describe('dates', () => {
  it('turns days, months and years into fractional years', () => {
    expect(periodStart('2016')).toBe(2016);
    expect(periodEnd('2016')).toBe(2017);
    expect(periodStart('2016-07')).toBeCloseTo(2016 + 182 / 366, 6);
    expect(periodEnd('2016-12')).toBe(2017);
    expect(periodEnd('1993-11-05') - periodStart('1993-11-05')).toBeCloseTo(1 / 365, 6);
  });

  it('draws a year as a point in its middle, a century as an approximate span', () => {
    expect(extentOf({ start: '1468', precision: 'year' })).toEqual({ kind: 'point', at: 1468.5, from: 1468, to: 1469 });
    expect(extentOf({ start: '1401', end: '1500', precision: 'century', label: { kk: 'a', ru: 'a', en: 'a' } })).toEqual({ kind: 'approx', from: 1401, to: 1501 });
  });

  it('gives HTML datetimes, except for years before the common era', () => {
    expect(datetimeAttr('1991-12-16')).toBe('1991-12-16');
    expect(datetimeAttr('-0700')).toBeUndefined();
  });

  it('words dates in the interface language', () => {
    expect(formatDatePart('2016-06-28', 'en', bce)).toBe('28 June 2016');
    expect(formatDatePart('2016-06-28', 'ru', bce)).toBe('28 июня 2016 г.');
    expect(formatDatePart('2016-06-28', 'kk', bce)).toMatch(/2016.*28 маусым/);
    expect(formatDatePart('-0700', 'en', bce)).toBe('700 BCE');
  });
});

describe('the era scale', () => {
  const eras = [{ from: -700, to: 1400, share: 1 }, { from: 1400, to: 1900, share: 3 }, { from: 1990 - 90, to: 2024, share: 6 }];

  it('gives each era its share of the axis', () => {
    const x = eraScale(eras, [0, 1000]);
    expect(x(-700)).toBe(0);
    expect(x(1400)).toBe(100);
    expect(x(1900)).toBe(400);
    expect(x(2024)).toBe(1000);
    expect(x.invert(250)).toBeCloseTo(1650, 6);
  });

  it('refuses eras with gaps', () => {
    expect(() => eraScale([{ from: 0, to: 10, share: 1 }, { from: 11, to: 20, share: 1 }], [0, 1])).toThrow(/contiguous/);
  });

  it('labels every era with its own step, and months once a year is wide enough', () => {
    const x = eraScale(eras, [0, 1000]);
    const years = eraTicks(x, x.domain, [0, 1000], 40).map((t) => t.t);
    expect(years).toContain(1400);
    expect(years).toContain(1900);
    expect(years.filter((t) => t < 1400).length).toBeGreaterThan(0);
    const zoomed = (t: number) => (x(t) - 990) * 400;
    const ticks = eraTicks(zoomed, x.domain, [0, 1000], 40);
    expect(ticks.some((t) => t.month !== undefined)).toBe(true);
  });
});

describe('layout helpers', () => {
  it('packs overlapping intervals into rows', () => {
    expect(packRows([[0, 10], [5, 15], [12, 20], [21, 30]], 1)).toEqual([0, 1, 0, 0]);
  });

  it('moves labels apart without overlaps, as close as possible to where they belong', () => {
    const items = [{ y: 100, h: 16 }, { y: 102, h: 16 }, { y: 104, h: 16 }, { y: 300, h: 16 }];
    const tops = dodge(items, 4);
    for (let i = 1; i < 3; i++) expect(tops[i]! - tops[i - 1]!).toBeGreaterThanOrEqual(20);
    expect(tops[1]).toBeCloseTo(102, 6);
    expect(tops[3]).toBe(300);
  });
});

describe('label placement', () => {
  it('leaves a label where it belongs when nothing is there', () => {
    const free = labelBox('25', 100, 50, 12);
    expect(clearBelow(free, [labelBox('20', 10, 50, 12)], 1)).toBe(50);
  });

  it('moves a label below the labels it would cover, as little as it can', () => {
    const taken = [labelBox('322', 100, 40, 12), labelBox('7', 104, 57, 12)];
    const y = clearBelow(labelBox('250', 102, 50, 12), taken, 1);
    const moved = labelBox('250', 102, y, 12);
    for (const t of taken) expect(overlap(moved, t)).toBe(false);
    expect(moved.top).toBeCloseTo(taken[1]!.bottom + 1, 6);
  });

  it('a second reading close to the first one has its value drawn below, not over it', () => {
    const cell = (series: PanelCell['series'], value: number): PanelCell => ({ row: 'a', metric: 'm', value, display: String(value), href: '#', tip: '', series, differs: true });
    const svg = renderPanelBars([{ key: 'a', label: 'A' }], [{ key: 'm', label: 'M' }], [cell('primary', 250), cell('secondary', 253)], { idPrefix: 'x', title: 't', desc: 'd', format: String });
    const at = (cls: string) => {
      const m = new RegExp(`class="${cls}" x="([\\d.]+)" y="([\\d.]+)"[^>]*>(\\d+)<`).exec(svg)!;
      return labelBox(m[3]!, Number(m[1]), Number(m[2]), 12);
    };
    expect(overlap(at('value'), at('value secondary-value'))).toBe(false);
  });
});
