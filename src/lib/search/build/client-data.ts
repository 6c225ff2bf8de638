/**
 * The glossary's terms for the search page's data (src/lib/search/shared/page-data.ts), read at
 * build time through the glossary's one schema (src/lib/glossary).
 */
import { getGlossary, loadGlossary } from '../../glossary/index.ts';
import type { GlossaryTerms } from '../shared/glossary.ts';

/** The glossary's terms and variants in the three languages (definitions left out). */
export function glossaryTerms(file?: string): GlossaryTerms[] {
  return (file ? loadGlossary(file) : getGlossary()).map((e) => ({
    id: e.id, kk: [e.kk.term, ...e.kk.variants], ru: [e.ru.term, ...e.ru.variants], en: [e.en.term, ...e.en.variants],
  }));
}
