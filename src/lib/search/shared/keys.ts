/**
 * Search keys of one query word: the prefixes to search for it, by script and language.
 *
 * - Kazakh (a word with ә ғ қ ң ө ұ ү һ і): `kazakhKeys` (suffixes stripped, alternating consonant dropped).
 * - Other Cyrillic words may be Kazakh or Russian (саясат, мемлекет have no Kazakh-only letter): both
 *   stemmers run and the shorter prefix is kept, since it finds everything the longer one finds.
 * - Latin words with a letter only Latin Kazakh has (ä ğ q ñ ö ū ü ı ş ç) are transliterated.
 * - Other Latin words are searched as English (`englishStem`); their Cyrillic readings are a
 *   fallback, searched when the Latin word itself is rare in the index (memleket, saiasat).
 */
import { englishStem } from './english.ts';
import { kazakhKeys } from './kazakh.ts';
import { CYRILLIC, KAZAKH_LETTERS, LATIN, foldMarks, indexForm } from './normalize.ts';
import { russianStem } from './russian.ts';
import { KAZAKH_LATIN, latinToCyrillic } from './translit.ts';

export interface WordKeys {
  /** The word as typed (lower case). */
  word: string;
  /** Prefixes searched for the word (any of them). */
  keys: string[];
  /** Prefixes searched too when `keys` are rare in the index (see execute.ts). */
  fallback: string[];
  /** Cyrillic readings of a Latin-script word, for the page to say what it also searched. */
  readings: string[];
}

/** Keys of a Cyrillic word: Kazakh, or the shorter of the Kazakh and Russian stems. */
export function cyrillicKeys(word: string): string[] {
  const w = foldMarks(word.toLowerCase());
  const kk = kazakhKeys(w);
  if (KAZAKH_LETTERS.test(w)) return kk;
  return covering([...kk, russianStem(w)]);
}

/** Drops every key that another key is a prefix of (the shorter one finds it anyway). */
function covering(keys: string[]): string[] {
  const unique = [...new Set(keys)];
  return unique.filter((k) => !unique.some((o) => o !== k && k.startsWith(o)));
}

export function wordKeys(word: string): WordKeys {
  const form = indexForm(word);
  if (CYRILLIC.test(word)) return { word, keys: cyrillicKeys(form), fallback: [], readings: [] };
  if (LATIN.test(word)) {
    const readings = latinToCyrillic(word);
    const cyrillic = covering(readings.flatMap(cyrillicKeys));
    if (KAZAKH_LATIN.test(word)) return { word, keys: cyrillic, fallback: [], readings };
    return { word, keys: [englishStem(form)], fallback: cyrillic, readings };
  }
  return { word, keys: [form], fallback: [], readings: [] };
}
