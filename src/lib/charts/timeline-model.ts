import type { Extent } from './dates.ts';

/** One event as a timeline chart draws it; all text already in the interface language. */
export interface TimelineItem {
  /** Stable key (the event id). */
  key: string;
  /** Lane (theme) id. */
  lane: string;
  label: string;
  /** Short date wording for labels ("1468", "mid-fifteenth century"). */
  when: string;
  extent: Extent;
  /** The paragraph the event comes from. */
  href: string;
  /** Tooltip text: first line the label, then date and source. */
  tip: string;
  /** Dates other passages give for the same event (a flagged conflict). */
  alternatives: { extent: Extent; href: string; tip: string }[];
}

export interface Lane {
  id: string;
  label: string;
  /** Palette index 1–6 (Okabe–Ito hues in CSS: --ar-c1 … --ar-c6). */
  tone: number;
}

/** The time interval an item covers, alternatives included. */
export function span(item: TimelineItem): [number, number] {
  const all = [item.extent, ...item.alternatives.map((a) => a.extent)];
  return [Math.min(...all.map((e) => e.from)), Math.max(...all.map((e) => e.to))];
}

/**
 * Greedy interval packing: assigns each interval the first row where it does not touch the
 * previous one (sorted by start). Returns row indices in input order.
 */
export function packRows(intervals: readonly [number, number][], gap: number): number[] {
  const order = intervals.map((iv, i) => ({ iv, i })).sort((a, b) => a.iv[0] - b.iv[0] || a.iv[1] - b.iv[1]);
  const ends: number[] = [];
  const rows = new Array<number>(intervals.length).fill(0);
  for (const { iv, i } of order) {
    let r = ends.findIndex((end) => end + gap <= iv[0]);
    if (r < 0) { r = ends.length; ends.push(iv[1]); } else ends[r] = iv[1];
    rows[i] = r;
  }
  return rows;
}

/**
 * 1-D label placement: moves labels (desired top, height) apart so they never overlap, keeping
 * each cluster of touching labels centred on its desired positions, within [min, +∞).
 * Returns the tops in input order.
 */
export function dodge(items: readonly { y: number; h: number }[], gap: number, min = -Infinity): number[] {
  const order = items.map((it, i) => ({ ...it, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  type Cluster = { members: typeof order; top: number; height: number };
  const clusters: Cluster[] = [];
  for (const it of order) {
    let c: Cluster = { members: [it], top: it.y, height: it.h };
    // Merge with the previous cluster while they overlap, re-centring on the desired positions.
    for (;;) {
      const prev = clusters.at(-1);
      if (!prev || prev.top + prev.height + gap <= c.top) break;
      clusters.pop();
      const members = [...prev.members, ...c.members];
      const height = members.reduce((a, m) => a + m.h, 0) + gap * (members.length - 1);
      // Least squares: the cluster top that best matches every member's desired top.
      let offset = 0, sum = 0;
      for (const m of members) { sum += m.y - offset; offset += m.h + gap; }
      c = { members, top: Math.max(min, sum / members.length), height };
    }
    c.top = Math.max(min, c.top);
    clusters.push(c);
  }
  const tops = new Array<number>(items.length).fill(0);
  for (const c of clusters) {
    let y = c.top;
    for (const m of c.members) { tops[m.i] = y; y += m.h + gap; }
  }
  return tops;
}
