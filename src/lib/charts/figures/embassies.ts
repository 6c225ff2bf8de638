import { renderBarChart } from '../bar-chart.ts';
import { renderBubbleMap } from '../bubble-map.ts';
import { citedSources, downloads, num, sourceCell, sourceLink, type FigureContext, type FigureModel } from './model.ts';

/** Marks of the flagged rows, in table order; each explained in the figure's notes. */
const FLAG_MARKS = ['†', '‡', '§'];

type Row = ReturnType<typeof embassyRows>[number];

function embassyRows(c: FigureContext) {
  const { data, cite } = c.ds.embassies;
  let flags = 0;
  return data.rows.map((row) => {
    const src = cite(row.source);
    const link = sourceLink(c, src);
    const mark = row.flag ? FLAG_MARKS[flags++] ?? '*' : undefined;
    const subscribers = c.t('charts.embassies.subscribers', { n: num(c, row.subscribers) });
    const tip = [row.label[c.lang], subscribers, c.t('charts.source', { ref: link.label }), ...(row.flag ? [`${mark} ${row.flag.note[c.lang]}`] : [])].join('\n');
    return { row, src, link, mark, tip };
  });
}

export function embassiesBar(c: FigureContext): FigureModel {
  const { data } = c.ds.embassies;
  const rows = embassyRows(c);
  const [first, last] = [rows[0]!.row, rows.at(-1)!.row];
  const svg = renderBarChart(rows.map(({ row, link, mark, tip }) => ({
    key: `rank-${row.rank}`,
    label: `${row.short[c.lang]}${mark ? ` ${mark}` : ''}`,
    value: row.subscribers,
    display: num(c, row.subscribers),
    href: link.href,
    tip,
    flagged: !!row.flag,
  })), {
    idPrefix: c.idPrefix,
    title: data.title[c.lang],
    desc: c.t('charts.embassies.bar.desc', { n: rows.length, max: num(c, first.subscribers), top: first.short[c.lang], min: num(c, last.subscribers) }),
    format: (n) => num(c, n),
  });
  return {
    id: 'embassies-bar',
    title: data.title[c.lang],
    caption: data.description[c.lang],
    svg,
    legend: [{ swatch: 'bar', tone: 1, label: c.t('charts.embassies.legend.subscribers') }, { swatch: 'hatch', tone: 1, label: c.t('charts.legend.flagged') }],
    ...shared(c, rows),
  };
}

export function embassiesMap(c: FigureContext): FigureModel {
  const rows = embassyRows(c);
  const title = c.t('charts.embassies.map.title');
  const svg = renderBubbleMap(rows.map(({ row, link, tip }, i) => ({
    key: `rank-${row.rank}`,
    label: row.city[c.lang],
    lat: row.lat,
    lon: row.lon,
    value: row.subscribers,
    href: link.href,
    tip,
    flagged: !!row.flag,
    labelled: i < 6,
  })), {
    idPrefix: c.idPrefix,
    title,
    desc: c.t('charts.embassies.map.desc', { n: rows.length, top: rows.slice(0, 3).map((r) => r.row.city[c.lang]).join(', ') }),
    legend: [1000, 10000, 30000].map((v) => ({ value: v, display: num(c, v) })),
    legendTitle: c.t('charts.embassies.legend.subscribers'),
    home: '398',
  });
  return {
    id: 'embassies-map',
    title,
    caption: c.t('charts.embassies.map.caption'),
    svg,
    legend: [{ swatch: 'bubble', tone: 1, label: c.t('charts.embassies.legend.area') }, { swatch: 'bubble-flagged', tone: 1, label: c.t('charts.embassies.legend.inferred') }],
    ...shared(c, rows),
  };
}

/** What the bar chart and the map share: the flags' notes, the data table, downloads and citation. */
function shared(c: FigureContext, rows: Row[]): Pick<FigureModel, 'notes' | 'table' | 'downloads' | 'cite' | 'interactive'> {
  const { data } = c.ds.embassies;
  return {
    notes: rows.flatMap((r) => (r.mark && r.row.flag ? [{ mark: r.mark, text: r.row.flag.note[c.lang] }] : [])),
    table: {
      caption: data.title[c.lang],
      columns: [
        { label: c.t('charts.col.rank'), numeric: true },
        { label: c.t('charts.col.embassy') },
        { label: c.t('charts.col.placed') },
        { label: c.t('charts.col.subscribers'), numeric: true },
        { label: c.t('charts.col.page') },
        { label: c.t('charts.col.source') },
      ],
      rows: rows.map(({ row, src, mark }) => [
        { text: String(row.rank), numeric: true },
        `${row.label[c.lang]}${mark ? ` ${mark}` : ''}`,
        row.city[c.lang],
        { text: num(c, row.subscribers), numeric: true },
        { text: row.url.replace(/^https:\/\/www\./, '').replace(/\/$/, ''), href: row.url },
        sourceCell(c, src),
      ]),
    },
    downloads: downloads('embassies'),
    cite: { version: data.version, sources: citedSources(c, rows.map((r) => r.src)) },
    interactive: true,
  };
}
