import { invertedName, recordDate, recordTitle, type Work } from './work.ts';

/*
 * Machine-readable descriptions of a work for the page head: Highwire Press tags (Google Scholar,
 * Zotero), Open Graph, Dublin Core and schema.org JSON-LD. Zotero's "Embedded Metadata" translator takes
 * the item type from citation_dissertation_institution / citation_conference_title / citation_book_title,
 * else from og:type and DC.type, else guesses "journal article" from citation_title; for a journal
 * article it keeps no site or publisher name. So:
 *  - papers of a genre cited as web pages (content/genres.yaml, `cite.web`) are web pages of the archive
 *    (og:type website): og:site_name becomes Zotero's "Website Title";
 *  - a thesis (a genre with a `degree`): citation_dissertation_institution → "University", DC.type → "Type";
 *  - chapters are sections of the archive: citation_book_title → "Book Title", citation_publisher.
 * Only the landing page of a work carries them (one Scholar record per work); the section pages of a
 * long paper describe themselves as parts of it (sectionJsonLd).
 */
export interface MetaTag { name?: string; property?: string; content: string }

export function highwireTags(work: Work): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: recordTitle(work) }];
  for (const a of work.authors) tags.push({ name: 'citation_author', content: invertedName(a) });
  tags.push({ name: 'citation_publication_date', content: recordDate(work) });
  if (work.online) tags.push({ name: 'citation_online_date', content: work.online.replaceAll('-', '/') });
  tags.push({ name: 'citation_language', content: work.language });
  if (work.kind === 'chapter') tags.push({ name: 'citation_book_title', content: work.container }, { name: 'citation_publisher', content: work.container });
  if (work.type.degree && work.institution) tags.push({ name: 'citation_dissertation_institution', content: work.institution });
  if (work.conference) tags.push({ name: 'citation_conference_title', content: work.conference });
  if (work.abstract) tags.push({ name: 'citation_abstract', content: work.abstract.text });
  if (work.keywords.length) tags.push({ name: 'citation_keywords', content: work.keywords.join('; ') });
  tags.push(
    { name: 'citation_abstract_html_url', content: work.url },
    { name: 'citation_fulltext_html_url', content: work.fullTextUrl },
  );
  if (work.type.web) tags.push({ property: 'og:type', content: 'website' });
  tags.push({ property: 'og:site_name', content: work.container });
  return tags;
}

/** DC.type where Zotero reads it (the genre's `cite.dc`: the thesis type "PhD dissertation"); none for web pages (it would become their "Website Type"). */
export function dublinCore(work: Work): MetaTag[] {
  const type = work.type.dc;
  return [
    { name: 'DC.title', content: recordTitle(work) },
    ...work.authors.map((a) => ({ name: 'DC.creator', content: invertedName(a) })),
    { name: 'DC.date', content: recordDate(work) },
    { name: 'DC.language', content: work.language },
    ...(type ? [{ name: 'DC.type', content: type }] : []),
    ...(work.abstract ? [{ name: 'DC.description', content: work.abstract.text }] : []),
    { name: 'DC.identifier', content: work.url },
  ];
}

/** schema.org description; `site` is the archive's home URL in the interface language. */
export function jsonLd(work: Work, site: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': work.type.schema,
    '@id': work.url,
    url: work.url,
    name: recordTitle(work),
    headline: recordTitle(work).slice(0, 110),
    inLanguage: work.language,
    ...(work.authors.length ? { author: work.authors.map((a) => ({ '@type': 'Person', name: `${a.given} ${a.family}`.trim(), familyName: a.family, ...(a.given ? { givenName: a.given } : {}) })) } : {}),
    datePublished: work.yearUntil === undefined ? String(work.year) : `${work.year}/${work.yearUntil}`,
    ...(work.keywords.length ? { keywords: work.keywords.join(', ') } : {}),
    ...(work.abstract ? { abstract: work.abstract.text } : {}),
    ...(work.institution ? { sourceOrganization: { '@type': 'Organization', name: work.institution } } : {}),
    ...(work.type.degree ? { inSupportOf: work.type.degree.short } : {}),
    isPartOf: { '@type': work.kind === 'chapter' ? 'Book' : 'WebSite', name: work.container, url: site },
  };
}

/** A section page of a long paper: a web page that is part of the work (whose landing carries the record). */
export function sectionJsonLd(work: Work, pageUrl: string, pageTitle: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': pageUrl,
    url: pageUrl,
    name: pageTitle,
    isPartOf: { '@type': work.type.schema, '@id': work.url, url: work.url, name: recordTitle(work) },
  };
}
