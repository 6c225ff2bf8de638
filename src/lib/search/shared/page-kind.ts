/**
 * What a built page is, for the search index: its kind (a search facet), its UI language, the paper
 * it belongs to, and whether it is indexed at all. The three UI copies of a paper page hold the same
 * text, so only the copy in the default language is indexed; every result is re-pointed to the
 * reader's copy in the browser (see `openIn` and `resultTarget`).
 */
import { INDEXED_COPY, LANGS } from '../../../site/languages.ts';
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

const LANG = new RegExp(`^(${LANGS.join('|')})$`);

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
 * The URL a result opens for a reader whose UI language is `ui`: always the reader's own copy of the
 * page (papers, chapters, the glossary, timelines, data pages exist in the three UI languages).
 */
export function openIn(url: string, ui: string, base = '/'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (!url.startsWith(b)) return url;
  const rest = url.slice(b.length);
  return LANG_SEGMENT.test(rest) ? `${b}${ui}/${rest.replace(LANG_SEGMENT, '')}` : url;
}

const LANG_SEGMENT = new RegExp(`^(${LANGS.join('|')})/`);

/** Where a passage is in one UI copy of its page (the `copies` metadata, see records.ts). */
export interface Place { anchor: string; title: string; lang: string | null }

/**
 * Where a result leads in the reader's copy, and the heading it stands under there. `anchor` is the
 * id the excerpt chose inside the passage; a paragraph's id is the same in every copy of a paper,
 * any other id of another copy (a chapter's heading) is replaced by the passage's place in the
 * reader's copy.
 */
export function resultTarget(url: string, anchor: string, meta: Record<string, string>, ui: string, base = '/'): { page: string; anchor: string; place: Place | null } {
  const page = openIn(url.replace(/#.*$/, ''), ui, base);
  const copies = meta['copies'] ? (JSON.parse(meta['copies']) as Record<string, Place>) : {};
  const here = copies[ui] ?? null;
  const b = base.endsWith('/') ? base : `${base}/`;
  const copy = url.startsWith(b) ? url.slice(b.length, b.length + 2) : ui;
  const kept = copy === ui || (anchor !== meta['anchor'] && /^p\d+$/.test(anchor));
  return { page, anchor: kept || !here ? anchor : here.anchor, place: here };
}
