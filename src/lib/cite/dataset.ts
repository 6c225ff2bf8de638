import { cslLocale, type Lang } from '../../site/languages.ts';
import { dateParts } from './access-date.ts';
import type { CslItem } from './csl-item.ts';
import { bibliographyEntry } from './engine.ts';
import { bibValue, LANGID, oneLine } from './exports.ts';
import { plainBrackets, withAccessDate, type Rendered } from './format.ts';
import { STYLE_IDS, type StyleId } from '../../site/cite-styles.ts';

/*
 * References to the archive's datasets and figures (charts, tables, CSV/JSON downloads), through the
 * same CSL styles as the papers. A figure is a data set of the archive that it publishes as a chart:
 * CSL type "dataset" (Zotero's "Dataset", RIS DATA, biblatex @dataset), with the figure's number in
 * the description ("[Figure 8, data set]" in APA, "Title : рисунок 8, набор данных" in GOST, "figure 8"
 * in MLA's number slot). The archive is the publisher and, in GOST, the host resource (//); the
 * papers the numbers come from are GOST's note ("Источник данных: …") and the records' note.
 */
export interface DatasetRef {
  /** Title of the dataset or figure, in the interface language. */
  title: string;
  /** The archive's name in the interface language (the publisher and host). */
  archive: string;
  /** Version of the data, e.g. "2026.3" (a hyphen would read as a range of versions). */
  version?: string;
  /** Year of this version. */
  year: number;
  /** Absolute URL of the figure or the data file. */
  url: string;
  /** ISO access date (the build date). */
  accessed: string;
  /** The paper the numbers come from, as a short reference ("Копежанова Д. Е., [2016?], абз. 12"). */
  source?: string;
  /** The figure's number in the archive, when the reference is to a figure. */
  figure?: number;
}

const GENRE: Record<Lang, string> = { kk: 'деректер жиыны', ru: 'набор данных', en: 'Data set' };
const SOURCE: Record<Lang, string> = { kk: 'Деректер көзі', ru: 'Источник данных', en: 'Data source' };
/**
 * "Figure 8" as a description (APA, Chicago, GOST, the records' type) and in MLA's number slot, where
 * it is spelled out: citeproc takes "fig." for a label of its own and prints only the 8.
 */
const FIGURE: Record<Lang, (n: number) => string> = { kk: (n) => `${n}-сурет`, ru: (n) => `рисунок ${n}`, en: (n) => `Figure ${n}` };
/** MLA 9 names a version with its word ("version 1.0"); the style prints the field as it stands. */
const VERSION: Record<Lang, string> = { kk: 'нұсқа', ru: 'версия', en: 'version' };

/** The description: "Data set", or "Figure 8, data set". */
const genre = (ref: DatasetRef, lang: Lang) => (ref.figure === undefined ? GENRE[lang] : `${FIGURE[lang](ref.figure)}, ${GENRE[lang].toLowerCase()}`);

/** "Data source: …", the note under a figure's reference (GOST prints it inside the reference). */
export const sourceNote = (ref: Pick<DatasetRef, 'source'>, lang: Lang) => (ref.source ? `${SOURCE[lang]}: ${ref.source}` : undefined);

/** CSL-JSON with the `number` variable, which MLA prints for a figure's number. */
type DatasetItem = CslItem & { number?: string };

/** The dataset or figure as CSL-JSON for one style; `accessed` false for the downloads (no access date). */
export function datasetItem(ref: DatasetRef, lang: Lang, style: StyleId | undefined, accessed = true): DatasetItem {
  const gost = style?.startsWith('gost') ?? false;
  const mla = style === 'mla';
  const note = sourceNote(ref, lang);
  const item: DatasetItem = {
    id: ref.figure === undefined ? 'dataset' : `figure-${ref.figure}`,
    type: 'dataset',
    title: ref.title,
    issued: { 'date-parts': [[ref.year]] },
    URL: ref.url,
    language: lang,
  };
  if (accessed) item.accessed = { 'date-parts': [dateParts(ref.accessed)] };
  // MLA 9: a figure of a website is "Title." Website, version, figure 8, date, URL; the publisher is
  // left out when it is the website itself (5.56). The others describe it and name the publisher.
  if (mla) {
    item['container-title'] = ref.archive;
    if (ref.figure !== undefined) item.number = FIGURE[lang](ref.figure).toLowerCase();
    if (ref.version) item.version = `${VERSION[lang]} ${ref.version}`;
    return item;
  }
  item.genre = genre(ref, lang);
  item.publisher = ref.archive;
  if (gost) item['container-title'] = ref.archive;
  if (ref.version) item.version = ref.version;
  if (note && (gost || style === undefined)) item.note = note;
  return item;
}

/** The formats a figure can be cited in: the five styles, and BibTeX and RIS records to paste or import. */
export const FIGURE_FORMATS = [...STYLE_IDS, 'bib', 'ris'] as const;
export type FigureFormat = (typeof FIGURE_FORMATS)[number];

/** A figure's reference in a style: text and HTML, the access date in <cite-date> for the reader's day. */
export function figureReference(ref: DatasetRef, style: StyleId, lang: Lang): Rendered {
  const one = (f: 'text' | 'html') => withAccessDate(plainBrackets(bibliographyEntry(datasetItem(ref, lang, style), style, cslLocale(lang), f)), f, style, lang, ref.accessed);
  return { text: one('text'), html: one('html') };
}

/**
 * biblatex @dataset (checked against biber's data model in the tests): the description in `type`,
 * the archive as `publisher`, the papers in `note`; no access date (see exports.ts).
 */
export function figureBib(ref: DatasetRef, key: string, lang: Lang): string {
  const item = datasetItem(ref, lang, undefined, false);
  const fields: [string, string | undefined][] = [
    ['title', item.title], ['type', item.genre], ['version', item.version], ['date', String(ref.year)],
    ['publisher', item.publisher], ['url', item.URL], ['langid', LANGID[lang]], ['note', item.note],
  ];
  const body = fields.filter((f): f is [string, string] => !!f[1]).map(([k, v]) => `  ${k} = ${k === 'url' ? `{${v}}` : bibValue(v)}`).join(',\n');
  return `@dataset{${key},\n${body}\n}\n`;
}

/** RIS DATA record: M3 the description, ET the version, PB the archive, N1 the papers. */
export function figureRis(ref: DatasetRef, key: string, lang: Lang): string {
  const item = datasetItem(ref, lang, undefined, false);
  const lines: [string, string | undefined][] = [
    ['TY', 'DATA'], ['ID', key], ['TI', item.title], ['PY', String(ref.year)], ['DA', String(ref.year)], ['M3', item.genre],
    ['ET', item.version], ['PB', item.publisher], ['UR', item.URL], ['LA', lang], ['N1', item.note],
  ];
  return `${lines.filter((l): l is [string, string] => !!l[1]).map(([tag, v]) => `${tag}  - ${oneLine(v)}`).join('\n')}\nER  - \n`;
}

/** Everything a figure's cite panel shows: each format's text (and HTML for the styles). */
export function figureCitations(ref: DatasetRef, key: string, lang: Lang): { id: FigureFormat; text: string; html?: string }[] {
  return [
    ...STYLE_IDS.map((id) => ({ id, ...figureReference(ref, id, lang) })),
    { id: 'bib' as const, text: figureBib(ref, key, lang) },
    { id: 'ris' as const, text: figureRis(ref, key, lang) },
  ];
}
