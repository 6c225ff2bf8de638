import { z } from 'astro/zod';
import { Localized } from '../core/types.ts';
import { ChangeKind, ExcludedLines, GlyphRepair, HeadingBlock, ReadingPage, SourceLineRecord, TableBlock, TextBlock } from '../ingest/blocks.ts';
import { Paper as PaperManifest } from '../ingest/manifest.ts';
import { Lang } from '../../site/lang-schema.ts';
import { BlockTranslation } from '../translations/store.ts';

/** The archive's editorial translations of a block, by language (content/translations/). */
const Translations = z.partialRecord(Lang, BlockTranslation).default({});

/** A block of the ingestion as the pages read it: numbered blocks carry their translations. */
export const Block = z.discriminatedUnion('kind', [
  TextBlock.extend({ translations: Translations }),
  HeadingBlock,
  TableBlock.extend({ translations: Translations }),
]);

/** A paper as the pages read it: the manifest, the editorial texts and the ingested text. */
export const PaperData = z.object({
  slug: z.string(),
  id: z.string(),
  manifest: PaperManifest,
  editorial: z.object({ title: Localized, summary: Localized }),
  blocks: z.array(Block),
  pages: z.array(ReadingPage.extend({ blocks: z.array(Block) })),
  lines: z.array(SourceLineRecord),
  links: z.array(z.string()),
  repairs: z.array(GlyphRepair),
  counts: z.record(ChangeKind, z.number()),
  excluded: z.array(ExcludedLines),
  lineToParagraph: z.array(z.tuple([z.number(), z.number()])),
  paragraphCount: z.number(),
});
export type PaperData = z.infer<typeof PaperData>;
export type BlockData = z.infer<typeof Block>;
