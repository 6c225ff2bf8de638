import type { Work, WorkKind } from './work.ts';
import { dateParts } from './access-date.ts';

/** CSL-JSON item (the subset the archive writes). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { family: string; given?: string }[];
  issued: { 'date-parts': number[][]; circa?: boolean };
  accessed?: { 'date-parts': number[][] };
  URL: string;
  language: string;
  'container-title'?: string;
  archive?: string;
  genre?: string;
  publisher?: string;
  event?: string;
  keyword?: string;
  abstract?: string;
  note?: string;
  version?: string;
}

const CSL_TYPE: Record<WorkKind, string> = {
  article: 'article-journal',
  'student-paper': 'article-journal',
  'conference-paper': 'paper-conference',
  dissertation: 'thesis',
  chapter: 'chapter',
};

export interface CslOptions {
  /** ISO date the reader accessed the page (the build date). */
  accessed: string;
  /** Rendering for people: a supplied title is put in [brackets], as every style asks for descriptions. */
  display?: boolean;
  /** Replace the URL (e.g. a paragraph's permalink). */
  url?: string;
}

/**
 * The work as CSL-JSON. Where the papers first appeared is not known: what is cited is the archive's
 * edition, so the archive is the host (or, in downloads of papers, the `archive` holding them).
 */
export function toCsl(work: Work, opts: CslOptions): CslItem {
  const item: CslItem = {
    id: work.key,
    type: CSL_TYPE[work.kind],
    title: opts.display && work.titleSupplied ? `[${work.title}]` : work.title,
    issued: { 'date-parts': [[work.year]], ...(work.yearInferred ? { circa: true } : {}) },
    accessed: { 'date-parts': [dateParts(opts.accessed)] },
    URL: opts.url ?? work.url,
    language: work.language,
  };
  if (work.authors.length) item.author = work.authors.map((a) => (a.given ? { family: a.family, given: a.given } : { family: a.family }));
  // For people the archive is the host website (GOST "// … : [сайт]", MLA and Chicago's site name); in the
  // downloads a paper only lies in the archive, so reference managers do not take it for a journal.
  // A thesis keeps the archive as its repository in every style (APA: "[Dissertation]. Archive. URL").
  if (work.kind === 'chapter' || (opts.display && work.kind !== 'dissertation')) item['container-title'] = work.container;
  else item.archive = work.container;
  if (work.genre) item.genre = work.genre;
  if (work.institution) item.publisher = work.institution;
  if (work.conference) item.event = work.conference;
  if (!opts.display) {
    if (work.keywords.length) item.keyword = work.keywords.join(',');
    if (work.abstract) item.abstract = work.abstract.text;
  }
  return item;
}
