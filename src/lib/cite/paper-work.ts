import type { PaperData } from '../content/paper-schema.ts';
import { genre, topicName } from '../content/topics.ts';
import { useTranslations } from '../i18n/index.ts';
import { LANG, type Lang } from '../../site/languages.ts';
import { CHAPTER_TYPE, type Person, type Work } from './work.ts';

type PaperLike = Pick<PaperData, 'slug' | 'manifest' | 'editorial'>;

/** Where the paper lives on the site, as absolute URLs (the pages know their routes). */
export interface PaperPlaces { landing: string; fullText: string }

/**
 * The citable description of a paper as the reader sees it in one interface language. The title is
 * the one the page's <h1> shows: the printed title in the paper's language, or for untitled sources the
 * editors' description in the interface language (marked as supplied, so styles bracket it).
 */
export function paperWork(paper: PaperLike, lang: Lang, places: PaperPlaces, online?: string): Work {
  const t = useTranslations(lang);
  const m = paper.manifest;
  const g = genre(m.genre);
  const printed = m.title.original;
  const people = (role: string): Person[] => m.authors.filter((a) => a.role === role).map((a) => ({ family: a.family, given: a.given }));
  return {
    key: paper.slug,
    kind: 'paper',
    type: { ...g.cite, ...(g.degree ? { degree: g.degree } : {}) },
    uiLang: lang,
    title: printed ?? paper.editorial.title[lang],
    titleLang: printed ? m.title.lang : lang,
    ...(printed && m.title.lang !== LANG.en ? { titleEn: paper.editorial.title.en } : {}),
    language: m.languages[0] ?? m.title.lang,
    titleSupplied: printed === null,
    ...(printed === null ? { titleNote: t('cite.titleSupplied') } : {}),
    authors: people('author'),
    supervisors: people('supervisor'),
    year: m.date.span?.[0] ?? m.date.year,
    ...(m.date.span ? { yearUntil: m.date.span[1] } : {}),
    yearInferred: m.date.certainty === 'inferred',
    ...(online ? { online } : {}),
    url: places.landing,
    fullTextUrl: places.fullText,
    container: t('site.name'),
    keywords: m.topics.map((tp) => topicName(tp, lang)),
    abstract: { text: paper.editorial.summary[lang].trim(), lang },
    ...(m.institution ? { institution: m.institution.name } : {}),
  };
}

/** A chapter of the archive, from its frontmatter. Chapters are the archive's own text: no author is printed. */
export function chapterWork(chapter: { topic: string; title: string; description: string }, lang: Lang, url: string, year: number, online?: string): Work {
  const t = useTranslations(lang);
  return {
    key: `${lang}-${chapter.topic}`,
    kind: 'chapter',
    type: CHAPTER_TYPE,
    uiLang: lang,
    title: chapter.title,
    titleLang: lang,
    language: lang,
    titleSupplied: false,
    authors: [],
    supervisors: [],
    year,
    yearInferred: false,
    ...(online ? { online } : {}),
    url,
    fullTextUrl: url,
    container: t('site.name'),
    keywords: [topicName(chapter.topic, lang)],
    abstract: { text: chapter.description, lang },
  };
}
