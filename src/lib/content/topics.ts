import type { Lang } from '../../site/languages.ts';
import { genreOf, loadTaxonomy, topicOf, type GenreEntry, type Taxonomy, type TopicEntry } from '../ingest/taxonomy.ts';
import { CONTENT_DIR } from './paths.ts';

/** The archive's topics and genres (content/topics.yaml, content/genres.yaml), in their files' order. */
export const taxonomy = (): Taxonomy => loadTaxonomy(CONTENT_DIR);
export const topics = (): TopicEntry[] => taxonomy().topics;
export const topic = (id: string): TopicEntry => topicOf(taxonomy(), id);
export const genre = (id: string): GenreEntry => genreOf(taxonomy(), id);
export const topicName = (id: string, lang: Lang): string => topic(id).name[lang];
export const genreName = (id: string, lang: Lang): string => genre(id).name[lang];
