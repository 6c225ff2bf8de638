import { z } from 'astro/zod';
import { Localized } from '../core/types.ts';
import { Lang } from '../../site/lang-schema.ts';

/*
 * What the ingestion makes of a source text: blocks, reading pages, the source lines and the record
 * of every change. The pipeline's types are inferred from these schemas, and the papers collection
 * (content/paper-schema.ts) validates the same shapes, so the two cannot drift apart.
 */

/** First and last source line, 1-based. */
const LineSpan = z.tuple([z.number(), z.number()]);

/** The kinds of glyph repair (repair-glyphs.ts). */
export const RepairKind = z.enum(['font-encoding', 'latin-in-cyrillic', 'cyrillic-in-latin', 'roman-numeral', 'private-use-bullet', 'debris']);
export type RepairKind = z.infer<typeof RepairKind>;

/** Every kind of change the ingestion counts: the glyph repairs and the joins of lines. */
export const ChangeKind = z.enum([...RepairKind.options, 'hyphen-joined', 'hyphen-kept', 'page-break-joined', 'false-break-joined', 'url-line-moved']);
export type ChangeKind = z.infer<typeof ChangeKind>;

/** One repaired glyph or word of a source line. */
export const GlyphRepair = z.object({
  kind: RepairKind,
  line: z.number(),
  /** 0-based column in the original line. */
  column: z.number(),
  from: z.string(),
  to: z.string(),
});
export type GlyphRepair = z.infer<typeof GlyphRepair>;

/** A passage of eight words or more in another language than its block's (foreign.ts). */
export const ForeignSpan = z.object({
  /** Character offsets into the block's text: [start, end). */
  start: z.number().int(),
  end: z.number().int(),
  lang: Lang,
});
export type ForeignSpan = z.infer<typeof ForeignSpan>;

export const TextKind = z.enum(['front', 'paragraph', 'list-item', 'caption', 'keywords']);
export type TextKind = z.infer<typeof TextKind>;

export const TextBlock = z.object({
  kind: TextKind,
  /** Paragraph number, continuous through the paper: the anchor is `p${n}`. */
  n: z.number().int().positive(),
  text: z.string(),
  lang: Lang,
  lines: LineSpan,
  /** A run-in head at the start of the text (already included in `text`). */
  runIn: z.string().nullable(),
  /** Part of the paper's abstracts. */
  abstract: z.boolean(),
  /** Fingerprint of the words, for the anchors lock. */
  fingerprint: z.string(),
  /** Published anchors merged into this block after their edition: they keep leading here (see anchors.ts). */
  aliases: z.array(z.number().int().positive()),
  foreign: z.array(ForeignSpan),
});
export type TextBlock = z.infer<typeof TextBlock>;

export const HeadingBlock = z.object({
  kind: z.literal('heading'),
  level: z.number().int(),
  text: z.string(),
  number: z.string().nullable(),
  id: z.string(),
  lang: Lang,
  lines: LineSpan,
});
export type HeadingBlock = z.infer<typeof HeadingBlock>;

export const TableBlock = z.object({
  kind: z.literal('table'),
  n: z.number().int().positive(),
  id: z.string(),
  caption: z.string().nullable(),
  note: z.string().nullable(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  lang: Lang,
  lines: LineSpan,
  fingerprint: z.string(),
  aliases: z.array(z.number().int().positive()),
});
export type TableBlock = z.infer<typeof TableBlock>;

export const Block = z.discriminatedUnion('kind', [TextBlock, HeadingBlock, TableBlock]);
export type Block = z.infer<typeof Block>;
export type NumberedBlock = TextBlock | TableBlock;

export const ReadingPage = z.object({
  /** URL segment of the page ("" for a paper read on its landing page). */
  slug: z.string(),
  title: z.string(),
  number: z.string().nullable(),
  blocks: z.array(Block),
});
export type ReadingPage = z.infer<typeof ReadingPage>;

/** What a source line became, for the source view. */
export const LineStatus = z.enum(['text', 'excluded', 'url', 'table', 'heading', 'front', 'blank']);

/** A source line, original and repaired. */
export const SourceLineRecord = z.object({ n: z.number(), raw: z.string(), text: z.string(), status: LineStatus });
export type SourceLineRecord = z.infer<typeof SourceLineRecord>;

/** Lines that are not part of the paper, with the manifest's reason. */
export const ExcludedLines = z.object({ lines: LineSpan, reason: Localized, count: z.number() });
export type ExcludedLines = z.infer<typeof ExcludedLines>;
