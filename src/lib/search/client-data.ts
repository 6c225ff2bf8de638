/**
 * What the search page hands to its script, built at build time: the glossary's terms (for the
 * cross-language expansion), the papers' titles (to label result groups), the UI strings of the
 * search in the page's language, and where the index lives.
 */
import { z } from 'astro/zod';
import { readYaml } from '../data/yaml-file.ts';
import { CONTENT_DIR } from '../content/paths.ts';
import type { GlossaryTerms } from './glossary.ts';

export interface SearchPageData {
  ui: string;
  /** The site's base path ("/" or "/archive/"). */
  base: string;
  glossary: GlossaryTerms[];
  papers: Record<string, { title: string; lang: string }>;
  strings: Record<string, string>;
}

const Forms = z.object({ term: z.string(), variants: z.array(z.string()).default([]) }).passthrough();
const Terms = z.array(z.object({ id: z.string(), kk: Forms, ru: Forms, en: Forms }).passthrough());

/** The glossary's terms and variants in the three languages (definitions left out). */
export function glossaryTerms(file = `${CONTENT_DIR}/glossary/terms.yaml`): GlossaryTerms[] {
  return readYaml(file, Terms, 'glossary').map((e) => ({
    id: e.id, kk: [e.kk.term, ...e.kk.variants], ru: [e.ru.term, ...e.ru.variants], en: [e.en.term, ...e.en.variants],
  }));
}
