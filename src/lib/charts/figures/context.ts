import { renderBarChart, type Bar } from '../bar-chart.ts';
import { citedSources, downloads, num, sourceCell, sourceLink, type Cell, type FigureContext, type FigureModel } from './model.ts';

/** The 2008 US race: the two leading candidates' supporters on Facebook and MySpace (paper 000). */
export function candidates2008(c: FigureContext): FigureModel {
  const { data, cite } = c.ds.candidates;
  const networks = [{ id: 'facebook', label: 'Facebook' }, { id: 'myspace', label: 'MySpace' }] as const;
  const bars: Bar[] = networks.flatMap((net) => data.candidates.map((cand, i) => {
    const link = sourceLink(c, cite(cand.source));
    const value = cand[net.id];
    return {
      key: `${net.id}-${cand.id}`, group: net.id, tone: i + 1, label: cand.name[c.lang], value, display: num(c, value), href: link.href,
      tip: [`${cand.name[c.lang]} · ${net.label}`, c.t('charts.candidates.supporters', { n: num(c, value) }), c.t('charts.source', { ref: link.label })].join('\n'),
    };
  }));
  const svg = renderBarChart(bars, {
    idPrefix: c.idPrefix, title: data.title[c.lang], desc: c.t('charts.candidates.desc'), format: (n) => num(c, n), groups: networks,
  });
  return {
    id: 'candidates-2008',
    title: data.title[c.lang],
    caption: data.description[c.lang],
    svg,
    legend: data.candidates.map((cand, i) => ({ swatch: 'bar', tone: i + 1, label: cand.name[c.lang] })),
    notes: data.candidates.map((cand) => ({ text: `${cand.name[c.lang]}: ${cand.note[c.lang]}` })),
    table: {
      caption: data.title[c.lang],
      columns: [{ label: c.t('charts.col.candidate') }, { label: 'Facebook', numeric: true }, { label: 'MySpace', numeric: true }, { label: c.t('charts.col.source') }],
      rows: data.candidates.map((cand): Cell[] => [cand.name[c.lang], { text: num(c, cand.facebook), numeric: true }, { text: num(c, cand.myspace), numeric: true }, sourceCell(c, cite(cand.source))]),
    },
    downloads: downloads('candidates-2008'),
    cite: { version: data.version, sources: citedSources(c, data.candidates.map((x) => cite(x.source))) },
    interactive: true,
  };
}

const FACTOR = { million: 1e6, thousand: 1e3 } as const;

/** Internet and social-media users in Kazakhstan, as the two texts give them (not comparable). */
export function socialStats(c: FigureContext): FigureModel {
  const { data, cite } = c.ds.socialStats;
  const shown = (f: { value: number; unit: 'million' | 'thousand' | 'percent' }) => c.t(`charts.unit.${f.unit}`, { n: num(c, f.value) });
  const bars: Bar[] = data.datasets.flatMap((set, gi) => set.figures.filter((f) => f.unit !== 'percent').map((f) => {
    const link = sourceLink(c, cite(f.source));
    return {
      key: `${set.id}-${f.id}`, group: set.id, tone: gi === 0 ? 1 : 3, label: f.label[c.lang], value: f.value * FACTOR[f.unit as 'million' | 'thousand'], display: shown(f), href: link.href,
      tip: [f.label[c.lang], `${set.label[c.lang]}: ${shown(f)}`, c.t('charts.source', { ref: link.label })].join('\n'),
    };
  }));
  const svg = renderBarChart(bars, {
    idPrefix: c.idPrefix, title: data.title[c.lang], desc: c.t('charts.social.desc'),
    format: (n) => c.t('charts.unit.million', { n: num(c, n / 1e6) }),
    groups: data.datasets.map((d) => ({ id: d.id, label: d.label[c.lang] })),
  });
  const rows = data.datasets.flatMap((set) => set.figures.map((f): Cell[] => [set.label[c.lang], f.label[c.lang], { text: shown(f), numeric: true }, sourceCell(c, cite(f.source))]));
  const percents = data.datasets.flatMap((set) => set.figures.filter((f) => f.unit === 'percent').map((f) => `${f.label[c.lang]} (${set.label[c.lang]}): ${shown(f)}`));
  return {
    id: 'social-stats',
    title: data.title[c.lang],
    caption: data.description[c.lang],
    svg,
    legend: data.datasets.map((d, i) => ({ swatch: 'bar', tone: i === 0 ? 1 : 3, label: d.label[c.lang] })),
    notes: [{ text: `${c.t('charts.social.percent')} ${percents.join('; ')}.` }],
    table: {
      caption: data.title[c.lang],
      columns: [{ label: c.t('charts.col.dataset') }, { label: c.t('charts.col.measure') }, { label: c.t('charts.col.value'), numeric: true }, { label: c.t('charts.col.source') }],
      rows,
    },
    downloads: downloads('social-stats'),
    cite: { version: data.version, sources: citedSources(c, data.datasets.flatMap((d) => d.figures.map((f) => cite(f.source)))) },
    interactive: true,
  };
}
