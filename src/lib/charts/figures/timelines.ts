import type { Dataset } from '../../data/datasets.ts';
import type { EventDate, Theme, Timeline, TimelineEvent } from '../../data/schemas.ts';
import { datetimeAttr, extentOf, formatDatePart } from '../dates.ts';
import type { Era } from '../era-scale.ts';
import { renderTimelineColumn } from '../timeline-column.ts';
import { renderTimelineLanes } from '../timeline-lanes.ts';
import type { Lane, TimelineItem } from '../timeline-model.ts';
import { bce, citedSources, downloads, sourceLink, type Cell, type DataTable, type FigureContext, type FigureModel } from './model.ts';

/** Lanes in reading order, each with its Okabe–Ito hue. */
export const THEMES: readonly { id: Theme; tone: number }[] = [
  { id: 'steppe', tone: 2 }, { id: 'independence', tone: 1 }, { id: 'foreign', tone: 3 },
  { id: 'digital', tone: 4 }, { id: 'egov', tone: 5 }, { id: 'elections', tone: 6 },
];
export const toneOf = (theme: string) => THEMES.find((t) => t.id === theme)?.tone ?? 1;

/**
 * The axes: eras and the share of the axis each gets. Dense recent years get most of the room,
 * the millennia before the Kazakh Khanate a sliver (editorial choices, shown as axis breaks).
 */
export const ERAS: Record<string, readonly Era[]> = {
  overview: [{ from: -700, to: 1400, share: 0.1 }, { from: 1400, to: 1900, share: 0.3 }, { from: 1900, to: 1990, share: 0.12 }, { from: 1990, to: 2024, share: 0.48 }],
  steppe: [{ from: -700, to: 1400, share: 0.14 }, { from: 1400, to: 1800, share: 0.6 }, { from: 1800, to: 2010, share: 0.26 }],
  independence: [{ from: 1940, to: 1990, share: 0.07 }, { from: 1990, to: 2024, share: 0.93 }],
  'us-uk': [{ from: 1991, to: 2019, share: 1 }],
  digital: [{ from: 1960, to: 2000, share: 0.12 }, { from: 2000, to: 2024, share: 0.88 }],
};

/** An event as the page lists it and the charts draw it, in the interface language. */
export interface EventView {
  id: string;
  timeline: string;
  theme: Theme;
  tone: number;
  label: string;
  description: string;
  /** The date in words, and its parts for <time datetime>. */
  date: DateView;
  href: string;
  sourceLabel: string;
  conflict?: { note: string; alternatives: { date?: DateView; value?: string; href: string; sourceLabel: string }[] };
  item: TimelineItem;
}

export interface DateView {
  text: string;
  /** Start and end with their wording and HTML datetime (absent for years BCE). */
  parts: { text: string; datetime: string | undefined }[];
  /** How the source words an imprecise date, shown instead of the bounds. */
  label?: string;
}

export function dateView(c: FigureContext, d: EventDate): DateView {
  const word = (s: string) => formatDatePart(s, c.lang, bce(c));
  const parts = [{ text: word(d.start), datetime: datetimeAttr(d.start) }, ...(d.end ? [{ text: word(d.end), datetime: datetimeAttr(d.end) }] : [])];
  const label = d.label?.[c.lang];
  const text = label ?? parts.map((p) => p.text).join('–');
  return { text, parts, ...(label ? { label } : {}) };
}

export function eventViews(c: FigureContext, tl: Dataset<Timeline>): EventView[] {
  return tl.data.events.map((e) => eventView(c, tl, e));
}

function eventView(c: FigureContext, tl: Dataset<Timeline>, e: TimelineEvent): EventView {
  const link = sourceLink(c, tl.cite(e.source));
  const date = dateView(c, e.date);
  const alternatives = (e.conflict?.alternatives ?? []).map((a) => {
    const l = sourceLink(c, tl.cite(a.source));
    return { ...(a.date ? { date: dateView(c, a.date) } : {}), ...(a.value ? { value: a.value[c.lang] } : {}), href: l.href, sourceLabel: l.label };
  });
  const altText = alternatives.map((a) => `${a.date?.text ?? a.value} (${a.sourceLabel})`).join('; ');
  const tip = [e.label[c.lang], date.text, c.t('charts.source', { ref: link.label }), ...(e.conflict ? [`≠ ${c.t('charts.timeline.other', { other: altText })}`] : [])].join('\n');
  const item: TimelineItem = {
    key: e.id,
    lane: e.theme,
    label: e.label[c.lang],
    when: date.text,
    extent: extentOf(e.date),
    href: link.href,
    tip,
    alternatives: (e.conflict?.alternatives ?? []).flatMap((a, i) => (a.date ? [{
      extent: extentOf(a.date), href: alternatives[i]!.href,
      tip: `${e.label[c.lang]}\n${alternatives[i]!.date!.text} (${c.t('charts.timeline.alternative')})\n${c.t('charts.source', { ref: alternatives[i]!.sourceLabel })}`,
    }] : [])),
  };
  return {
    id: e.id, timeline: tl.data.id, theme: e.theme, tone: toneOf(e.theme), label: e.label[c.lang], description: e.description[c.lang],
    date, href: link.href, sourceLabel: link.label, item,
    ...(e.conflict ? { conflict: { note: e.conflict.note[c.lang], alternatives } } : {}),
  };
}

