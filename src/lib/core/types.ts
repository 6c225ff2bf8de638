import { z } from 'astro/zod';

/*
 * The vocabulary every part of the archive shares: the manifest, the datasets, the taxonomy, the
 * glossary and the pages all speak of texts in the three interface languages and of topic ids.
 */

/**
 * A topic or genre id: the values are content (content/topics.yaml, content/genres.yaml), so the
 * schema checks the form here and the corpus checks that the id exists (corpus.ts, taxonomy.ts).
 */
export const TaxonomyId = z.string().regex(/^[a-z0-9-]+$/, 'an id is lower-case ASCII letters, digits and hyphens');

/** A text in each interface language. */
export const Localized = z.object({
  kk: z.string().min(1).describe('Kazakh.'),
  ru: z.string().min(1).describe('Russian.'),
  en: z.string().min(1).describe('English.'),
}).strict();
export type Localized = z.infer<typeof Localized>;
