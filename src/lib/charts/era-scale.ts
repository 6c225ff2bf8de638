/*
 * A piecewise-linear time scale: the axis is cut into eras, each given its share of the length, so
 * that two thousand years of steppe history and the days of the 2010s fit on one axis. Used at
 * build time and by the zoomable timeline in the browser (so it stays free of Node APIs).
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

export interface Era {
  /** First year of the era (fractional years; negative for BCE). */
  from: number;
  /** Year at which the era ends and the next begins. */
  to: number;
  /** Share of the axis length (the shares are normalised). */
  share: number;
}

export interface EraScale {
  (t: number): number;
  invert(x: number): number;
  /** Era boundaries in time and on the axis. */
  domain: number[];
  range: number[];
}

/** Eras must follow one another without gaps; the scale maps them onto [r0, r1]. */
export function eraScale(eras: readonly Era[], [r0, r1]: [number, number]): EraScale {
  if (!eras.length) throw new Error('eraScale: no eras');
  eras.forEach((e, i) => {
    const next = eras[i + 1];
    if (!(e.to > e.from)) throw new Error(`eraScale: era ${e.from}–${e.to} is empty`);
    if (next && next.from !== e.to) throw new Error(`eraScale: eras must be contiguous (${e.to} ≠ ${next.from})`);
  });
  const total = eras.reduce((a, e) => a + e.share, 0);
  const domain = [eras[0]!.from, ...eras.map((e) => e.to)];
  const range = [r0];
  for (const e of eras) range.push(range.at(-1)! + ((r1 - r0) * e.share) / total);
  const s: ScaleLinear<number, number> = scaleLinear().domain(domain).range(range).clamp(false);
  const f = ((t: number) => s(t)) as EraScale;
  f.invert = (x) => s.invert(x);
  f.domain = domain;
  f.range = range;
  return f;
}

/** Steps between ticks, in years; below one year the browser switches to months. */
export const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
export const MONTH_STEPS = [1, 2, 3, 6];

export interface Tick {
  /** Position in time (fractional years). */
  t: number;
  /** Position on the axis. */
  x: number;
  /** Month (1–12) when the tick is a month boundary inside a year. */
  month?: number;
}

/**
 * Ticks of a mapping from time to axis position (`x`, possibly zoomed) over the visible interval
 * [x0, x1]: era by era, the smallest round step that keeps ticks at least `minGap` apart; month
 * ticks when even one year is wider than that.
 */
export function eraTicks(x: (t: number) => number, domain: readonly number[], [x0, x1]: [number, number], minGap: number): Tick[] {
  const out: Tick[] = [];
  const push = (t: number, month?: number) => {
    if (t === 0) return; // there is no year 0
    const px = x(t);
    if (px < x0 - 0.5 || px > x1 + 0.5) return;
    if (out.some((o) => Math.abs(o.x - px) < minGap * 0.8)) return;
    out.push(month === undefined ? { t, x: px } : { t, x: px, month });
  };
  // Inner era boundaries first: the scale changes there, so they are labelled whenever visible;
  // then the ends of the axis when they are round years.
  for (const t of domain.slice(1, -1)) push(t);
  for (const t of [domain[0]!, domain.at(-1)!]) if (t % 50 === 0) push(t);
  for (let i = 0; i + 1 < domain.length; i++) {
    const a = domain[i]!, b = domain[i + 1]!;
    const perYear = Math.abs(x(b) - x(a)) / (b - a);
    const mstep = perYear / 2 >= minGap ? MONTH_STEPS.find((m) => (m / 12) * perYear >= minGap) ?? 6 : undefined;
    if (mstep === undefined) {
      const step = YEAR_STEPS.find((s) => s * perYear >= minGap) ?? YEAR_STEPS.at(-1)!;
      for (let t = Math.ceil(a / step) * step; t <= b; t += step) push(t);
      continue;
    }
    // Months: only the years in view are walked.
    const ya = Math.max(Math.floor(a), Math.floor(tAt(x, a, b, x0)));
    const yb = Math.min(Math.ceil(b), Math.ceil(tAt(x, a, b, x1)));
    for (let y = ya; y <= yb; y++) {
      for (let m = 0; m < 12; m += mstep) {
        const t = y + monthFraction(y, m);
        if (t >= a && t <= b) push(t, m === 0 ? undefined : m + 1);
      }
    }
  }
  return out.sort((p, q) => p.x - q.x);
}

/** The time at axis position px within [a, b], by bisection (x is increasing). */
function tAt(x: (t: number) => number, a: number, b: number, px: number): number {
  let lo = a, hi = b;
  for (let i = 0; i < 60; i++) { const mid = (lo + hi) / 2; if (x(mid) < px) lo = mid; else hi = mid; }
  return lo;
}

const CUM = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
/** Fraction of year y elapsed at the start of month m (0-based). */
export function monthFraction(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return (CUM[m]! + (leap && m > 1 ? 1 : 0)) / (leap ? 366 : 365);
}
