/*
 * A ranked horizontal bar chart on a zero-based linear scale, with the value printed at the end
 * of every bar. Bars may fall into labelled groups; a flagged bar is hatched.
 */
import { scaleLinear } from 'd3-scale';
import { escapeHtml } from '../core/html.ts';
import { el, idMaker, markGroup, r2, svgFrame, text, textWidth, type ChartLabels } from './svg.ts';

export interface Bar {
  key: string;
  label: string;
  /** Language of the label when it differs from the page's. */
  lang?: string;
  value: number;
  /** The value as printed next to the bar (formatted for the interface language). */
  display: string;
  href: string;
  tip: string;
  /** An editorial flag: the bar is hatched (the label carries the note's mark). */
  flagged?: boolean;
  /** Group id (see BarOptions.groups). */
  group?: string;
  /** Palette index (1–6); defaults to 1. */
  tone?: number;
}

export interface BarOptions extends ChartLabels {
  /** Tick labels in the interface language. */
  format: (n: number) => string;
  /** Groups in order, each with a heading row; bars without a group come first. */
  groups?: readonly { id: string; label: string }[];
  width?: number;
  /** Upper end of the scale (defaults to the largest value). */
  max?: number;
}

const FONT = 13;
const BAND = 24;
const BAR = 15;

export function renderBarChart(bars: readonly Bar[], o: BarOptions): string {
  const width = o.width ?? 720;
  const labelW = Math.min(260, Math.max(...bars.map((b) => textWidth(b.label, FONT))) + 12);
  const valueW = Math.max(...bars.map((b) => textWidth(b.display, FONT))) + 10;
  const x0 = labelW, x1 = width - valueW;
  const x = scaleLinear().domain([0, o.max ?? Math.max(...bars.map((b) => b.value))]).range([x0, x1]).nice();
  const id = idMaker(o.idPrefix);

  const rows: ({ kind: 'group'; label: string } | { kind: 'bar'; bar: Bar })[] = [];
  for (const b of bars.filter((b) => !b.group)) rows.push({ kind: 'bar', bar: b });
  for (const g of o.groups ?? []) {
    const mine = bars.filter((b) => b.group === g.id);
    if (!mine.length) continue;
    rows.push({ kind: 'group', label: g.label });
    for (const b of mine) rows.push({ kind: 'bar', bar: b });
  }
  const top = 26;
  const height = top + rows.length * BAND + 8;
  const ticks = x.ticks(5);
  const axis = el('g', { class: 'axis' }, ...ticks.map((t) => el('g', { class: 'tick', transform: `translate(${r2(x(t))},0)` },
    el('line', { y1: top - 4, y2: height - 8 }),
    text({ y: top - 9, 'text-anchor': 'middle' }, o.format(t)))));

  const body = rows.map((row, i) => {
    const cy = top + i * BAND + BAND / 2;
    if (row.kind === 'group') return text({ class: 'group-label', x: 0, y: cy, dy: '0.35em' }, row.label);
    const b = row.bar;
    const w = Math.max(1, x(b.value) - x0);
    const barRect = el('rect', { class: 'bar-mark', x: x0, y: cy - BAR / 2, width: w, height: BAR });
    const hatch = b.flagged ? el('rect', { class: 'hatch', x: x0, y: cy - BAR / 2, width: w, height: BAR, fill: `url(#${id('hatch')})` }) : '';
    return markGroup({ key: b.key, href: b.href, tip: b.tip, className: `tone-${b.tone ?? 1}${b.flagged ? ' flagged' : ''}` },
      el('rect', { class: 'hit', x: 0, y: cy - BAND / 2, width, height: BAND }) + barRect + hatch
      + el('text', { class: 'label', x: x0 - 8, y: cy, dy: '0.35em', 'text-anchor': 'end', lang: b.lang }, escapeHtml(b.label))
      + text({ class: 'value', x: x0 + w + 5, y: cy, dy: '0.35em' }, b.display));
  }).join('');

  const defs = el('defs', {}, el('pattern', { id: id('hatch'), width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('line', { class: 'hatch-line', x1: 0, y1: 0, x2: 0, y2: 6 })));
  return svgFrame(o, { width, height }, defs + axis + el('g', { class: 'bars' }, body));
}
