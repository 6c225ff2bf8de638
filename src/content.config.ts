import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { papersLoader } from './lib/content/papers-loader.ts';
import { PaperData } from './lib/content/paper-schema.ts';
import { ChapterFrontmatter } from './lib/content/chapter-schema.ts';

export const collections = {
  papers: defineCollection({ loader: papersLoader({ dir: 'content/sources', lock: 'content/anchors.lock.json' }), schema: PaperData }),
  chapters: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: 'content/chapters' }), schema: ChapterFrontmatter }),
};
