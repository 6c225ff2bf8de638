import type { Lang } from '../ingest/manifest.ts';

/** A person as the sources print them: family name and given names (or initials). */
export interface Person { family: string; given: string }

/** What kind of thing is cited; decides the CSL type, the Highwire tags and the schema.org type. */
export type WorkKind = 'article' | 'conference-paper' | 'student-paper' | 'dissertation' | 'chapter';

/**
 * Everything a citation of one archive page needs, independent of style: the single source that the
 * rendered references, the downloads and the machine-readable tags are all made from.
 */
export interface Work {
  /** Stable key: the paper's slug, or "{lang}-{topic}" for a chapter. */
  key: string;
  kind: WorkKind;
  title: string;
  /** Language of the title (and of the work). */
  language: Lang;
  /** True when the source prints no title and the archive supplies one (cited in [brackets]). */
  titleSupplied: boolean;
  /** Authors as printed; empty when the source names none. */
  authors: Person[];
  year: number;
  /** The year is the editors' inference, not printed in the source. */
  yearInferred: boolean;
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
  /** Degree-granting institution of a dissertation, when the source gives it. */
  institution?: string;
  /** Conference of a conference paper, when the source gives it. */
  conference?: string;
  /** Genre word for theses in the interface language ("диссертация"). */
  genre?: string;
}
