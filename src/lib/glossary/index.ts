import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { readYaml } from '../core/yaml.ts';
import { CONTENT_DIR } from '../content/paths.ts';
import { TaxonomyId } from '../core/types.ts';
import { SourceError } from '../core/errors.ts';
import { loadTaxonomy } from '../ingest/taxonomy.ts';

const Form = z.object({
  /** The term as the papers (or the field) write it in this language. */
  term: z.string().min(1),
  /** Other spellings and synonyms (not inflected forms: search handles inflection). */
  variants: z.array(z.string()).default([]),
  /** A short editorial definition, 15–45 words. */
  definition: z.string().min(1),
}).strict();

export const GlossaryEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Topics of content/topics.yaml (checked by readGlossary). */
  topics: z.array(TaxonomyId).default([]),
  kk: Form,
  ru: Form,
  en: Form,
  /** Source lines where the term is used or defined: "004:1302". */
  lines: z.array(z.string().regex(/^\d{3}:\d+$/, 'write a source line as "004:1302"')).default([]),
}).strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const Glossary = z.array(GlossaryEntry).min(1)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${e.id}"` });
      seen.add(e.id);
    });
  });

export const GLOSSARY_FILE = join(CONTENT_DIR, 'glossary', 'terms.yaml');

/** A glossary file, its topics checked against topics.yaml of the same content folder (the site's, or another for scripts and tests). */
export function loadGlossary(file: string): GlossaryEntry[] {
  const entries = readYaml(file, Glossary, 'glossary');
  const topics = loadTaxonomy(dirname(dirname(file))).topics.map((t) => t.id);
  for (const [i, e] of entries.entries()) {
    const bad = e.topics.find((t) => !topics.includes(t));
    if (bad) throw new SourceError(file, undefined, `invalid glossary at [${i}].topics (term "${e.id}"): "${bad}" is not a topic of topics.yaml`, `give it one of: ${topics.join(', ')}`);
  }
  return entries;
}

let cache: GlossaryEntry[] | undefined;
export function getGlossary(): GlossaryEntry[] {
  cache ??= loadGlossary(GLOSSARY_FILE);
  return cache;
}

export function getTerm(id: string): GlossaryEntry {
  const entry = getGlossary().find((e) => e.id === id);
  if (!entry) throw new Error(`${GLOSSARY_FILE}: no glossary term with id "${id}". Fix: add the term or correct the <Term id> in the chapter.`);
  return entry;
}
