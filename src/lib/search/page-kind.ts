/**
 * What a built page is, for the search index: its kind (a search facet), its UI language, the paper
 * it belongs to, and whether it is indexed at all. The three UI copies of a paper page hold the same
 * text, so only the copy in the default language is indexed; results are re-pointed to the reader's
 * language in the browser (see `openIn`).
 */
export const KINDS = ['paper', 'chapter', 'glossary', 'timeline', 'page'] as const;
export type Kind = (typeof KINDS)[number];

export interface PageKind {
  kind: Kind;
  /** The UI language segment of the URL. */
  lang: string;
  /** Paper slug, for paper pages. */
  paper?: string;
  /**
   * Only the editorial translations of the page are indexed: a paper page in another UI language
   * than the indexed copy carries the same original and its translation into that language.
   */
  translationsOnly?: boolean;
}

const INDEXED_COPY = 'kk';
const LANG = /^(kk|ru|en)$/;

/**
 * Classifies a site path without the base ("kk/papers/slug/1-1/"). Returns null for pages that are
 * never indexed: the search page itself, source views and anything outside the three language
 * trees. Of the other UI copies of a paper page only the translations are indexed.
 */
export function classifyPage(path: string): PageKind | null {
  const [lang, section, slug, sub] = path.replace(/^\/+/, '').split('/');
  if (!lang || !LANG.test(lang)) return null;
  switch (section) {
    case 'papers':
      if (!slug || sub === 'source') return null;
      return lang === INDEXED_COPY ? { kind: 'paper', lang, paper: slug } : { kind: 'paper', lang, paper: slug, translationsOnly: true };
    case 'chapters':
      return { kind: 'chapter', lang };
    case 'glossary':
      return { kind: 'glossary', lang };
    case 'timelines':
      return { kind: 'timeline', lang };
    case 'search':
      return null;
    default:
      return { kind: 'page', lang };
  }
}

/**
 * The URL a result opens for a reader whose UI language is `ui`: texts that exist identically under
 * every UI language (papers, and any passage found identical in the three copies) open in the
 * reader's language; chapters and other translated texts keep their own language.
 */
export function openIn(url: string, ui: string, shared: boolean, base = '/'): string {
  if (!shared) return url;
  const b = base.endsWith('/') ? base : `${base}/`;
  if (!url.startsWith(b)) return url;
  const rest = url.slice(b.length);
  return LANG_SEGMENT.test(rest) ? `${b}${ui}/${rest.replace(LANG_SEGMENT, '')}` : url;
}

const LANG_SEGMENT = /^(kk|ru|en)\//;
