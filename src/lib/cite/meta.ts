import type { Work, WorkKind } from './work.ts';

/*
 * Machine-readable descriptions of a work for the page head: Highwire Press tags (Google Scholar,
 * Zotero), Dublin Core and schema.org JSON-LD. Zotero's page import takes the item type from
 * citation_dissertation_institution / citation_conference_title / citation_book_title, then from
 * DC.type, then guesses "journal article" from citation_title: the tags below are chosen so that
 * articles import as journal articles, the dissertation as a thesis and chapters as book sections.
 */
export interface MetaTag { name: string; content: string }

const personName = (a: Work['authors'][number]) => (a.given ? `${a.family}, ${a.given}` : a.family);

export function highwireTags(work: Work): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: work.title }];
  for (const a of work.authors) tags.push({ name: 'citation_author', content: personName(a) });
  tags.push(
    { name: 'citation_publication_date', content: String(work.year) },
    { name: 'citation_language', content: work.language },
  );
  if (work.kind === 'chapter') tags.push({ name: 'citation_book_title', content: work.container });
  if (work.kind === 'dissertation' && work.institution) tags.push({ name: 'citation_dissertation_institution', content: work.institution });
  if (work.kind === 'conference-paper' && work.conference) tags.push({ name: 'citation_conference_title', content: work.conference });
  tags.push(
    { name: 'citation_abstract_html_url', content: work.url },
    { name: 'citation_fulltext_html_url', content: work.fullTextUrl },
  );
  if (work.keywords.length) tags.push({ name: 'citation_keywords', content: work.keywords.join('; ') });
  return tags;
}

/** DC.type: DCMI "Text", except where Zotero needs a word it maps to its own type. */
const DC_TYPE: Record<WorkKind, string> = { article: 'Text', 'student-paper': 'Text', 'conference-paper': 'conferencePaper', dissertation: 'Thesis', chapter: 'bookSection' };

export function dublinCore(work: Work): MetaTag[] {
  return [
    { name: 'DC.title', content: work.title },
    ...work.authors.map((a) => ({ name: 'DC.creator', content: personName(a) })),
    { name: 'DC.date', content: String(work.year) },
    { name: 'DC.language', content: work.language },
    { name: 'DC.type', content: DC_TYPE[work.kind] },
    { name: 'DC.identifier', content: work.url },
  ];
}

const SCHEMA_TYPE: Record<WorkKind, string> = { article: 'ScholarlyArticle', 'student-paper': 'ScholarlyArticle', 'conference-paper': 'ScholarlyArticle', dissertation: 'Thesis', chapter: 'Chapter' };

/** schema.org description; `site` is the archive's home URL in the interface language. */
export function jsonLd(work: Work, site: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPE[work.kind],
    '@id': work.url,
    url: work.url,
    name: work.title,
    headline: work.title.slice(0, 110),
    inLanguage: work.language,
    ...(work.authors.length ? { author: work.authors.map((a) => ({ '@type': 'Person', name: `${a.given} ${a.family}`.trim(), familyName: a.family, ...(a.given ? { givenName: a.given } : {}) })) } : {}),
    datePublished: String(work.year),
    ...(work.keywords.length ? { keywords: work.keywords.join(', ') } : {}),
    ...(work.abstract ? { abstract: work.abstract.text } : {}),
    ...(work.institution ? { sourceOrganization: { '@type': 'Organization', name: work.institution } } : {}),
    isPartOf: { '@type': work.kind === 'chapter' ? 'Book' : 'WebSite', name: work.container, url: site },
  };
}
