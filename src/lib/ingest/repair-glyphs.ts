/**
 * Glyph repair: the PDF extraction's font-encoding substitutes (ӛ for ө, ҽ for ә, …), Latin
 * look-alike letters inside Cyrillic words (and the reverse), Roman numerals typed with Cyrillic
 * Х/І, private-use bullets and typographic debris. Every change is recorded with its kind, line and
 * column so that it can be counted and shown on the source view.
 */

export type RepairKind =
  | 'font-encoding'
  | 'latin-in-cyrillic'
  | 'cyrillic-in-latin'
  | 'roman-numeral'
  | 'private-use-bullet'
  | 'debris';

export interface GlyphRepair {
  kind: RepairKind;
  line: number;
  /** 0-based column in the original line. */
  column: number;
  from: string;
  to: string;
}

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
  const fixed = out.replace(WORD, (word, at: number) => {
    const offset = origin[at] ?? at;
    if (!isMixedScript(word)) return word;
    const roman = [...word].map((c) => (c === 'Х' ? 'X' : c === 'І' ? 'I' : c === 'С' ? 'C' : c === 'М' ? 'M' : c)).join('');
    if (ROMAN.test(roman)) {
      repairs.push({ kind: 'roman-numeral', line, column: offset, from: word, to: roman });
      return roman;
    }
    const cyr = [...word].filter((c) => CYRILLIC.test(c)).length;
    const lat = [...word].filter((c) => LATIN.test(c)).length;
    const toCyrillic = cyr >= lat;
    const map = toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
    const foreign = toCyrillic ? LATIN : CYRILLIC;
    const letters = [...word];
    if (!letters.every((c) => !foreign.test(c) || map[c] !== undefined)) return word; // not repairable by rule: left as printed
    const to = letters.map((c) => (foreign.test(c) ? (map[c] as string) : c)).join('');
    repairs.push({ kind: toCyrillic ? 'latin-in-cyrillic' : 'cyrillic-in-latin', line, column: offset, from: word, to });
    return to;
  });
  return { text: fixed, repairs };
}

/** Applies only the font-encoding map (used for search queries pasted from old PDFs, too). */
export function repairFontEncoding(text: string): string {
  return text.replace(/[ӛӚҿҾҽҼҥҤҧҦ]/g, (c) => FONT_ENCODING[c] ?? c);
}
