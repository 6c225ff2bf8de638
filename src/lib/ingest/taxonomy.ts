import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parseYaml } from '../core/yaml.ts';
import { Localized, TaxonomyId } from '../core/types.ts';
import { SourceError } from '../core/errors.ts';

/*
 * Topics and genres are content: content/topics.yaml and content/genres.yaml. The manifest names
 * them by id; the pages, the filters, the chapters' landings and the citations read them from here,
 * so a new topic or genre needs no code.
 */

/** The colours a topic can take (the papers index defines each for the light and the dark theme). */
export const TOPIC_COLOURS = ['rust', 'ochre', 'teal', 'plum', 'olive', 'slate'] as const;

export const TopicEntry = z.object({
  id: TaxonomyId.describe('URL segment of the topic\'s page (/{lang}/chapters/{id}/) and the value papers.yaml names in `topics`.'),
  colour: z.enum(TOPIC_COLOURS).describe('Colour of the topic\'s marks on the papers index.'),
  name: Localized.describe('The topic\'s name, as a heading or a filter label shows it.'),
  about: Localized.describe('The topic as running text names it after "on" / «о» / «туралы» (Russian: prepositional case).'),
  description: Localized.describe('One or two sentences on the topic: the landing page of a topic without a chapter shows it.'),
}).strict();
export type TopicEntry = z.infer<typeof TopicEntry>;

const StyleNames = Localized;
export const Degree = z.object({
  record: z.string().min(1).describe('The degree as the downloads record it: RIS M3, CSL genre, biblatex type (e.g. "PhD dissertation").'),
  short: z.string().min(1).describe('schema.org inSupportOf (e.g. "PhD").'),
  apa: StyleNames, mla: StyleNames, chicago: StyleNames,
  gost: StyleNames.describe('Both GOST styles.'),
}).strict();

export const PERSON_ROLES = ['author', 'supervisor', 'editor'] as const;
export const GenreEntry = z.object({
  id: TaxonomyId.describe('The value papers.yaml names in `genre`.'),
  name: Localized.describe('The genre\'s name on the pages.'),
  roles: z.array(z.enum([...PERSON_ROLES, 'institution'])).min(1).describe('Who and what a paper of this genre may name: people by `role` in `authors`, and `institution`.'),
  cite: z.object({
    csl: z.string().min(1).describe('CSL type (webpage, thesis, paper-conference, article-journal …).'),
    bibtex: z.enum(['online', 'thesis', 'phdthesis', 'mastersthesis', 'inproceedings', 'article']).describe('biblatex entry type; @online when the paper lacks the type\'s required fields.'),
    ris: z.string().regex(/^[A-Z]{2,5}$/).describe('RIS type (ELEC, THES, CONF, JOUR …).'),
    schema: z.string().min(1).describe('schema.org type of the JSON-LD.'),
    dc: z.string().min(1).optional().describe('Dublin Core DC.type, read by Zotero as the item type.'),
    web: z.boolean().default(false).describe('Cited as a page of the archive\'s website (og:type website).'),
  }).strict(),
  degree: Degree.optional().describe('Theses only: the degree as the records and each style name it.'),
}).strict();
export type GenreEntry = z.infer<typeof GenreEntry>;

export const Topics = z.array(TopicEntry).min(1);
export const Genres = z.array(GenreEntry).min(1);

export interface Taxonomy { topics: TopicEntry[]; genres: GenreEntry[] }

function readList<S extends z.ZodType<{ id: string }[]>>(dir: string, name: string, schema: S, label: string): z.infer<S> {
  const file = join(dir, name);
  if (!existsSync(file)) throw new SourceError(file, undefined, `${name} is missing`, `create ${file} (see the README, "Topics and genres")`);
  const list = parseYaml(readFileSync(file, 'utf8'), file, schema, label);
  const seen = new Set<string>();
  for (const e of list) {
    if (seen.has(e.id)) throw new SourceError(file, undefined, `the id "${e.id}" is used twice`, 'give each entry its own id');
    seen.add(e.id);
  }
  return list;
}

const cache = new Map<string, Taxonomy>();

/** content/topics.yaml and content/genres.yaml of a content folder, validated (read once per folder). */
export function loadTaxonomy(contentDir: string): Taxonomy {
  let t = cache.get(contentDir);
  if (!t) {
    t = { topics: readList(contentDir, 'topics.yaml', Topics, 'topics file'), genres: readList(contentDir, 'genres.yaml', Genres, 'genres file') };
    cache.set(contentDir, t);
  }
  return t;
}

export function genreOf(tax: Taxonomy, id: string): GenreEntry {
  const g = tax.genres.find((x) => x.id === id);
  if (!g) throw new Error(`genre "${id}" is not in genres.yaml`);
  return g;
}

export function topicOf(tax: Taxonomy, id: string): TopicEntry {
  const tp = tax.topics.find((x) => x.id === id);
  if (!tp) throw new Error(`topic "${id}" is not in topics.yaml`);
  return tp;
}
