import type { PaperData } from '../../content/paper-schema.ts';
import { paragraphUrl } from '../../content/papers.ts';
import type { Datasets } from '../../data/datasets.ts';
import type { Cite } from '../../data/verify.ts';
import { formatNumber, type useTranslations } from '../../i18n/index.ts';
import type { Lang } from '../../../site/languages.ts';
import { asset } from '../../i18n/urls.ts';

/** A table cell: text, or text with a link, a language, a <time> or numeric alignment. */
export type Cell = string | { text: string; href?: string; lang?: string; numeric?: boolean; datetime?: string };

export interface DataTable {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: Cell[][];
}

/** A legend entry: the swatch drawn for it and what it means. */
export interface LegendItem {
  swatch: 'bar' | 'hatch' | 'point' | 'range' | 'approx' | 'alt' | 'diamond' | 'bubble' | 'bubble-flagged';
  tone?: number;
  label: string;
}

/** Everything a figure shows, in the interface language; Figure.astro lays it out. */
export interface FigureModel {
  id: string;
  title: string;
  /** One or two sentences: what the figure shows and where the data come from. */
  caption: string;
  /** The chart as static SVG markup (absent for the comparison figure). */
  svg?: string;
  /** Two-column comparison (press-vs-pr). */
  comparison?: Comparison;
  legend: LegendItem[];
  /** Editorial notes: flags and conflicts, each with its mark. */
  notes: { mark?: string; text: string }[];
  /** The data beside the chart; absent when the figure is itself a table (the comparison). */
  table?: DataTable;
  downloads: { label: string; href: string }[];
  /** For "cite this figure": dataset version and the papers (with paragraphs) it draws on. */
  cite: { version: string; sources: { paper: PaperData; paragraphs: string }[] };
  /** Marks respond to focus and hover in the browser (tooltips, links). */
  interactive: boolean;
}

export interface Comparison {
  lang: string;
  columns: [{ label: string; original: string }, { label: string; original: string }];
  rows: { label?: string; original?: string; cells: [string[], string[]] }[];
  /** The table's paragraph. */
  href: string;
}

export interface FigureContext {
  lang: Lang;
  t: ReturnType<typeof useTranslations>;
  ds: Datasets;
  papers: readonly PaperData[];
  /** Unique id prefix for this figure's SVG on its page. */
  idPrefix: string;
}

export const num = (c: FigureContext, n: number) => formatNumber(c.lang, n);

export function paperOf(c: FigureContext, id: string): PaperData {
  const p = c.papers.find((x) => x.id === id);
  if (!p) throw new Error(`no paper "${id}"`);
  return p;
}

/** The paragraph link of a resolved source, and its short label: "004 · ¶387" (or ¶387–388). */
export function sourceLink(c: FigureContext, cite: Cite): { href: string; label: string; paper: PaperData } {
  const paper = paperOf(c, cite.paper);
  const paras = cite.last > cite.n ? `¶${cite.n}–${cite.last}` : `¶${cite.n}`;
  return { href: paragraphUrl(c.lang, paper, cite.n), label: `${cite.paper} · ${paras}`, paper };
}

/** Table cell linking to the paragraph. */
export const sourceCell = (c: FigureContext, cite: Cite): Cell => {
  const s = sourceLink(c, cite);
  return { text: s.label, href: s.href };
};

/** CSV and JSON links of a dataset file under /data/. */
export function downloads(...names: string[]): { label: string; href: string }[] {
  return names.flatMap((n) => (['csv', 'json'] as const).map((ext) => ({
    label: names.length > 1 ? `${n.split('/').at(-1)}.${ext}` : ext.toUpperCase(),
    href: asset('data', `${n}.${ext}`),
  })));
}

/** The papers a figure draws on, in id order, each with the span of its cited paragraphs ("¶386–407"). */
export function citedSources(c: FigureContext, cites: readonly Cite[]): { paper: PaperData; paragraphs: string }[] {
  return [...new Set(cites.map((x) => x.paper))].sort().map((id) => {
    const mine = cites.filter((x) => x.paper === id);
    const a = Math.min(...mine.map((x) => x.n)), b = Math.max(...mine.map((x) => x.last));
    return { paper: paperOf(c, id), paragraphs: a === b ? `¶${a}` : `¶${a}–${b}` };
  });
}

export const bce = (c: FigureContext) => (year: string) => c.t('charts.date.bce', { year });
