import { siteConfig } from '../../site/config.ts';

/** The content folder (sources, chapters, glossary, data). Tests point it at fixtures with ARCHIVE_CONTENT. */
export const CONTENT_DIR = siteConfig().ARCHIVE_CONTENT;
