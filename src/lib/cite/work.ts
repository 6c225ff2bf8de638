import type { Lang } from '../../site/languages.ts';
import type { GenreEntry } from '../ingest/taxonomy.ts';

/** A person as the sources print them: family name and given names (or initials). */
export interface Person { family: string; given: string }

/** What is cited: a paper of the archive, or one of the archive's own chapters. */
export type WorkKind = 'paper' | 'chapter';

/**
 * How a work is typed in each format: a paper's from its genre (content/genres.yaml, `cite` and
 * `degree`), a chapter's fixed (CHAPTER_TYPE). Decides the CSL, BibTeX and RIS types, the Highwire
 * and Dublin Core tags and the schema.org type; `degree` makes the work a thesis.
 */
export type WorkType = GenreEntry['cite'] & { degree?: GenreEntry['degree'] };

/** The archive's chapters: sections of the archive as a book (Zotero's bookSection). */
export const CHAPTER_TYPE: WorkType = { csl: 'chapter', bibtex: 'online', ris: 'ELEC', schema: 'Chapter', dc: 'bookSection', web: false };

/**
 * Everything a citation of one archive page needs, independent of style: the single source that the
 * rendered references, the downloads and the machine-readable tags are all made from.
 */
export interface Work {
  /** Stable key: the paper's slug, or "{lang}-{topic}" for a chapter. */
  key: string;
  kind: WorkKind;
  type: WorkType;
  /** The interface language this description is written for (URL, apparatus, keywords, abstract). */
  uiLang: Lang;
  /** The title as the page's <h1> shows it: the printed title, or the editors' description in the interface language. */
  title: string;
  /** Language of the title. */
  titleLang: Lang;
  /** The title in English (the editors' rendering), for the [translated title] of the English interface. */
  titleEn?: string;
  /** Language of the work's text. */
  language: Lang;
  /** True when the source prints no title and the archive supplies one (cited in [brackets]). */
  titleSupplied: boolean;
  /** Says, in the interface language, that the title is supplied (a note in the downloads). */
  titleNote?: string;
  /** Authors as printed; empty when the source names none. */
  authors: Person[];
  /** Supervisors as printed, where the genre names them (a thesis's advisor). */
  supervisors: Person[];
  year: number;
  /** Last year of the span the editors can narrow the date to (002: 2010–2019); absent for one year. */
  yearUntil?: number;
  /** The year is the editors' inference, not printed in the source. */
  yearInferred: boolean;
  /** The archive's own date for this edition (ISO): the build date. */
  online?: string;
  /** Absolute URL of the page cited (landing page or chapter). */
  url: string;
  /** Absolute URL where the full text starts (first section of long papers). */
  fullTextUrl: string;
  /** The archive as the host resource, in the interface language. */
  container: string;
  /** Keywords in the interface language. */
  keywords: string[];
  /** Editorial abstract and its language, if any. */
  abstract?: { text: string; lang: Lang };
  /** Degree-granting institution of a thesis, when the source gives it. */
  institution?: string;
  /** Conference of a conference paper, when the source gives it. */
  conference?: string;
}

/** The title as records keep it: a supplied title stays marked as the editors' ([bracketed]). */
export const recordTitle = (work: Pick<Work, 'title' | 'titleSupplied'>) => (work.titleSupplied ? `[${work.title}]` : work.title);

/** The date as records keep it: "2016", or a span "2010–2019" kept as one. */
export const recordDate = (work: Pick<Work, 'year' | 'yearUntil'>) => (work.yearUntil === undefined ? String(work.year) : `${work.year}–${work.yearUntil}`);

/** "Family, Given", as Highwire, BibTeX and RIS want a person. */
export const invertedName = (a: Person) => (a.given ? `${a.family}, ${a.given}` : a.family);
