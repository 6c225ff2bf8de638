// Attaches the translation files to the papers' numbered blocks, by source lines.
import { SourceError } from '../core/errors.ts';
import type { Lang } from '../../site/languages.ts';
import type { NumberedBlock } from '../ingest/blocks.ts';
import type { IngestedPaper } from '../ingest/pipeline.ts';
import { keyOf, TRANSLATION_LANGS, type BlockTranslation, type TranslationFile } from './store.ts';

export interface AttachedTranslation {
  value: BlockTranslation;
  file: string;
  line: number;
}

/** slug → block key ("17-29") → language → translation. */
export type Attached = Map<string, Map<string, Partial<Record<Lang, AttachedTranslation>>>>;

type Paper = Pick<IngestedPaper, 'slug' | 'id' | 'blocks'>;

const numbered = (p: Paper) => p.blocks.filter((b): b is NumberedBlock => b.kind !== 'heading');

/**
 * Does a block need a translation into `lang`? Every block in another language does, even one that
 * is only an address or a code: the reader of that language finds it beside the original like the rest.
 */
export function needsTranslation(b: { lang: string }, lang: Lang): boolean {
  return b.lang !== lang;
}

/**
 * Matches every translation with a block of its paper. A file of an unknown paper, a key that is
 * no block's source lines, a translation into the block's own language or an empty one stops with
 * the file, the line and the fix.
 */
export function attachTranslations(papers: readonly Paper[], files: readonly TranslationFile[]): Attached {
  const attached: Attached = new Map();
  for (const f of files) {
    const paper = papers.find((p) => p.slug === f.slug);
    if (!paper) throw new SourceError(f.file, undefined, `there is no paper "${f.slug}"`, `name the file after a paper's slug (${papers.map((p) => p.slug).join(', ')})`);
    const blocks = new Map(numbered(paper).map((b) => [keyOf(b.lines), b]));
    const byKey = attached.get(f.slug) ?? new Map();
    attached.set(f.slug, byKey);
    for (const [key, t] of f.blocks) {
      const block = blocks.get(key);
      if (!block) {
        const near = [...blocks.keys()].filter((k) => Math.abs(Number(k.split('-')[0]) - Number(key.split('-')[0])) < 40).join(', ');
        throw new SourceError(f.file, t.line, `no numbered block of ${f.slug} is made of source lines ${key}`,
          `key the translation by the data-lines of its block${near ? ` (blocks near there: ${near})` : ''}; if the paragraphs were re-segmented, move the translation to the new blocks`);
      }
      if (block.lang === f.lang) throw new SourceError(f.file, t.line, `the block of lines ${key} is already in ${f.lang}`, 'remove this entry: the original is shown');
      if (t.value === '') continue; // not translated yet: shown to the reader as missing
      byKey.set(key, { ...byKey.get(key), [f.lang]: { value: t.value, file: f.file, line: t.line } });
    }
  }
  return attached;
}

export interface CoverageRow {
  id: string;
  slug: string;
  /** Per target language: blocks translated, blocks to translate (those not in that language), words. */
  langs: Record<Lang, { done: number; of: number; words: number }>;
}

const words = (v: BlockTranslation) => (typeof v === 'string' ? v : [v.caption ?? '', ...v.header, ...v.rows.flat()].join(' ')).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

export function coverage(papers: readonly Paper[], attached: Attached): CoverageRow[] {
  return papers.map((p) => {
    const langs = Object.fromEntries(TRANSLATION_LANGS.map((l) => [l, { done: 0, of: 0, words: 0 }])) as CoverageRow['langs'];
    for (const b of numbered(p)) {
      for (const l of TRANSLATION_LANGS) {
        if (!needsTranslation(b, l)) continue;
        langs[l].of++;
        const t = attached.get(p.slug)?.get(keyOf(b.lines))?.[l];
        if (t) { langs[l].done++; langs[l].words += words(t.value); }
      }
    }
    return { id: p.id, slug: p.slug, langs };
  });
}
