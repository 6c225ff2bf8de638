/*
 * Small helpers to write SVG markup as strings. Charts are pure functions (data, options) → SVG
 * string, so they render at build time, in tests and in golden snapshots alike.
 */

import { escapeHtml } from '../core/html.ts';

/** Rounds a coordinate to two decimals, without trailing zeros, so snapshots stay stable and small. */
export const r2 = (x: number): string => String(Math.round(x * 100) / 100 || 0);

type AttrValue = string | number | boolean | null | undefined;

/** Attributes to markup: numbers rounded, false/null/undefined dropped, true as a bare name. */
export function attrs(a: Record<string, AttrValue>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== false && v !== null && v !== undefined)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${typeof v === 'number' ? r2(v) : escapeHtml(String(v))}"`))
    .join('');
}

/** An element: el('circle', { r: 3 }) or el('g', {}, child1, child2). */
export function el(tag: string, a: Record<string, AttrValue>, ...children: (string | false | null | undefined)[]): string {
  const inner = children.filter((c): c is string => typeof c === 'string').join('');
  return inner || !['circle', 'rect', 'path', 'line', 'use'].includes(tag) ? `<${tag}${attrs(a)}>${inner}</${tag}>` : `<${tag}${attrs(a)}/>`;
}

/** A text node with optional language, escaped. */
export const text = (a: Record<string, AttrValue>, content: string) => el('text', a, escapeHtml(content));

/** Ids inside one chart: prefix + name, so two charts on a page never collide. */
export const idMaker = (prefix: string) => (name: string) => `${prefix}-${name}`;

/** The accessible name and description every chart carries. */
export interface ChartLabels {
  /** Unique prefix for the ids of this chart on its page. */
  idPrefix: string;
  title: string;
  desc: string;
}

/**
 * The outer <svg>: role="img" named by its <title> and <desc>, sized by its viewBox so it scales
 * with the page, and themed by CSS (class names, currentColor); `data` attributes for enhancement.
 */
export function svgFrame(labels: ChartLabels, size: { width: number; height: number }, body: string, extra: Record<string, AttrValue> = {}): string {
  const id = idMaker(labels.idPrefix);
  return el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    class: 'ar-chart',
    viewBox: `0 0 ${r2(size.width)} ${r2(size.height)}`,
    width: size.width,
    height: size.height,
    role: 'img',
    'aria-labelledby': `${id('title')} ${id('desc')}`,
    ...extra,
  }, el('title', { id: id('title') }, escapeHtml(labels.title)), el('desc', { id: id('desc') }, escapeHtml(labels.desc)), body);
}

/**
 * A mark that leads to evidence: a group with the paragraph URL and a native tooltip (<title>).
 * The browser enhancement makes it focusable and shows the same text in a styled tooltip.
 */
export function markGroup(m: { key: string; href: string; tip: string; className?: string; extra?: Record<string, AttrValue> }, shapes: string): string {
  return el('g', { class: `mark${m.className ? ` ${m.className}` : ''}`, 'data-key': m.key, 'data-href': m.href, ...m.extra }, el('title', {}, escapeHtml(m.tip)), shapes);
}

/** A rough width of a label in SVG units, for layout without a DOM (sans-serif, average glyphs). */
export function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s) w += /[ilj.,:;'’|!()\s]/.test(ch) ? 0.3 : /[mwMWЖжШшЩщЮюМм]/.test(ch) ? 0.85 : /[A-ZА-ЯӘҒҚҢӨҰҮҺІ0-9]/.test(ch) ? 0.66 : 0.55;
  return w * fontSize;
}

/** Splits a label into lines of at most `max` units, at spaces. */
export function wrap(s: string, max: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > max) { lines.push(line); line = word; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
