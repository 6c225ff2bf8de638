// The archive's editorial translations of the papers, stored by source lines.
//
// content/translations/{lang}/{slug}.yaml holds the translations into `lang` of one paper's numbered
// blocks, each under the key "FIRST-LAST": the source lines the block was made from (its
// `data-lines`). A key names words of the source, not a paragraph number, so a later change of the
// numbering cannot attach a translation to other words: a key that matches no block stops the build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { SourceError } from '../core/errors.ts';
import { type Lang, LANGS } from '../../site/languages.ts';

export const TRANSLATION_LANGS: readonly Lang[] = LANGS;

/** A table block's translation: its caption, header and rows, cell by cell. */
export const TableTranslation = z.object({ caption: z.string().nullable().optional(), header: z.array(z.string()), rows: z.array(z.array(z.string())) });
export type TableTranslation = z.infer<typeof TableTranslation>;
/** A block's translation: a text block's text, or a table's cells. */
export const BlockTranslation = z.union([z.string(), TableTranslation]);
export type BlockTranslation = z.infer<typeof BlockTranslation>;

export interface TranslationFile {
  file: string;
  slug: string;
  lang: Lang;
  /** "FIRST-LAST" → the translation, with the line of the key in the file (for messages). */
  blocks: Map<string, { value: BlockTranslation; line: number }>;
}

/** The key of a block: its first and last source line, as in `data-lines`. */
export const keyOf = (lines: readonly [number, number]): string => `${lines[0]}-${lines[1]}`;

const KEY = /^\d+-\d+$/;

/**
 * Reads one translation file; a malformed one stops with the file, the line and the fix. `slug`:
 * the paper, when the file is one part of it ({lang}/{slug}/{part}.yaml); else the file's name.
 */
export function readTranslationFile(path: string, lang: Lang, root = process.cwd(), slug = path.split(/[\\/]/).pop()!.replace(/\.yaml$/, '')): TranslationFile {
  const file = relative(root, path) || path;
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new SourceError(file, e.linePos?.[0]?.line, `the translation file is not valid YAML: ${e.message.split('\n')[0]}`, 'correct the YAML syntax at that line');
  }
  const blocks = new Map<string, { value: BlockTranslation; line: number }>();
  const root_ = doc.contents;
  if (root_ !== null && !isMap(root_)) throw new SourceError(file, 1, 'a translation file is a map from source lines ("17-29") to translations', 'write each block as `"FIRST-LAST": text`');
  for (const pair of isMap(root_) ? root_.items : []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = pair.key && isScalar(pair.key) && pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : undefined;
    if (!KEY.test(key)) throw new SourceError(file, line, `"${key}" is not a block's source lines`, 'key each translation by the block\'s data-lines, e.g. "17-29"');
    const value = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null;
    if (typeof value === 'string') {
      blocks.set(key, { value: value.trim(), line: line ?? 0 });
    } else if (value && typeof value === 'object' && Array.isArray((value as TableTranslation).header) && Array.isArray((value as TableTranslation).rows)) {
      blocks.set(key, { value: value as TableTranslation, line: line ?? 0 });
    } else {
      throw new SourceError(file, line, `the translation of lines ${key} is neither a text nor a table (caption, header, rows)`, 'write the translation as a text, or a table as {caption, header: [...], rows: [[...]]}');
    }
  }
  return { file, slug, lang, blocks };
}

/** Every translation file under `dir` (content/translations), by language. */
export function readTranslations(dir: string, root = process.cwd()): TranslationFile[] {
  if (!existsSync(dir)) return [];
  const files: TranslationFile[] = [];
  for (const lang of readdirSync(dir).sort()) {
    if (!existsSync(join(dir, lang)) || !/^[a-z]{2}$/.test(lang)) continue;
    if (!(TRANSLATION_LANGS as readonly string[]).includes(lang)) {
      throw new SourceError(relative(root, join(dir, lang)), undefined, `"${lang}" is not a language of the archive`, `put translations under ${TRANSLATION_LANGS.map((l) => `${relative(root, dir)}/${l}/`).join(', ')}`);
    }
    for (const name of readdirSync(join(dir, lang)).sort()) {
      const path = join(dir, lang, name);
      if (name.endsWith('.yaml')) files.push(readTranslationFile(path, lang as Lang, root));
      // A long paper's translation in parts: {lang}/{slug}/{part}.yaml, one file per reading page.
      else if (statSync(path).isDirectory()) for (const part of readdirSync(path).filter((f) => f.endsWith('.yaml')).sort()) files.push(readTranslationFile(join(path, part), lang as Lang, root, name));
    }
  }
  return files;
}
