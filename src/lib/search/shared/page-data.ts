/**
 * What the search page hands to its script, built at build time (src/lib/search/build/client-data.ts
 * reads the glossary): the glossary's terms (for the cross-language expansion), the papers' titles
 * (to label result groups), the UI strings of the search in the page's language, and where the
 * index lives.
 */
import type { Lang } from '../../../site/languages.ts';
import type { GlossaryTerms } from './glossary.ts';

export interface SearchPageData {
  ui: Lang;
  /** The site's base path ("/" or "/archive/"). */
  base: string;
  glossary: GlossaryTerms[];
  papers: Record<string, { title: string; lang: string }>;
  strings: Record<string, string>;
}
