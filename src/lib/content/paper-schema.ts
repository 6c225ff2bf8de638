import { z } from 'astro/zod';
import { Localized, Paper as PaperManifest } from '../ingest/manifest.ts';
import { Lang } from '../../site/lang-schema.ts';

const Range = z.tuple([z.number(), z.number()]);
/** The archive's editorial translations of a block, by language (content/translations/). */
const Translations = z.partialRecord(Lang, z.union([z.string(), z.object({ caption: z.string().nullable().optional(), header: z.array(z.string()), rows: z.array(z.array(z.string())) })])).default({});

const TextBlock = z.object({
  kind: z.enum(['front', 'paragraph', 'list-item', 'caption', 'keywords']),
  n: z.number().int().positive(),
  text: z.string(),
  lang: Lang,
  lines: Range,
  runIn: z.string().nullable(),
  abstract: z.boolean(),
  fingerprint: z.string(),
  aliases: z.array(z.number().int().positive()),
  foreign: z.array(z.object({ start: z.number().int(), end: z.number().int(), lang: Lang })),
  translations: Translations,
});
const HeadingBlock = z.object({
  kind: z.literal('heading'),
  level: z.number().int(),
  text: z.string(),
  number: z.string().nullable(),
  id: z.string(),
  lang: Lang,
  lines: Range,
});
const TableBlock = z.object({
  kind: z.literal('table'),
  n: z.number().int().positive(),
  id: z.string(),
  caption: z.string().nullable(),
  note: z.string().nullable(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  lang: Lang,
  lines: Range,
  fingerprint: z.string(),
  aliases: z.array(z.number().int().positive()),
  translations: Translations,
});
export const Block = z.discriminatedUnion('kind', [TextBlock, HeadingBlock, TableBlock]);

/** A paper as the pages read it: the manifest, the editorial texts and the ingested text. */
export const PaperData = z.object({
  slug: z.string(),
  id: z.string(),
  manifest: PaperManifest,
  editorial: z.object({ title: Localized, summary: Localized }),
  blocks: z.array(Block),
  pages: z.array(z.object({ slug: z.string(), title: z.string(), number: z.string().nullable(), blocks: z.array(Block) })),
  lines: z.array(z.object({ n: z.number(), raw: z.string(), text: z.string(), status: z.enum(['text', 'excluded', 'url', 'table', 'heading', 'front', 'blank']) })),
  links: z.array(z.string()),
  repairs: z.array(z.object({ kind: z.string(), line: z.number(), column: z.number(), from: z.string(), to: z.string() })),
  counts: z.record(z.string(), z.number()),
  excluded: z.array(z.object({ lines: Range, reason: Localized, count: z.number() })),
  lineToParagraph: z.array(z.tuple([z.number(), z.number()])),
  paragraphCount: z.number(),
});
export type PaperData = z.infer<typeof PaperData>;
export type BlockData = z.infer<typeof Block>;
