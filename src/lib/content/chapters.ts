import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../../site/languages.ts';
import type { PaperData } from './paper-schema.ts';
import type { TopicEntry } from '../ingest/taxonomy.ts';
import { paragraphAtLine } from './papers.ts';
import { topics } from './topics.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;

/** A topic's page: its editorial chapter, or (a topic without one) a landing listing its papers. */
export interface TopicPage { topic: TopicEntry; entry: ChapterEntry | undefined }

/**
 * The topics of content/topics.yaml in order, each with its chapter in `lang` if it has one. Chapters
 * are optional per topic, but a topic's chapter exists in all three languages or in none.
 */
export async function getTopicPages(lang: Lang): Promise<TopicPage[]> {
  const all = await getCollection('chapters');
  return topics().map((topic) => {
    const entry = all.find((e) => e.id === `${lang}/${topic.id}`);
    const elsewhere = all.find((e) => e.id.endsWith(`/${topic.id}`));
    if (!entry && elsewhere) throw new Error(`content/chapters/${lang}/${topic.id}.mdx is missing (content/chapters/${elsewhere.id}.mdx exists). Fix: write the chapter in ${lang}, or remove it in every language.`);
    return { topic, entry };
  });
}

/** Citations in a chapter's source: [paper id, source line] in order of appearance. */
export function citationsIn(body: string): { src: string; line: number }[] {
  return [...body.matchAll(/<Cite\s+src="([0-9a-z]+)"\s+line="(\d+)"\s*\/>/g)].map((m) => ({ src: m[1] as string, line: Number(m[2]) }));
}

/** The papers a chapter draws on, with the paragraph numbers it cites, in paper order. */
export function sourcesUsed(body: string, papers: PaperData[]): { paper: PaperData; paragraphs: number[] }[] {
  const cites = citationsIn(body);
  return papers
    .map((paper) => ({
      paper,
      paragraphs: [...new Set(cites.filter((c) => c.src === paper.id).map((c) => paragraphAtLine(paper, c.line)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b),
    }))
    .filter((s) => s.paragraphs.length > 0);
}

/** Words of running prose (components and markup removed), for the reading time. */
export function proseWords(body: string): number {
  return body.replace(/^---[\s\S]*?---/, '').replace(/<[^>]+>/g, ' ').split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
}
