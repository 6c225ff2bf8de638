import type { AkimatRow } from '../../data/schemas.ts';
import { renderPanelBars, type PanelCell } from '../panel-bars.ts';
import { citedSources, downloads, num, sourceCell, sourceLink, type Cell, type FigureContext, type FigureModel } from './model.ts';

const METRICS = ['avgLikes', 'maxLikes', 'avgComments', 'maxComments'] as const;
type Metric = (typeof METRICS)[number];

/** A measure as a number range: "3-4" → [3, 4]; 35 → [35, 35]. */
function valueOf(row: AkimatRow, m: Metric): [number, number] {
  const v = row[m];
  if (typeof v === 'number') return [v, v];
  const [a, b] = v.split('-').map(Number);
  return [a!, b ?? a!];
}

const rowKey = (r: AkimatRow) => `${r.region.en}-${r.network}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function akimatEngagement(c: FigureContext): FigureModel {
  const { data, cite } = c.ds.akimats;
  const show = ([a, b]: [number, number]) => (a === b ? num(c, a) : `${num(c, a)}–${num(c, b)}`);
  const metricLabel = (m: Metric) => c.t(`charts.akimats.${m}`);
  const tableName = c.t('charts.akimats.table');
  const textName = c.t('charts.akimats.text');
  const cells: PanelCell[] = [];
  for (const row of data.rows) {
    const link = sourceLink(c, cite(row.source));
    const alt = data.text_version.find((t) => rowKey(t) === rowKey(row));
    for (const m of METRICS) {
      const [lo, hi] = valueOf(row, m);
      cells.push({
        row: rowKey(row), metric: m, value: hi, ...(lo !== hi ? { low: lo } : {}), display: show([lo, hi]), href: link.href, series: 'primary',
        tip: [`${row.region[c.lang]} · ${row.network}`, `${metricLabel(m)}: ${show([lo, hi])} (${tableName})`, c.t('charts.source', { ref: link.label })].join('\n'),
      });
      if (alt) {
        const altLink = sourceLink(c, cite(alt.source));
        const [alo, ahi] = valueOf(alt, m);
        const differs = alo !== lo || ahi !== hi;
        cells.push({
          row: rowKey(row), metric: m, value: ahi, display: show([alo, ahi]), href: altLink.href, series: 'secondary', differs,
          tip: [`${row.region[c.lang]} · ${row.network}`, `${metricLabel(m)}: ${show([alo, ahi])} (${textName})`, differs ? c.t('charts.akimats.differs', { value: show([lo, hi]) }) : c.t('charts.akimats.agrees'), c.t('charts.source', { ref: altLink.label })].join('\n'),
        });
      }
    }
  }
  const svg = renderPanelBars(
    data.rows.map((r) => ({ key: rowKey(r), label: `${r.region[c.lang]} · ${r.network}` })),
    METRICS.map((m) => ({ key: m, label: metricLabel(m) })),
    cells,
    { idPrefix: c.idPrefix, title: data.title[c.lang], desc: c.t('charts.akimats.desc'), format: (n) => num(c, n) },
  );

  const tableRows: Cell[][] = [];
  for (const row of data.rows) {
    tableRows.push(rowCells(c, row, tableName, undefined, cite));
    const alt = data.text_version.find((t) => rowKey(t) === rowKey(row));
    if (alt) tableRows.push(rowCells(c, alt, textName, row, cite));
  }
  const notes = [
    ...(data.conflict ? [{ mark: '≠', text: data.conflict.note[c.lang] }] : []),
    ...(data.figure1 ? [{ text: `${data.figure1.caption[c.lang]}. ${data.figure1.note[c.lang]} ${data.figure1.values.map((v) => `${v.region[c.lang]}, ${v.network}: ${num(c, v.subscribers)}`).join('; ')}.` }] : []),
  ];
  const allCites = [...data.rows, ...data.text_version].map((r) => cite(r.source));
  return {
    id: 'akimat-engagement',
    title: data.title[c.lang],
    caption: data.description[c.lang],
    svg,
    legend: [
      { swatch: 'bar', tone: 1, label: c.t('charts.akimats.legend.table') },
      { swatch: 'diamond', tone: 2, label: c.t('charts.akimats.legend.text') },
    ],
    notes,
    table: {
      caption: data.title[c.lang],
      columns: [
        { label: c.t('charts.col.region') }, { label: c.t('charts.col.network') }, { label: c.t('charts.col.version') },
        ...METRICS.map((m) => ({ label: metricLabel(m), numeric: true })),
        { label: c.t('charts.col.source') },
      ],
      rows: tableRows,
    },
    downloads: downloads('akimats'),
    cite: { version: data.version, sources: citedSources(c, allCites) },
    interactive: true,
  };
}

function rowCells(c: FigureContext, row: AkimatRow, version: string, base: AkimatRow | undefined, cite: typeof c.ds.akimats.cite): Cell[] {
  const show = (m: Metric) => {
    const [a, b] = valueOf(row, m);
    const text = a === b ? num(c, a) : `${num(c, a)}–${num(c, b)}`;
    const differs = base && String(base[m]) !== String(row[m]);
    return { text: differs ? `≠ ${text}` : text, numeric: true };
  };
  return [row.region[c.lang], row.network, version, ...METRICS.map(show), sourceCell(c, cite(row.source))];
}
