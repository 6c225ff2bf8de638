import { defineCollection } from 'astro:content';
import { papersLoader } from './lib/content/papers-loader.ts';
import { chaptersLoader } from './lib/content/chapters-loader.ts';
import { PaperData } from './lib/content/paper-schema.ts';
import { ChapterFrontmatter } from './lib/content/chapter-schema.ts';
import { CONTENT_DIR } from './lib/content/paths.ts';

export const collections = {
  papers: defineCollection({ loader: papersLoader({ dir: `${CONTENT_DIR}/sources`, lock: `${CONTENT_DIR}/anchors.lock.json`, translations: `${CONTENT_DIR}/translations` }), schema: PaperData }),
  chapters: defineCollection({ loader: chaptersLoader(`${CONTENT_DIR}/chapters`), schema: ChapterFrontmatter }),
};
