import type { Lang } from '../../site/languages.ts';

/*
 * Romanisation of Russian and Kazakh Cyrillic by the ALA-LC Romanization Tables (Library of Congress:
 * "Russian", 2012 revision, and "Kazakh (in Cyrillic script)"), tie ligatures included (t͡s, i͡u, i͡a),
 * so that a reader can restore the Cyrillic letter for letter. The English interface uses it for names
 * and titles in APA, MLA and Chicago references (APA 7 9.39: "transliterate … using a standard system").
 * Pure and dependency-free.
 */
const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'ë', ж: 'zh', з: 'z', й: 'ĭ', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ф: 'f', х: 'kh', ц: 't͡s', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: 'ʺ', ы: 'y', ь: 'ʹ', э: 'ė', ю: 'i͡u', я: 'i͡a',
};
const TABLE: Partial<Record<Lang, Record<string, string>>> = {
  ru: { ...COMMON, и: 'i', у: 'u' },
  kk: { ...COMMON, и: 'ī', у: 'ū', ә: 'ä', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'ȯ', ұ: 'u', ү: 'u̇', һ: 'h', і: 'i' },
};

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();

/** The text with its Cyrillic letters romanised by the language's ALA-LC table; other characters kept. */
export function romanize(text: string, lang: Lang): string {
  const table = TABLE[lang];
  if (!table) return text;
  const chars = [...text];
  return chars.map((c, i) => {
    const lower = c.toLowerCase();
    const latin = table[lower];
    if (latin === undefined) return c;
    if (!isUpper(c)) return latin;
    // In an all-capitals word (БАҚ) every letter stays capital; otherwise only the first (Ж → Zh).
    const capsWord = isUpper(chars[i + 1]) || (isUpper(chars[i - 1]) && !/\p{L}/u.test(chars[i + 1] ?? ''));
    return capsWord ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
  }).join('');
}
