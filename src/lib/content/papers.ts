import { getCollection } from 'astro:content';
import { LANGS, type Lang } from '../../site/languages.ts';
import { url } from '../i18n/urls.ts';
import type { BlockData, PaperData } from './paper-schema.ts';
import { needsTranslation } from '../translations/attach.ts';

export type { PaperData, BlockData };
export type Page = PaperData['pages'][number];

let cache: PaperData[] | undefined;

/** All papers in manifest order (their short ids). */
export async function getPapers(): Promise<PaperData[]> {
  cache ??= (await getCollection('papers')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  return cache;
}

export async function getPaperById(id: string): Promise<PaperData | undefined> {
  return (await getPapers()).find((p) => p.id === id || p.slug === id);
}

/** Long papers are read section by section; short ones on their landing page. */
export const isSectioned = (p: PaperData) => p.pages.length > 1 || (p.pages[0]?.slug ?? '') !== '';

export function pageUrl(lang: Lang, p: PaperData, page: Page | undefined): string {
  return page && isSectioned(p) ? url(lang, 'papers', p.slug, page.slug) : url(lang, 'papers', p.slug);
}

/** The page of a paper that holds paragraph n. */
export function pageOf(p: PaperData, n: number): Page | undefined {
  return p.pages.find((pg) => pg.blocks.some((b) => b.kind !== 'heading' && b.n === n));
}

export function paragraphUrl(lang: Lang, p: PaperData, n: number): string {
  return `${pageUrl(lang, p, pageOf(p, n))}#p${n}`;
}

/** Paragraph number of the paragraph that holds a source line, or undefined. */
export function paragraphAtLine(p: PaperData, line: number): number | undefined {
  return p.lineToParagraph.find(([l]) => l === line)?.[1];
}

/** Title for display: the original when printed, else the editorial rendering in the UI language. */
export function displayTitle(p: PaperData, lang: Lang): string {
  return p.manifest.title.original ?? p.editorial.title[lang];
}

export function authorNames(p: PaperData): string[] {
  return p.manifest.authors.filter((a) => a.role === 'author').map((a) => a.name);
}

export const numbered = (blocks: BlockData[]) => blocks.filter((b): b is Exclude<BlockData, { kind: 'heading' }> => b.kind !== 'heading');

/** getStaticPaths of the per-paper pages: every paper in every interface language. */
export async function paperPaths() {
  const papers = await getPapers();
  return LANGS.flatMap((lang) => papers.map((paper) => ({ params: { lang, slug: paper.slug }, props: { paper } })));
}

/**
 * How much of a paper (or of some of its blocks) is translated into `lang`: blocks translated, and
 * blocks that need a translation (those in another language with something to translate).
 */
export function translationCoverage(blocks: PaperData['blocks'], lang: Lang): { done: number; of: number } {
  let done = 0;
  let of = 0;
  for (const b of blocks) {
    if (b.kind === 'heading' || !needsTranslation(b, lang)) continue;
    of++;
    if (b.translations[lang] !== undefined) done++;
  }
  return { done, of };
}
