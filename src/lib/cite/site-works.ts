import { getCollection } from 'astro:content';
import { isSectioned, pageUrl, type Page, type PaperData } from '../content/papers.ts';
import { LANGS, type Lang } from '../../site/languages.ts';
import { absolute, url } from '../i18n/urls.ts';
import { BUILD_ACCESS_DATE } from './access-date.ts';
import { chapterWork, paperWork } from './paper-work.ts';
import type { Work } from './work.ts';

/*
 * The works of this site with their real URLs (pages and endpoints only: it reads the content
 * collections). The citation logic itself is in the pure modules beside this one.
 */

export function paperWorkFor(paper: PaperData, lang: Lang, site: URL | undefined): Work {
  const first = isSectioned(paper) ? paper.pages[0] : undefined;
  return paperWork(paper, lang, { landing: absolute(site, url(lang, 'papers', paper.slug)), fullText: absolute(site, pageUrl(lang, paper, first)) }, BUILD_ACCESS_DATE);
}

/** The no-script page listing the paragraph citations of a paper (of one section of a long paper). */
export const paragraphListHref = (lang: Lang, paper: PaperData, page?: Page) =>
  url(null, 'cite', lang, paper.slug, page && isSectioned(paper) ? page.slug : '');

export interface ChapterEntry { lang: Lang; topic: string; title: string; description: string }

/** The nine chapters (content/chapters/{lang}/{topic}.mdx). */
export async function getChapterEntries(): Promise<ChapterEntry[]> {
  const entries = await getCollection('chapters');
  return entries.flatMap((e) => {
    const [lang, topic] = e.id.split('/');
    if (!topic || !(LANGS as readonly string[]).includes(lang ?? '')) return [];
    return [{ lang: lang as Lang, topic, title: e.data.title, description: e.data.description }];
  });
}

/** A chapter as a citable work; the chapters are dated by this edition's build. */
export function chapterWorkFor(chapter: ChapterEntry, site: URL | undefined): Work {
  return chapterWork(chapter, chapter.lang, absolute(site, url(chapter.lang, 'chapters', chapter.topic)), Number(BUILD_ACCESS_DATE.slice(0, 4)), BUILD_ACCESS_DATE);
}
