import { z } from 'astro/zod';

/** Language codes used by the archive: the interface languages and the languages of the texts. */
export const Lang = z.enum(['kk', 'ru', 'en']);
export type Lang = z.infer<typeof Lang>;

export const Topic = z.enum(['political-pr', 'steppe-diplomacy', 'digital-diplomacy']);
export type Topic = z.infer<typeof Topic>;

/** A text in each interface language. */
export const Localized = z.object({ kk: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) }).strict();
export type Localized = z.infer<typeof Localized>;

const LineRange = z.tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([a, b]) => a <= b, { message: 'a line range must be [first, last] with first <= last' });

export const Author = z.object({
  /** Full name as printed in the source, letters repaired. */
  name: z.string().min(1),
  family: z.string().min(1),
  given: z.string().default(''),
  email: z.string().nullable().default(null),
  affiliation: z.string().nullable().default(null),
  /** Role when not an author in the strict sense (e.g. supervisor). */
  role: z.enum(['author', 'supervisor']).default('author'),
}).strict();

export const Heading = z.object({
  /** First and last source line of the heading. */
  lines: LineRange,
  /** 2 = chapter or top-level head, 3 = section, 4 = sub-head. */
  level: z.number().int().min(2).max(4),
  /** Section number as printed (e.g. "1.2"), if any. */
  number: z.string().nullable().default(null),
  /** Starts a new reading page with this URL segment (long papers only). */
  page: z.string().regex(/^[a-z0-9-]+$/).nullable().default(null),
}).strict();

export const Exclusion = z.object({
  lines: LineRange,
  /** Why these lines are not part of the paper; shown on the source view. */
  reason: Localized,
}).strict();

export const Paper = z.object({
  /** URL segment; never changes once published. */
  slug: z.string().regex(/^[a-z0-9-]+$/, 'a slug is lower-case ASCII letters, digits and hyphens'),
  /** Short id used by citations in chapters and datasets (e.g. "004"). */
  id: z.string().regex(/^[0-9a-z]+$/),
  /** File name in content/sources/, kept as received: a bare name, no folder (the build reads nothing else). */
  file: z.string().min(1).regex(/^(?!\.)[^/\\\0]+$/, 'a source file is a bare file name inside content/sources/ (no "/", "\\" or "..", not hidden)'),
  /** Title as printed (repaired letters, normal case), and its language. */
  title: z.object({ original: z.string().nullable(), lang: Lang }).strict(),
  /** Authors as printed; an empty list means "not given in the source". */
  authors: z.array(Author).default([]),
  date: z.object({
    /** Year (or year range start) used for sorting and citation, e.g. "2016". */
    year: z.number().int(),
    /** Whether the year is printed in the source or inferred by the editors. */
    certainty: z.enum(['stated', 'inferred']),
    /** First and last year, when the editors can narrow the date only to a span: citations print the span ("[201-?]"), `year` stays the sort key. */
    span: z.tuple([z.number().int(), z.number().int()]).refine(([a, b]) => a < b, { message: 'a year span is [first, last] with first < last' }).nullable().default(null),
    /** Human wording of the date with its evidence. */
    evidence: Localized,
  }).strict(),
  genre: z.enum(['article', 'conference-paper', 'student-paper', 'dissertation']),
  /** A dissertation's degree-granting body as the source names it, with the line that names it (citations and metadata). */
  institution: z.object({ name: z.string().min(1), line: z.number().int().positive() }).strict().nullable().default(null),
  /** Languages of the text, main language first. */
  languages: z.array(Lang).min(1),
  topics: z.array(Topic).min(1),
  /** Double-spaced extractions (a blank line after every line) do not mark paragraphs by blank lines. */
  spacing: z.enum(['single', 'double']),
  /** Lines printed before the text proper (title, author, affiliation), shown as the paper's head. */
  front: LineRange.nullable().default(null),
  /** Lines that are not part of this paper (fragments of other articles), each with a reason. */
  exclude: z.array(Exclusion).default([]),
  headings: z.array(Heading).default([]),
  /** Lines where a paragraph begins with a run-in head ("Зерттеудің нысаны."). */
  runIn: z.array(z.number().int().positive()).default([]),
  /** Line ranges that form the paper's abstracts and keywords. */
  abstracts: z.array(LineRange).default([]),
  /** Editors' notes shown on the landing page (caveats about the source). */
  notes: z.array(Localized).default([]),
}).strict();
export type PaperManifest = z.infer<typeof Paper>;

export const Manifest = z.array(Paper).min(1);

export const Cell = z.union([z.string(), z.object({ parts: z.array(z.string().min(1)).min(1) }).strict()]);
export type Cell = z.infer<typeof Cell>;

export const Table = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The source lines this table replaces; every cell is checked against them. */
  lines: LineRange,
  caption: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
  header: z.array(Cell),
  rows: z.array(z.array(Cell)).min(1),
}).strict();
export type TableManifest = z.infer<typeof Table>;

/** content/sources/tables.yaml: slug → reconstructed tables. */
export const Tables = z.record(z.string(), z.array(Table));

/** content/sources/editorial.yaml: slug → editorial title renderings and summaries. */
export const Editorial = z.record(z.string(), z.object({
  title: Localized,
  summary: Localized,
}).strict());

/**
 * The published text of a cell. Parts are the pieces of one value that the source prints apart
 * (on two lines of a cell): words are joined with a space, a URL broken across lines without one.
 */
export const cellText = (cell: Cell): string =>
  typeof cell === 'string' ? cell : cell.parts.reduce((text, part) => `${text}${/(?:^|\s)(?:\S*:\/\/|www\.)\S*$/.test(text) ? '' : ' '}${part}`);
