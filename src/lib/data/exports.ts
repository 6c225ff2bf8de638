/*
 * The downloadable data: every dataset as flat records (one per mark), written as CSV and JSON under
 * /data/. Each record carries its source: paper, source lines, paragraph and the paragraph's URL.
 */
import type { PaperData } from '../content/paper-schema.ts';
import { paragraphUrl } from '../content/papers.ts';
import { absolute } from '../i18n/urls.ts';
import type { Dataset, Datasets } from './datasets.ts';
import { pressVsPrTable } from './press-vs-pr.ts';
import type { Localized } from '../core/types.ts';
import type { EventDate, SourceRef } from './schemas.ts';
import { DEFAULT_LANG } from '../../site/languages.ts';

type Value = string | number | null;
export type ExportRecord = Record<string, Value>;

export interface DataExport {
  /** Path under /data/ without extension: "embassies", "timelines/steppe". */
  name: string;
  title: Localized;
  description: Localized;
  version: string;
  records: ExportRecord[];
}

/** The names of every export, for static paths. */
export function exportNames(ds: Datasets): string[] {
  return ['embassies', 'akimats', 'social-stats', 'candidates-2008', 'press-vs-pr', ...ds.timelines.map((t) => `timelines/${t.data.id}`)];
}

const loc = (prefix: string, l: Localized): ExportRecord => ({ [`${prefix}_kk`]: l.kk, [`${prefix}_ru`]: l.ru, [`${prefix}_en`]: l.en });

function sourceFields(ds: Dataset<unknown>, ref: SourceRef, papers: readonly PaperData[], site: URL | undefined): ExportRecord {
  const c = ds.cite(ref);
  const paper = papers.find((p) => p.id === c.paper)!;
  return {
    paper: c.paper,
    paper_slug: c.slug,
    source_lines: `${c.lines[0]}-${c.lines[1]}`,
    paragraph: c.n,
    source_url: absolute(site, paragraphUrl(DEFAULT_LANG, paper, c.n)),
  };
}

const dateFields = (d: EventDate): ExportRecord => ({ date_start: d.start, date_end: d.end ?? null, date_precision: d.precision, ...(d.label ? loc('date_label', d.label) : { date_label_kk: null, date_label_ru: null, date_label_en: null }) });

/** Builds one export; `site` makes the paragraph URLs absolute. */
export function buildExport(name: string, ds: Datasets, papers: readonly PaperData[], site: URL | undefined): DataExport {
  const src = (d: Dataset<unknown>, ref: SourceRef) => sourceFields(d, ref, papers, site);
  if (name === 'embassies') {
    const e = ds.embassies;
    return {
      name, title: e.data.title, description: e.data.description, version: e.data.version,
      records: e.data.rows.map((r) => ({
        rank: r.rank, ...loc('embassy', r.label), ...loc('place', r.short), city_en: r.city.en, point_country: r.country, lat: r.lat, lon: r.lon,
        subscribers: r.subscribers, facebook_url: r.url, flag: r.flag?.kind ?? null, flag_note_en: r.flag?.note.en ?? null, ...src(e, r.source),
      })),
    };
  }
  if (name === 'akimats') {
    const a = ds.akimats;
    const rec = (version: string) => (r: (typeof a.data.rows)[number]): ExportRecord => ({
      reading: version, ...loc('region', r.region), network: r.network, avg_likes: r.avgLikes, max_likes: r.maxLikes,
      avg_comments: r.avgComments, max_comments: r.maxComments, ...src(a, r.source),
    });
    return {
      name, title: a.data.title, description: a.data.description, version: a.data.version,
      records: [...a.data.rows.map(rec('table')), ...a.data.text_version.map(rec('text'))],
    };
  }
  if (name === 'social-stats') {
    const s = ds.socialStats;
    return {
      name, title: s.data.title, description: s.data.description, version: s.data.version,
      records: s.data.datasets.flatMap((set) => set.figures.map((f) => ({
        dataset: set.id, ...loc('dataset_label', set.label), date: set.date.start, measure: f.id, ...loc('measure_label', f.label), value: f.value, unit: f.unit, ...src(s, f.source),
      }))),
    };
  }
  if (name === 'candidates-2008') {
    const c = ds.candidates;
    return {
      name, title: c.data.title, description: c.data.description, version: c.data.version,
      records: c.data.candidates.map((x) => ({ candidate: x.id, ...loc('name', x.name), facebook: x.facebook, myspace: x.myspace, year: c.data.date.start, ...src(c, x.source) })),
    };
  }
  if (name === 'press-vs-pr') return pressVsPrExport(papers, site);
  const id = name.replace(/^timelines\//, '');
  const tl = ds.timelines.find((t) => t.data.id === id);
  if (!tl) throw new Error(`no data export "${name}" (have: ${exportNames(ds).join(', ')})`);
  return {
    name, title: tl.data.title, description: tl.data.description, version: tl.data.version,
    records: tl.data.events.map((e) => ({
      id: e.id, theme: e.theme, ...dateFields(e.date), ...loc('label', e.label), ...loc('description', e.description),
      conflict: e.conflict ? 'yes' : 'no',
      conflict_note_en: e.conflict?.note.en ?? null,
      alternatives: e.conflict ? e.conflict.alternatives.map((a) => {
        const c = tl.cite(a.source);
        const what = a.date ? [a.date.start, a.date.end].filter(Boolean).join('/') : a.value!.en;
        return `${what} (paper ${c.paper}, lines ${c.lines[0]}-${c.lines[1]}, ¶${c.n})`;
      }).join('; ') : null,
      ...src(tl, e.source),
    })),
  };
}

function pressVsPrExport(papers: readonly PaperData[], site: URL | undefined): DataExport {
  const { paper, block } = pressVsPrTable(papers);
  const url = absolute(site, paragraphUrl(DEFAULT_LANG, paper, block.n));
  return {
    name: 'press-vs-pr',
    title: { kk: 'Баспасөз қызметі мен PR бөлімі', ru: 'Пресс-служба и PR-отдел', en: 'Press service and PR department' },
    description: {
      kk: `${paper.id} мақаласындағы салыстырмалы кесте (${block.n}-абзац), мәтіні түпнұсқа тілінде.`,
      ru: `Сравнительная таблица из статьи ${paper.id} (абзац ${block.n}), текст на языке оригинала.`,
      en: `The comparison table of paper ${paper.id} (paragraph ${block.n}), in the original language.`,
    },
    version: block.fingerprint.slice(0, 8),
    records: block.rows.map((r, i) => ({
      row: i + 1, heading: r[0] || null, [block.header[1] || 'column_1']: r[1] || null, [block.header[2] || 'column_2']: r[2] || null,
      lang: block.lang, paper: paper.id, paper_slug: paper.slug, source_lines: `${block.lines[0]}-${block.lines[1]}`, paragraph: block.n, source_url: url,
    })),
  };
}

/** JSON: the dataset's metadata, then its records (the one array in the document). */
export function toJson(ex: DataExport, meta: { archive: string; generated: string }): string {
  return JSON.stringify({
    name: ex.name, title: ex.title, description: ex.description, version: ex.version, archive: meta.archive, generated: meta.generated,
    count: ex.records.length, records: ex.records,
  }, null, 2) + '\n';
}
