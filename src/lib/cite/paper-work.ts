import type { PaperData } from '../content/paper-schema.ts';
import { useTranslations, type UiLang } from '../i18n/index.ts';
import type { Work, WorkKind } from './work.ts';

type PaperLike = Pick<PaperData, 'slug' | 'manifest' | 'editorial'>;

/** Where the paper lives on the site, as absolute URLs (the pages know their routes). */
export interface PaperPlaces { landing: string; fullText: string }

/**
 * The citable description of a paper as the reader sees it in one interface language. The title stays
 * in the paper's language: the printed title, or for untitled sources the editors' rendering in that
 * language (marked as supplied, so styles can bracket it).
 */
export function paperWork(paper: PaperLike, lang: UiLang, places: PaperPlaces): Work {
  const t = useTranslations(lang);
  const m = paper.manifest;
  const kind: WorkKind = m.genre;
  return {
    key: paper.slug,
    kind,
    title: m.title.original ?? paper.editorial.title[m.title.lang],
    language: m.title.lang,
    titleSupplied: m.title.original === null,
    authors: m.authors.filter((a) => a.role === 'author').map((a) => ({ family: a.family, given: a.given })),
    year: m.date.year,
    yearInferred: m.date.certainty === 'inferred',
    url: places.landing,
    fullTextUrl: places.fullText,
    container: t('site.name'),
    keywords: m.topics.map((tp) => t(`topic.${tp}`)),
    abstract: { text: paper.editorial.summary[lang].trim(), lang },
    ...(kind === 'dissertation' ? { genre: t('genre.dissertation') } : {}),
  };
}

/** A chapter of the archive, from its frontmatter. Chapters are the archive's own text: no author is printed. */
export function chapterWork(chapter: { topic: string; title: string; description: string }, lang: UiLang, url: string, year: number): Work {
  const t = useTranslations(lang);
  return {
    key: `${lang}-${chapter.topic}`,
    kind: 'chapter',
    title: chapter.title,
    language: lang,
    titleSupplied: false,
    authors: [],
    year,
    yearInferred: false,
    url,
    fullTextUrl: url,
    container: t('site.name'),
    keywords: [t(`topic.${chapter.topic}`)],
    abstract: { text: chapter.description, lang },
  };
}
