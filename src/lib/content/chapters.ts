import { getCollection, type CollectionEntry } from 'astro:content';
import type { UiLang } from '../i18n/index.ts';
import type { PaperData } from './paper-schema.ts';
import { paragraphAtLine } from './papers.ts';

export const TOPICS = ['political-pr', 'steppe-diplomacy', 'digital-diplomacy'] as const;
export type ChapterTopic = (typeof TOPICS)[number];

export type ChapterEntry = CollectionEntry<'chapters'>;

export async function getChapters(lang: UiLang): Promise<{ topic: ChapterTopic; entry: ChapterEntry }[]> {
  const all = await getCollection('chapters');
  return TOPICS.map((topic) => {
    const entry = all.find((e) => e.id === `${lang}/${topic}`);
    if (!entry) throw new Error(`content/chapters/${lang}/${topic}.mdx is missing. Fix: write the chapter in ${lang}.`);
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
