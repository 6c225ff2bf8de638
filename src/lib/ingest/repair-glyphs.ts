/**
 * Glyph repair: the PDF extraction's font-encoding substitutes (ӛ for ө, ҽ for ә, …), Latin
 * look-alike letters inside Cyrillic words (and the reverse), Roman numerals typed with Cyrillic
 * Х/І, private-use bullets and typographic debris. Every change is recorded with its kind, line and
 * column so that it can be counted and shown on the source view.
 */
import type { GlyphRepair } from './blocks.ts';

/** The font-encoding map of the extractions: these letters never occur in real Kazakh text. */
export const FONT_ENCODING: Readonly<Record<string, string>> = {
  'ӛ': 'ө', 'Ӛ': 'Ө', 'ҿ': 'ө', 'Ҿ': 'Ө', 'ҽ': 'ә', 'Ҽ': 'Ә', 'ҥ': 'ү', 'Ҥ': 'Ү', 'ҧ': 'ұ', 'Ҧ': 'Ұ',
};

/** Latin letters that stand for a Cyrillic one inside a Cyrillic word. */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
};

/** Cyrillic letters that stand for a Latin one inside a Latin word. */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

const PRIVATE_USE: Readonly<Record<string, string>> = { '\uf0b7': '•', '\uf02d': '–', '\uf0a7': '•', '\uf0d8': '•' };
const ROMAN = /^[IVXLCDM]+$/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * A Roman numeral typed with Cyrillic look-alikes, in whole or in part (ХХ, ХХІ, ХVІІ, ІІ): all of
 * them become Latin, so that XX and ХХ never stand side by side. A lone І is left alone (it is also
 * an initial: «І. Есенберлин»), a lone Х only before «ғасыр» (century).
 */
export function romanNumeral(word: string, after = ''): string | undefined {
  if (!/[ХІСМ]/.test(word) || !/^[IVXLCDMХІСМ]+$/.test(word)) return undefined;
  if (/[СМ]/.test(word) && !/[IVXLCDM]/.test(word)) return undefined; // С, М alone are Cyrillic initials
  if (word.length === 1 && !(word === 'Х' && /^\s*ғ/u.test(after))) return undefined;
  const roman = [...word].map((c) => (c === 'Х' ? 'X' : c === 'І' ? 'I' : c === 'С' ? 'C' : c === 'М' ? 'M' : c)).join('');
  return /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(roman) ? roman : undefined;
}

export function isMixedScript(word: string): boolean {
  return CYRILLIC.test(word) && LATIN.test(word);
}

/** Repairs one line; returns the repaired text and the repairs made (columns refer to the input). */
export function repairLine(text: string, line: number): { text: string; repairs: GlyphRepair[] } {
  const repairs: GlyphRepair[] = [];
  let out = '';
  /** Column in `text` of each character of `out`. */
  const origin: number[] = [];
  for (let col = 0; col < text.length; col++) {
    const ch = text[col] as string;
    const font = FONT_ENCODING[ch];
    const pua = PRIVATE_USE[ch];
    if (font) {
      repairs.push({ kind: 'font-encoding', line, column: col, from: ch, to: font });
      out += font;
      origin.push(col);
    } else if (pua) {
      repairs.push({ kind: 'private-use-bullet', line, column: col, from: ch, to: pua });
      out += pua;
      origin.push(col);
    } else if (ch >= '\ue000' && ch <= '\uf8ff') {
      repairs.push({ kind: 'private-use-bullet', line, column: col, from: ch, to: '' });
    } else if ((ch === '\u00ac' || ch === '\u00ad') && /\p{L}/u.test(text[col - 1] ?? '') && /\p{L}/u.test(text[col + 1] ?? '')) {
      repairs.push({ kind: 'debris', line, column: col, from: ch, to: '' });
    } else {
      out += ch;
      origin.push(col);
    }
  }
  // Mixed-script repairs are applied per word of `out`; their column is mapped back to the original
  // (they differ when a bullet or a soft hyphen was removed earlier in the line).
  // The script of a mixed word is the script of the words around it (its own letters can outvote
  // it: «iрi» typed with two Latin i is a Cyrillic word among Cyrillic ones); inside the word only
  // when the line has no single-script words.
  const around = [...out.matchAll(WORD)].map((m) => m[0]).filter((w) => !isMixedScript(w) && !ROMAN.test(w));
  const lineCyr = around.filter((w) => CYRILLIC.test(w)).length;
  const lineLat = around.filter((w) => LATIN.test(w)).length;
  const fixed = out.replace(WORD, (word, at: number) => {
    const offset = origin[at] ?? at;
    const numeral = romanNumeral(word, out.slice(at + word.length));
    if (numeral) {
      repairs.push({ kind: 'roman-numeral', line, column: offset, from: word, to: numeral });
      return numeral;
    }
    if (!isMixedScript(word)) return word;
    const cyr = [...word].filter((c) => CYRILLIC.test(c)).length;
    const lat = [...word].filter((c) => LATIN.test(c)).length;
    const prefer = lineCyr !== lineLat ? lineCyr > lineLat : cyr >= lat;
    for (const toCyrillic of [prefer, !prefer]) {
      const map = toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
      const foreign = toCyrillic ? LATIN : CYRILLIC;
      const letters = [...word];
      if (!letters.every((c) => !foreign.test(c) || map[c] !== undefined)) continue; // not repairable this way
      const to = letters.map((c) => (foreign.test(c) ? (map[c] as string) : c)).join('');
      repairs.push({ kind: toCyrillic ? 'latin-in-cyrillic' : 'cyrillic-in-latin', line, column: offset, from: word, to });
      return to;
    }
    return word; // not repairable by rule: left as printed
  });
  return { text: fixed, repairs };
}

/** Applies only the font-encoding map (used for search queries pasted from old PDFs, too). */
export function repairFontEncoding(text: string): string {
  return text.replace(/[ӛӚҿҾҽҼҥҤҧҦ]/g, (c) => FONT_ENCODING[c] ?? c);
}
