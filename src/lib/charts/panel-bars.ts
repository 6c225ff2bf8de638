/*
 * Small multiples of bars, one panel per measure, one row per case, with a second reading of the
 * same measure drawn as a hollow diamond on top: two sources that disagree stay side by side.
 * Each panel has its own zero-based scale (the measures differ in size).
 */
import { scaleLinear } from 'd3-scale';
import { clearBelow, labelBox } from './labels.ts';
import { escapeHtml } from '../core/html.ts';
import { el, markGroup, r2, svgFrame, text, textWidth, wrap, type ChartLabels } from './svg.ts';

export interface PanelRow { key: string; label: string; lang?: string }
export interface PanelMetric { key: string; label: string }
export interface PanelCell {
  row: string;
  metric: string;
  /** Upper value (the value, or the top of a printed range such as "3-4"). */
  value: number;
  /** Bottom of a printed range. */
  low?: number;
  display: string;
  href: string;
  tip: string;
  /** primary: the bar (e.g. the table); secondary: the diamond (e.g. the article's text). */
  series: 'primary' | 'secondary';
  /** The secondary value differs from the primary one. */
  differs?: boolean;
}

export interface PanelOptions extends ChartLabels {
  format: (n: number) => string;
  width?: number;
}

const FONT = 13;
/** Font size of the value labels (charts.css: .mark .value). */
const VALUE_FONT = 12;
/** Tall enough for a second reading's value to drop below the first one's inside its row. */
const BAND = 40;
const BAR = 14;

export function renderPanelBars(rows: readonly PanelRow[], metrics: readonly PanelMetric[], cells: readonly PanelCell[], o: PanelOptions): string {
  const width = o.width ?? 720;
  const labelW = Math.min(170, Math.max(...rows.map((r) => textWidth(r.label, FONT))) + 12);
  const gap = 14;
  const panelW = (width - labelW - gap * (metrics.length - 1)) / metrics.length;
  const headLines = metrics.map((m) => wrap(m.label, panelW - 4, 12));
  const head = 14 * Math.max(...headLines.map((l) => l.length)) + 12;
  const height = head + rows.length * BAND + 22;

  const panels = metrics.map((m, mi) => {
    const px = labelW + mi * (panelW + gap);
    const mine = cells.filter((c) => c.metric === m.key);
    const x = scaleLinear().domain([0, Math.max(1, ...mine.map((c) => c.value))]).range([px, px + panelW - 34]).nice();
    const ticks = x.ticks(2);
    const grid = ticks.map((t) => el('g', { class: 'tick', transform: `translate(${r2(x(t))},0)` },
      el('line', { y1: head - 4, y2: height - 20 }), text({ y: height - 6, 'text-anchor': 'middle' }, o.format(t))));
    const title = el('text', { class: 'panel-title', x: px, y: 12 }, ...headLines[mi]!.map((ln, k) => el('tspan', { x: px, dy: k ? 14 : undefined }, escapeHtml(ln))));
    const marks = mine.map((c) => {
      const ri = rows.findIndex((r) => r.key === c.row);
      const cy = head + ri * BAND + BAND / 2;
      if (c.series === 'primary') {
        const solid = el('rect', { class: 'bar-mark', x: px, y: cy - BAR / 2, width: Math.max(1, x(c.low ?? c.value) - px), height: BAR });
        const range = c.low !== undefined ? el('rect', { class: 'bar-mark range', x: x(c.low), y: cy - BAR / 2, width: x(c.value) - x(c.low), height: BAR }) : '';
        return markGroup({ key: `${c.row}-${c.metric}`, href: c.href, tip: c.tip, className: 'tone-1' },
          solid + range + text({ class: 'value', x: x(c.value) + 4, y: cy - 1, dy: '0.35em' }, c.display));
      }
      const dx = x(c.value), dy = cy + BAR / 2 + 3;
      // The second reading's value sits right of its diamond, unless the first reading's value is
      // there already ("322" over "250"): then it moves down below it.
      const first = mine.find((p) => p.series === 'primary' && p.row === c.row);
      const taken = first ? [labelBox(first.display, x(first.value) + 4, cy - 1, VALUE_FONT)] : [];
      const vy = clearBelow(labelBox(c.display, dx + 8, dy + 1, VALUE_FONT), taken, 1);
      return markGroup({ key: `${c.row}-${c.metric}-text`, href: c.href, tip: c.tip, className: `tone-2 secondary${c.differs ? ' differs' : ''}` },
        el('path', { class: 'diamond', d: `M${r2(dx)},${r2(dy - 6)}l6,6l-6,6l-6,-6z` })
        + (c.differs ? text({ class: 'value secondary-value', x: dx + 8, y: vy, dy: '0.35em' }, c.display) : ''));
    });
    return el('g', { class: 'panel', 'data-metric': m.key }, title, el('g', { class: 'axis' }, ...grid), ...marks);
  });
  const labels = rows.map((r, i) => {
    const lines = wrap(r.label, labelW - 12, FONT);
    const y0 = head + i * BAND + BAND / 2 - ((lines.length - 1) * 14) / 2;
    return el('text', { class: 'row-label', x: labelW - 10, y: y0, dy: '0.35em', 'text-anchor': 'end', lang: r.lang },
      ...lines.map((ln, k) => el('tspan', { x: labelW - 10, dy: k ? 14 : undefined }, escapeHtml(ln))));
  });
  const bands = rows.map((_, i) => (i % 2 ? '' : el('rect', { class: 'row-bg', x: 0, y: head + i * BAND, width, height: BAND })));
  return svgFrame(o, { width, height }, el('g', { 'aria-hidden': 'true' }, ...bands) + el('g', { class: 'row-labels' }, ...labels) + panels.join(''));
}
