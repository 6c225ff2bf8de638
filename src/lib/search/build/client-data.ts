/**
 * The glossary's terms for the search page's data (src/lib/search/shared/page-data.ts), read at
 * build time.
 */
import { z } from 'astro/zod';
import { readYaml } from '../../data/yaml-file.ts';
import { CONTENT_DIR } from '../../content/paths.ts';
import type { GlossaryTerms } from '../shared/glossary.ts';

const Forms = z.object({ term: z.string(), variants: z.array(z.string()).default([]) }).passthrough();
const Terms = z.array(z.object({ id: z.string(), kk: Forms, ru: Forms, en: Forms }).passthrough());

/** The glossary's terms and variants in the three languages (definitions left out). */
export function glossaryTerms(file = `${CONTENT_DIR}/glossary/terms.yaml`): GlossaryTerms[] {
  return readYaml(file, Terms, 'glossary').map((e) => ({
    id: e.id, kk: [e.kk.term, ...e.kk.variants], ru: [e.ru.term, ...e.ru.variants], en: [e.en.term, ...e.en.variants],
  }));
}
