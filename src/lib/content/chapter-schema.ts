import { z } from 'astro/zod';

export const ChapterFrontmatter = z.object({
  /** The chapter's title in the file's language. */
  title: z.string().min(1),
  /** One or two sentences on what the chapter covers. */
  description: z.string().min(1),
}).strict();
