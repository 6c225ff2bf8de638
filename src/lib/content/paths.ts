import { readConfig } from '../config.ts';

/** The content folder (sources, chapters, glossary, data). Tests point it at fixtures with ARCHIVE_CONTENT. */
export const CONTENT_DIR = readConfig().ARCHIVE_CONTENT;
