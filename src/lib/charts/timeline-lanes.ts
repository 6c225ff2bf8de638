/*
 * The multi-lane timeline: one lane per theme on a piecewise time axis (eras), every event a mark
 * that leads to its paragraph. Marks carry their dates (data-t0/data-t1) so the browser can zoom
 * and pan by re-placing them; without JavaScript the chart is complete as drawn.
 */
import type { Extent } from './dates.ts';
import { eraScale, eraTicks, type Era } from './era-scale.ts';
import { labelBox } from './labels.ts';
import { escapeHtml } from '../core/html.ts';
import { attrs, el, idMaker, markGroup, r2, svgFrame, text, type ChartLabels } from './svg.ts';
import { packRows, span, type Lane, type TimelineItem } from './timeline-model.ts';

export interface LanesOptions extends ChartLabels {
  lanes: readonly Lane[];
  eras: readonly Era[];
  /** Label of a year before the common era, e.g. (y) => `${y} BCE`. */
  bce: (year: string) => string;
  width?: number;
}

const M = { top: 30, right: 16, bottom: 10, left: 150 };
const ROW = 16;
const LANE_PAD = 10;
const R = 4.5;
const BAR = 8;
/** The count under a lane's name: half the name's box (13 px) and half the count's (11 px), 1 px apart. */
const COUNT_BELOW = Math.ceil(labelBox('', 0, 0, 13).bottom - labelBox('', 0, 0, 11).top + 1);

/** Rounded time for data attributes (about a third of a day). */
const t4 = (t: number) => String(Math.round(t * 1000) / 1000);

export function renderTimelineLanes(items: readonly TimelineItem[], o: LanesOptions): string {
  const width = o.width ?? 960;
  const x0 = M.left, x1 = width - M.right;
  const x = eraScale(o.eras, [x0, x1]);
  const id = idMaker(o.idPrefix);

  let y = M.top;
  const lanes = o.lanes.map((lane, li) => {
    const mine = items.filter((it) => it.lane === lane.id);
    const rows = packRows(mine.map((it) => {
      const [a, b] = span(it);
      return [x(a) - R, Math.max(x(b), x(a) + BAR) + R] as [number, number];
    }), 3);
    // At least two rows: the lane's name and its count stand one above the other.
    const nRows = Math.max(2, ...rows.map((r) => r + 1));
    const height = nRows * ROW + 2 * LANE_PAD;
    const top = y;
    y += height;
    const marks = mine.map((it, i) => eventMark(it, LANE_PAD + (rows[i] ?? 0) * ROW + ROW / 2, x, lane.tone)).join('');
    return el('g', { class: 'lane', 'data-lane': lane.id, transform: `translate(0,${r2(top)})`, 'data-height': height },
      el('rect', { class: li % 2 ? 'lane-bg odd' : 'lane-bg', x: 0, y: 0, width, height }),
      text({ class: 'lane-label', x: 8, y: LANE_PAD + ROW / 2, dy: '0.35em' }, lane.label),
      el('text', { class: 'lane-count', x: 8, y: LANE_PAD + ROW / 2 + COUNT_BELOW, dy: '0.35em' }, escapeHtml(String(mine.length))),
      el('g', { class: 'lane-marks', 'clip-path': `url(#${id('clip')})` }, marks));
  });
  const height = y + M.bottom;

  const ticks = eraTicks(x, x.domain, [x0, x1], 56);
  const eraEdges = x.range.slice(1, -1).map((a) => el('line', { class: 'era-edge', x1: a, x2: a, y1: M.top - 6, y2: y }));
  const axis = el('g', { class: 'axis', 'data-axis': '' },
    ...ticks.map((tk) => el('g', { class: 'tick', transform: `translate(${r2(tk.x)},0)` },
      el('line', { y1: M.top - 4, y2: y }),
      text({ y: M.top - 9, 'text-anchor': 'middle' }, tk.t < 0 ? o.bce(String(-Math.round(tk.t))) : String(Math.round(tk.t))))));

  const body = [
    el('defs', {}, el('clipPath', { id: id('clip') }, el('rect', { x: x0 - R - 1, y: -1000, width: x1 - x0 + 2 * R + 2, height: 100000 }))),
    el('g', { class: 'eras', 'aria-hidden': 'true', 'clip-path': `url(#${id('clip')})` }, ...eraEdges),
    el('g', { class: 'lanes' }, ...lanes),
    axis,
  ].join('');
  return svgFrame(o, { width, height }, body, {
    'data-timeline': '',
    'data-domain': x.domain.join(','),
    'data-range': x.range.map(r2).join(','),
    'data-plot': `${x0},${x1}`,
    'data-pad': M.bottom,
  });
}

function shape(e: Extent, x: (t: number) => number, cls: string): string {
  if (e.kind === 'point') return el('circle', { class: cls, cx: x(e.at), cy: 0, r: R });
  const a = x(e.from), b = Math.max(x(e.to), a + BAR / 2);
  return el('rect', { class: `${cls} ${e.kind}`, x: a, y: -BAR / 2, width: b - a, height: BAR, rx: 2 });
}

const centre = (e: Extent, x: (t: number) => number) => (e.kind === 'point' ? x(e.at) : (x(e.from) + x(e.to)) / 2);

function eventMark(it: TimelineItem, cy: number, x: (t: number) => number, tone: number): string {
  const alts = it.alternatives.map((a) => {
    const link = el('line', { class: 'alt-link', x1: centre(it.extent, x), x2: centre(a.extent, x), y1: 0, y2: 0 });
    return link + shape(a.extent, x, 'alt');
  }).join('');
  const [t0, t1] = span(it);
  return `<g${attrs({ transform: `translate(0,${r2(cy)})` })}>${markGroup({
    key: it.key,
    href: it.href,
    tip: it.tip,
    className: `tone-${tone}${it.alternatives.length ? ' conflict' : ''}`,
    extra: { 'data-t0': t4(t0), 'data-t1': t4(t1) },
  }, alts + shape(it.extent, x, 'main'))}</g>`;
}
