/*
 * A labelled timeline running down the page: a piecewise time axis on the left, every event
 * named on the right with a leader line to its date, so the static figure reads without
 * interaction. Chapters embed it; each event leads to its paragraph.
 */
import type { Extent } from './dates.ts';
import { eraScale, eraTicks, type Era } from './era-scale.ts';
import { escapeHtml } from '../core/html.ts';
import { el, markGroup, r2, svgFrame, text, wrap, type ChartLabels } from './svg.ts';
import { dodge, packRows, type TimelineItem } from './timeline-model.ts';

export interface ColumnOptions extends ChartLabels {
  eras: readonly Era[];
  /** Palette index (1–6) of an item's lane. */
  toneOf: (lane: string) => number;
  bce: (year: string) => string;
  /** Marker shown after the label of an event whose sources disagree. */
  conflictMark: string;
  width?: number;
  /** Axis length before labels are spread out; grows when the labels need more room. */
  minHeight?: number;
}

const FONT = 13;
const LINE = 16;
const AXIS_X = 96;
const RAIL = 7;
const R = 4.5;

export function renderTimelineColumn(items: readonly TimelineItem[], o: ColumnOptions): string {
  const width = o.width ?? 720;
  const top = 24;
  // A first axis, to pack the periods on rails; the labels then start right of the rails.
  const draft = eraScale(o.eras, [top, top + (o.minHeight ?? 640)]);
  const isSpan = (e: Extent) => e.kind !== 'point';
  const spanIdx = items.map((it, i) => (isSpan(it.extent) ? i : -1)).filter((i) => i >= 0);
  const railOf = new Map<number, number>();
  packRows(spanIdx.map((i) => [draft(items[i]!.extent.from), draft(items[i]!.extent.to)] as [number, number]), 2)
    .forEach((r, k) => railOf.set(spanIdx[k]!, r));
  const altRail = Math.max(0, ...[...railOf.values()].map((r) => r + 1));
  const rails = altRail + (items.some((it) => it.alternatives.some((a) => isSpan(a.extent))) ? 1 : 0);
  const railX = (rail: number) => AXIS_X + 10 + rail * RAIL;
  const labelX = railX(Math.max(rails, 1)) + 44;
  const labelW = width - labelX - 8;

  const lines = items.map((it) => wrap(`${it.when} · ${it.label}${it.alternatives.length ? ` ${o.conflictMark}` : ''}`, labelW, FONT));
  const heights = lines.map((l) => l.length * LINE);
  const need = heights.reduce((a, h) => a + h + 4, 0);
  const axisLen = Math.max(o.minHeight ?? 640, need * 1.15);
  const y = eraScale(o.eras, [top, top + axisLen]);

  const anchorY = (it: TimelineItem) => (it.extent.kind === 'point' ? y(it.extent.at) : y(it.extent.from));
  const tops = dodge(items.map((it, i) => ({ y: anchorY(it) - heights[i]! / 2, h: heights[i]! })), 4, top - 6);
  const bottom = Math.max(top + axisLen, ...tops.map((t, i) => t + heights[i]!)) + 16;

  const bar = (e: Extent, x: number, cls: string) => {
    const y0 = y(e.from), y1 = Math.max(y(e.to), y0 + 3);
    return el('rect', { class: `${cls} ${e.kind}`, x: x - 2.5, y: y0, width: 5, height: y1 - y0, rx: 2 });
  };
  const marks = items.map((it, i) => {
    const ay = anchorY(it);
    const ly = tops[i]! + heights[i]! / 2;
    const point = it.extent.kind === 'point';
    const sx = point ? AXIS_X : railX(railOf.get(i) ?? 0);
    const shape = it.extent.kind === 'point' ? el('circle', { class: 'main', cx: AXIS_X, cy: ay, r: R }) : bar(it.extent, sx, 'main');
    const alts = it.alternatives.map((a) => (a.extent.kind === 'point'
      ? el('circle', { class: 'alt', cx: AXIS_X, cy: y(a.extent.at), r: R })
      : bar(a.extent, railX(altRail), 'alt'))).join('');
    const startX = sx + (point ? R + 1 : 3.5);
    const leader = el('path', { class: 'leader', d: `M${r2(startX)},${r2(ay)}H${r2(labelX - 30)}L${r2(labelX - 6)},${r2(ly)}` });
    const label = el('text', { class: 'label', x: labelX, y: tops[i]! + LINE - 4 },
      ...lines[i]!.map((ln, k) => el('tspan', { x: labelX, dy: k ? LINE : undefined }, escapeHtml(ln))));
    return markGroup({ key: it.key, href: it.href, tip: it.tip, className: `tone-${o.toneOf(it.lane)}${it.alternatives.length ? ' conflict' : ''}` },
      alts + shape + leader + label);
  }).join('');

  const ticks = eraTicks(y, y.domain, [top, top + axisLen], 30);
  const axis = el('g', { class: 'axis vertical' },
    el('line', { class: 'domain', x1: AXIS_X, x2: AXIS_X, y1: top, y2: top + axisLen }),
    ...y.range.slice(1, -1).map((b) => el('path', { class: 'era-break', d: `M${AXIS_X - 7},${r2(b - 1)}l14,-4M${AXIS_X - 7},${r2(b + 3)}l14,-4` })),
    ...ticks.map((tk) => el('g', { class: 'tick', transform: `translate(0,${r2(tk.x)})` },
      el('line', { x1: AXIS_X - 5, x2: AXIS_X }),
      text({ x: AXIS_X - 9, dy: '0.35em', 'text-anchor': 'end' }, tk.t < 0 ? o.bce(String(-Math.round(tk.t))) : String(Math.round(tk.t))))));
  return svgFrame(o, { width, height: bottom }, axis + el('g', { class: 'marks' }, marks));
}
