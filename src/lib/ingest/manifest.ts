import { z } from 'astro/zod';
import { Localized, TaxonomyId } from '../core/types.ts';

import { Lang } from '../../site/lang-schema.ts';

const LineRange = z.tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([a, b]) => a <= b, { message: 'a line range must be [first, last] with first <= last' })
  .describe('First and last line of the source file, 1-based as `grep -n` shows them: [first, last].');

export const Author = z.object({
  name: z.string().min(1).describe('Full name as printed in the source, letters repaired.'),
  family: z.string().min(1).describe('Family name (citations sort and invert by it).'),
  given: z.string().default('').describe('Given names or initials as printed; empty if none.'),
  email: z.string().nullable().default(null).describe('E-mail as printed, or null.'),
  affiliation: z.string().nullable().default(null).describe('Affiliation as printed, or null.'),
  role: z.enum(['author', 'supervisor', 'editor']).default('author')
    .describe('author, or supervisor / editor where the source names one; the genre (content/genres.yaml, `roles`) says which it allows.'),
}).strict();

export const Heading = z.object({
  lines: LineRange.describe('First and last source line of the heading.'),
  level: z.number().int().min(2).max(4).describe('2 = chapter or top-level head, 3 = section, 4 = sub-head.'),
  number: z.string().nullable().default(null).describe('Section number as printed (e.g. "1.2"), if any.'),
  page: z.string().regex(/^[a-z0-9-]+$/).nullable().default(null)
    .describe('Starts a new reading page with this URL segment (long papers only), e.g. "1-2".'),
}).strict();

export const Exclusion = z.object({
  lines: LineRange,
  reason: Localized.describe('Why these lines are not part of the paper; shown on the source view.'),
}).strict();

export const Paper = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/, 'a slug is lower-case ASCII letters, digits and hyphens')
    .describe('URL segment of the paper (/{lang}/papers/{slug}/); never changes once published.'),
  id: z.string().regex(/^[0-9a-z]+$/).describe('Short id used by citations in chapters and datasets, e.g. "005" (the file name\'s number).'),
  file: z.string().min(1).regex(/^(?!\.)[^/\\\0]+$/, 'a source file is a bare file name inside content/sources/ (no "/", "\\" or "..", not hidden)')
    .describe('File name in content/sources/, kept as received: a bare name, no folder, e.g. "005_3f9c2a.txt".'),
  title: z.object({
    original: z.string().nullable().describe('The title as printed (repaired letters, normal case), or null when the source prints none (editorial.yaml supplies one).'),
    lang: Lang.describe('Language of the printed title (kk, ru or en).'),
  }).strict().describe('The title as printed, and its language.'),
  authors: z.array(Author).default([]).describe('Authors (and supervisors, editors) as printed; an empty list means "not given in the source".'),
  date: z.object({
    year: z.number().int().describe('Year (or a span\'s first year) used for sorting and citation, e.g. 2016.'),
    certainty: z.enum(['stated', 'inferred']).describe('stated: printed in the source; inferred: the editors\' inference (citations print "[2016?]").'),
    span: z.tuple([z.number().int(), z.number().int()]).refine(([a, b]) => a < b, { message: 'a year span is [first, last] with first < last' }).nullable().default(null)
      .describe('First and last year, when the editors can narrow the date only to a span: citations print the span ("[201-?]"), `year` stays the sort key.'),
    evidence: Localized.describe('The date with its evidence, in words, with the source lines.'),
  }).strict().describe('When the paper was written.'),
  genre: TaxonomyId.describe('The genre: an id from content/genres.yaml.'),
  institution: z.object({
    name: z.string().min(1).describe('The body as the source names it.'),
    line: z.number().int().positive().describe('The source line that names it.'),
  }).strict().nullable().default(null).describe('A thesis\'s degree-granting body as the source names it, with the line that names it (citations and metadata); only for genres whose `roles` include institution.'),
  languages: z.array(Lang).min(1).describe('Languages of the text, main language first (kk, ru, en).'),
  topics: z.array(TaxonomyId).min(1).describe('The paper\'s topics: ids from content/topics.yaml.'),
  spacing: z.enum(['single', 'double']).describe('double when every line of the extraction is followed by a blank line (blank lines then do not mark paragraphs), else single.'),
  front: z.union([LineRange, z.array(LineRange)]).nullable().default(null)
    .transform((v) => (v === null ? [] : typeof v[0] === 'number' ? [v as [number, number]] : (v as [number, number][])))
    .describe('Lines printed before the text proper (title, author, affiliation), shown as the paper\'s head: one range [first, last], or a list of ranges (a trilingual paper has three title blocks).'),
  exclude: z.array(Exclusion).default([]).describe('Lines that are not part of this paper (fragments of other articles), each with a reason.'),
  headings: z.array(Heading).default([]).describe('Headings, by source lines, with their level.'),
  runIn: z.array(z.number().int().positive()).default([]).describe('Lines where a paragraph begins with a run-in head ("Зерттеудің нысаны.").'),
  abstracts: z.array(LineRange).default([]).describe('Line ranges that form the paper\'s abstracts and keywords.'),
  notes: z.array(Localized).default([]).describe('Editors\' notes shown on the landing page (caveats about the source).'),
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