/** Every event must fall on the axis; an editor adding an older or newer event gets told where to widen it. */
function checkDomain(figure: string, eras: readonly Era[], items: readonly TimelineItem[]) {
  const lo = eras[0]!.from, hi = eras.at(-1)!.to;
  for (const it of items) {
    for (const e of [it.extent, ...it.alternatives.map((a) => a.extent)]) {
      if (e.from < lo || e.to > hi) throw new Error(`figure ${figure}: event "${it.key}" (${e.from.toFixed(0)}–${e.to.toFixed(0)}) lies outside the axis ${lo}–${hi}. Fix: widen ERAS in src/lib/charts/figures/timelines.ts`);
    }
  }
}

const byStart = (a: EventView, b: EventView) => a.item.extent.from - b.item.extent.from || a.id.localeCompare(b.id);

function timelineTable(c: FigureContext, caption: string, events: readonly EventView[]): DataTable {
  return {
    caption,
    columns: [{ label: c.t('charts.col.date') }, { label: c.t('charts.col.event') }, { label: c.t('charts.col.theme') }, { label: c.t('charts.col.source') }],
    rows: [...events].sort(byStart).map((e): Cell[] => [
      e.conflict ? `${e.date.text} ≠ ${e.conflict.alternatives.map((a) => a.date?.text ?? a.value).join('; ')}` : e.date.text,
      e.label,
      c.t(`charts.theme.${e.theme}`),
      { text: e.sourceLabel, href: e.href },
    ]),
  };
}

const timelineLegend = (c: FigureContext, tones: readonly { tone: number; label: string }[]): FigureModel['legend'] => [
  ...tones.map((t) => ({ swatch: 'point' as const, tone: t.tone, label: t.label })),
  { swatch: 'range', tone: 0, label: c.t('charts.timeline.legend.range') },
  { swatch: 'approx', tone: 0, label: c.t('charts.timeline.legend.approx') },
  { swatch: 'alt', tone: 0, label: c.t('charts.timeline.legend.alt') },
];

/** One timeline, labelled, running down the page (chapters). */
export function timelineColumn(c: FigureContext, id: string): FigureModel {
  const tl = c.ds.timelines.find((x) => x.data.id === id);
  if (!tl) throw new Error(`no timeline "${id}" in content/data/timelines/`);
  const eras = ERAS[id] ?? ERAS.overview!;
  const events = eventViews(c, tl).sort(byStart);
  checkDomain(`${id}-timeline`, eras, events.map((e) => e.item));
  const themes = THEMES.filter((th) => events.some((e) => e.theme === th.id));
  const svg = renderTimelineColumn(events.map((e) => e.item), {
    idPrefix: c.idPrefix,
    title: tl.data.title[c.lang],
    desc: c.t('charts.timeline.desc', { n: events.length, from: events[0]!.date.parts[0]!.text, to: events.at(-1)!.date.parts.at(-1)!.text }),
    eras,
    toneOf,
    bce: bce(c),
    conflictMark: '≠',
  });
  return {
    id: `${id}-timeline`,
    title: tl.data.title[c.lang],
    caption: tl.data.description[c.lang],
    svg,
    legend: timelineLegend(c, themes.map((th) => ({ tone: th.tone, label: c.t(`charts.theme.${th.id}`) }))),
    notes: [{ mark: '≠', text: c.t('charts.timeline.conflicts') }, ...(eras.length > 1 ? [{ text: c.t('charts.timeline.eras') }] : [])],
    table: timelineTable(c, tl.data.title[c.lang], events),
    downloads: downloads(`timelines/${id}`),
    cite: { version: tl.data.version, sources: citedSources(c, tl.data.events.map((e) => tl.cite(e.source))) },
    interactive: true,
  };
}

/** All timelines, one lane per theme, on one zoomable axis (the timelines page). */
export function timelineOverview(c: FigureContext): FigureModel & { events: EventView[]; lanes: Lane[] } {
  const events = c.ds.timelines.flatMap((tl) => eventViews(c, tl));
  checkDomain('timelines-overview', ERAS.overview!, events.map((e) => e.item));
  const lanes: Lane[] = THEMES.filter((th) => events.some((e) => e.theme === th.id)).map((th) => ({ id: th.id, label: c.t(`charts.theme.${th.id}`), tone: th.tone }));
  const sorted = [...events].sort(byStart);
  const svg = renderTimelineLanes(sorted.map((e) => e.item), {
    idPrefix: c.idPrefix,
    title: c.t('charts.timelines.title'),
    desc: c.t('charts.timelines.desc', { n: events.length, lanes: lanes.map((l) => l.label).join(', ') }),
    lanes,
    eras: ERAS.overview!,
    bce: bce(c),
  });
  const cites = c.ds.timelines.flatMap((tl) => tl.data.events.map((e) => tl.cite(e.source)));
  return {
    id: 'timelines-overview',
    title: c.t('charts.timelines.title'),
    caption: c.t('charts.timelines.caption', { n: events.length }),
    svg,
    legend: timelineLegend(c, []),
    notes: [{ text: c.t('charts.timeline.eras') }],
    table: timelineTable(c, c.t('charts.timelines.title'), events),
    downloads: downloads(...c.ds.timelines.map((tl) => `timelines/${tl.data.id}`)),
    cite: { version: [...new Set(c.ds.timelines.map((tl) => tl.data.version))].join(', '), sources: citedSources(c, cites) },
    interactive: true,
    events,
    lanes,
  };
}
