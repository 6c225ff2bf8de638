import { LANG, LANGUAGES, type Lang } from '../../site/languages.ts';
import { dateParts } from './access-date.ts';
import { romanize } from './romanize.ts';
import { sentenceCase } from './sentence-case.ts';
import type { StyleId } from '../../site/cite-styles.ts';
import { recordTitle, type Work } from './work.ts';

type CslDate = { 'date-parts': number[][]; circa?: boolean } | { literal: string };

/** CSL-JSON item (the subset the archive writes). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  'title-short'?: string;
  author?: { family: string; given?: string }[];
  issued: CslDate;
  accessed?: CslDate;
  URL: string;
  language: string;
  'container-title'?: string;
  archive?: string;
  source?: string;
  genre?: string;
  publisher?: string;
  event?: string;
  keyword?: string;
  abstract?: string;
  note?: string;
  version?: string;
}

/**
 * Papers are cited as pages of the archive's website: what is cited is the archive's edition, and where
 * the papers first appeared is not known, so no journal can be named (APA 7 10.16, MLA 9 5.93, Chicago
 * 17 14.206). Theses stay theses, the archive's chapters are chapters of the archive. The CSL type is
 * the genre's (content/genres.yaml, `cite.csl`).
 */

/** The degree as a style names it (APA 7 10.6, MLA 9 5.94, Chicago 17 14.224, GOST 7.0.100 "диссертация"): the genre's `degree`. */
export function degreeName(degree: NonNullable<Work['type']['degree']>, style: StyleId, lang: Lang): string {
  return degree[style.startsWith('gost') ? 'gost' : (style as 'apa' | 'mla' | 'chicago')][lang];
}

export interface CslOptions {
  /** ISO access date (pages print the build's day and their script puts in the reader's); none in downloads. */
  accessed?: string;
  /** Rendering for people in one style and interface language (brackets, romanisation, the style's date and genre words). */
  display?: { style: StyleId; lang: Lang };
  /** Replace the URL (e.g. a paragraph's permalink). */
  url?: string;
}

/** "[2016?]", "[201-?]" (a decade, GOST 7.0.100 and AACR2), "[2010–2019?]". */
export function uncertainYear(work: Pick<Work, 'year' | 'yearUntil'>, decadeForm: boolean): string {
  const { year, yearUntil } = work;
  if (yearUntil === undefined || yearUntil === year) return `[${year}?]`;
  if (decadeForm && year % 10 === 0 && yearUntil === year + 9) return `[${String(year).slice(0, 3)}-?]`;
  return `[${year}–${yearUntil}?]`;
}

function issued(work: Work, style: StyleId | undefined): CslDate {
  const parts = work.yearUntil !== undefined ? [[work.year], [work.yearUntil]] : [[work.year]];
  if (!work.yearInferred) return { 'date-parts': parts };
  // APA prints "ca."; the others bracket the editors' date with a question mark (GOST a decade as "[201-?]").
  if (style === undefined || style === 'apa') return { 'date-parts': parts, circa: true };
  return { literal: uncertainYear(work, style.startsWith('gost')) };
}

const FUNCTION_WORD = /^(?:a|an|the|of|in|on|for|and|as|to|at|by|from|with)$/i;

/**
 * APA 7 8.14: a work without author is cited in the text by a shortened title: the title before its
 * colon, at most four words (no trailing "of", "the"…); a supplied description keeps its brackets, a
 * translation is left out.
 */
export function shortTitle(title: string): string {
  const supplied = title.startsWith('[');
  const bare = supplied ? title.slice(1, title.indexOf(']')) : title.replace(/ \[[^\]]*\]$/, '');
  const words = (bare.split(':')[0] ?? bare).split(/\s+/).slice(0, 4);
  while (words.length > 1 && FUNCTION_WORD.test(words.at(-1) ?? '')) words.pop();
  const short = words.join(' ').replace(/[;,.]$/, '');
  return supplied ? `[${short}]` : short;
}

/** Latin-script (English) interface display: Cyrillic romanised (ALA-LC), the English title in brackets after a non-English one. */
const romanizing = (d: CslOptions['display']) => d !== undefined && LANGUAGES[d.lang].script === 'Latn' && !d.style.startsWith('gost');

/** The work as CSL-JSON: for the downloads, or (`display`) for people in one style and interface language. */
export function toCsl(work: Work, opts: CslOptions): CslItem {
  const d = opts.display;
  const roman = romanizing(d);
  const name = (s: string) => (roman ? romanize(s, work.language) : s);
  // A title the source does not print is the editors' description, in [brackets] everywhere (GOST 7.0.100
  // 5.2.4, APA 7 9.20, Chicago 17 14.98), in the interface language; a printed one keeps its language.
  let title = work.titleSupplied ? recordTitle(work) : roman ? romanize(work.title, work.titleLang) : work.title;
  if (roman && !work.titleSupplied && work.titleLang !== LANG.en && work.titleEn) title = `${title} [${work.titleEn}]`;
  if (d?.style === 'apa' && work.titleLang === LANG.en && !work.titleSupplied) title = sentenceCase(title, work.abstract?.text ?? '');
  const item: CslItem = {
    id: work.key,
    type: work.type.csl,
    title,
    issued: issued(work, d?.style),
    URL: opts.url ?? work.url,
    language: work.language,
  };
  if (opts.accessed !== undefined) item.accessed = { 'date-parts': [dateParts(opts.accessed)] };
  if (!work.authors.length && d) item['title-short'] = shortTitle(title);
  if (work.authors.length) item.author = work.authors.map((a) => (a.given ? { family: name(a.family), given: name(a.given) } : { family: name(a.family) }));
  const degree = work.type.degree;
  if (degree) {
    // A thesis keeps the archive as its repository: APA "[Doctoral dissertation, …]. Archive. URL",
    // MLA 9 "Year. Institution, PhD dissertation. Archive, URL" (the second container).
    if (d?.style === 'mla') item.source = work.container;
    else if (d?.style.startsWith('gost')) item['container-title'] = work.container;
    else item.archive = work.container;
    item.genre = d ? degreeName(degree, d.style, d.lang) : degree.record;
    if (work.institution) item.publisher = name(work.institution);
  } else item['container-title'] = work.container;
  if (work.conference) item.event = work.conference;
  if (!d) {
    if (work.keywords.length) item.keyword = work.keywords.join(', ');
    if (work.abstract) item.abstract = work.abstract.text;
    if (work.titleNote) item.note = work.titleNote;
  }
  return item;
}
