/**
 * Query text → words, the way Pagefind treats the indexed text: lower case, punctuation and
 * hyphens dropped inside a word (қарым-қатынас → қарымқатынас; Pagefind also indexes the parts),
 * and combining marks stripped after canonical decomposition, which folds ё → е and й → и (Pagefind
 * stores "объём" as "объем" and "самый" as "самыи"). No Kazakh letter decomposes, so ә ғ қ ң ө ұ ү
 * һ і survive the fold.
 *
 * Before that, a query pasted from the old PDFs is repaired with the ingestion's own map (ӛ → ө,
 * ҽ → ә, ҥ → ү, ҧ → ұ …) and its mixed-script words are put in one script (мемлекеттiк with a Latin i).
 */
import { repairFontEncoding, repairLine } from '../../ingest/repair-glyphs.ts';

/** Repairs the PDF font-encoding letters and look-alike letters of another script inside a word. */
export function repairQuery(q: string): string {
  return repairLine(repairFontEncoding(q.normalize('NFC')), 0).text;
}

/** Removes combining marks as Pagefind does (keeps the kana voicing marks, as Pagefind does). */
export const foldMarks = (s: string) => s.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '').normalize('NFC');

/** One word as the index holds it: lower case, letters and digits only, marks folded. */
export const indexForm = (word: string) => foldMarks(word.toLowerCase()).replace(/[^\p{L}\p{N}_]/gu, '');

/**
 * The words of a query in lower case, without punctuation but with their diacritics (a Latin-script
 * Kazakh word needs its ä, ğ, ū … to be transliterated; `indexForm` folds them afterwards).
 */
export function queryWords(q: string): string[] {
  return q.normalize('NFC').toLowerCase().split(/[\s/\\|,;:!?()[\]{}«»„“”"‘’…]+/u)
    .map((w) => w.replace(/[^\p{L}\p{M}\p{N}_]/gu, '')).filter(Boolean);
}

export const CYRILLIC = /\p{Script=Cyrillic}/u;
export const LATIN = /\p{Script=Latin}/u;
/** Letters of Kazakh Cyrillic that Russian does not have. */
export const KAZAKH_LETTERS = /[әғқңөұүһі]/u;
