import { DEFAULT_LANG } from '../../site/languages.ts';
import { toCsl } from './csl-item.ts';
import { invertedName, recordDate, recordTitle, type Work } from './work.ts';

/*
 * The downloads /cite/{key}.bib, .ris and .json. They carry no access date: a static file cannot know
 * the day it is downloaded, and reference managers stamp their own on import (Zotero, Mendeley, EndNote
 * all do); an access date frozen at build time would be an invented one.
 *
 * BibTeX is written for biblatex/biber and validated against biber's data model in the tests. A paper
 * takes its genre's entry type (content/genres.yaml, `cite.bibtex`: @mastersthesis, @phdthesis,
 * @inproceedings …) when it has the fields biblatex requires of that type; otherwise, and for the
 * chapters, it is an @online entry, biblatex's type for a page of a website (the archive is its
 * `organization`): the dissertation prints no author, so it stays @online and keeps its degree in
 * `titleaddon`. RIS and CSL-JSON take the genre's types (THES, CONF, ELEC; thesis, paper-conference …).
 */
export type ExportFormat = 'bib' | 'ris' | 'json';

export const EXPORT_FORMATS: ExportFormat[] = ['bib', 'ris', 'json'];

/**
 * The record a page hands out, described as that page describes the work (its URL, and the title,
 * keywords and abstract in its language): /cite/{slug}.bib for the kk page (the address published
 * first), /cite/{slug}.{lang}.bib for the others; chapters exist once per language already.
 */
export const exportName = (work: Work, format: string) =>
  work.kind === 'chapter' || work.uiLang === DEFAULT_LANG ? `${work.key}.${format}` : `${work.key}.${work.uiLang}.${format}`;

/** babel/polyglossia language names for biblatex's `langid`. */
export const LANGID = { kk: 'kazakh', ru: 'russian', en: 'english' } as const;

/** One line, whatever the source held (a RIS record ends at its first blank line). */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** biblatex's EDTF dates: "2016", "2016?" (uncertain), "201X" (some year of the decade), "2010/2019". */
export function edtfDate(work: Pick<Work, 'year' | 'yearUntil' | 'yearInferred'>): string {
  const q = work.yearInferred ? '?' : '';
  if (work.yearUntil === undefined) return `${work.year}${q}`;
  if (work.year % 10 === 0 && work.yearUntil === work.year + 9) return `${String(work.year).slice(0, 3)}X`;
  return `${work.year}${q}/${work.yearUntil}${q}`;
}

/** A braced BibTeX value: LaTeX's special characters escaped, one line. */
export const bibValue = (s: string) => `{${oneLine(s).replace(/\\/g, '\u0000').replace(/([{}&%$#_])/g, '\\$1').replace(/\u0000/g, '\\textbackslash{}')}}`;

/** The genre's biblatex type when the work has that type's required fields (biblatex manual 2.1.1), else @online. */
function bibType(work: Work): string {
  const t = work.type.bibtex;
  const authored = work.authors.length > 0;
  if (['thesis', 'phdthesis', 'mastersthesis'].includes(t)) return authored && work.institution && work.type.degree ? t : 'online';
  if (t === 'inproceedings') return authored && work.conference ? t : 'online';
  // @article needs a journal, which the archive cannot name (where the papers first appeared is unknown).
  return 'online';
}

function bib(work: Work): string {
  const fields: [string, string][] = [];
  const add = (name: string, value: string | undefined) => { if (value) fields.push([name, value]); };
  const type = bibType(work);
  const thesis = type.endsWith('thesis');
  add('author', work.authors.map(invertedName).join(' and '));
  add('title', recordTitle(work));
  if (thesis) {
    // @thesis names its degree in `type`; @phdthesis and @mastersthesis imply it.
    if (type === 'thesis') add('type', work.type.degree?.record);
    add('institution', work.institution);
  } else if (work.type.degree) add('titleaddon', [work.type.degree.record, work.institution].filter(Boolean).join(', '));
  if (type === 'inproceedings') add('booktitle', work.conference);
  add('date', edtfDate(work));
  if (type === 'online') add('organization', work.container);
  else add('addendum', work.container);
  add('url', work.url);
  add('langid', LANGID[work.language]);
  add('keywords', work.keywords.join(', '));
  add('abstract', work.abstract?.text);
  add('note', work.titleNote);
  const body = fields.map(([k, v]) => `  ${k} = ${k === 'url' ? `{${v}}` : bibValue(v)}`).join(',\n');
  return `@${type}{${work.key},\n${body}\n}\n`;
}

/**
 * RIS: the genre's type (THES, CONF, ELEC …); the ID is the whole key (never cut, whatever its length).
 * A thesis names its degree (M3), its institution (PB), its supervisors (A3, the RIS "advisor" of a
 * thesis) and the archive as its database (DB); other types have the archive (or the conference) as T2.
 */
function ris(work: Work): string {
  const lines: string[] = [];
  const add = (tag: string, value: string | undefined) => { if (value) lines.push(`${tag}  - ${oneLine(value)}`); };
  const degree = work.type.degree;
  add('TY', work.type.ris);
  add('ID', work.key);
  add('TI', recordTitle(work));
  for (const a of work.authors) add('AU', invertedName(a));
  add('PY', String(work.year));
  add('DA', work.yearUntil === undefined ? recordDate(work) : `${work.year}///${recordDate(work)}`);
  if (degree) {
    for (const a of work.supervisors) add('A3', invertedName(a));
    add('M3', degree.record);
    add('PB', work.institution);
    add('DB', work.container);
  } else {
    add('T2', work.conference ?? work.container);
  }
  add('UR', work.url);
  add('LA', work.language);
  for (const k of work.keywords) add('KW', k);
  add('AB', work.abstract?.text);
  add('N1', work.titleNote);
  return `${lines.join('\n')}\nER  - \n`;
}

export function exportWork(work: Work, format: ExportFormat): string {
  if (format === 'json') return `${JSON.stringify([toCsl(work, {})], null, 2)}\n`;
  return format === 'bib' ? bib(work) : ris(work);
}
