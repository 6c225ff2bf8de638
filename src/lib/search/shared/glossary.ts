/**
 * Across languages through the glossary: a query phrase that is a glossary term or variant in any
 * language (content/glossary/terms.yaml) is also searched as the entry's term in the other two
 * languages, so "soft power" also finds «жұмсақ күш» and «мягкая сила».
 *
 * Terms are compared by their search keys, so inflected forms match too (жұмсақ күшті, мягкой силы).
 */
import { LANGS, type Lang } from '../../../site/languages.ts';
import { wordKeys } from './keys.ts';
import { queryWords } from './normalize.ts';

export type TermLang = Lang;
export const TERM_LANGS: readonly TermLang[] = LANGS;

/** One entry as the search page ships it: id and, per language, the term first, then its variants. */
export interface GlossaryTerms { id: string; kk: string[]; ru: string[]; en: string[] }

export interface GlossaryMatch {
  id: string;
  /** Where the phrase is in the query's words: [start, end). */
  start: number;
  end: number;
  /** The language of the form that matched. */
  lang: TermLang;
  /** The entry's main term in each language (the phrases searched together with the query's words). */
  terms: Record<TermLang, string>;
}

interface Form { id: string; lang: TermLang; keys: string[][]; entry: GlossaryTerms }

/**
 * Two keys meet when they are equal, or nearly: one a prefix of the other, longer by at most two
 * letters, the shorter of four or more (so хандық meets хандығы, but not хан).
 */
const meet = (a: string, b: string) => a === b
  || (Math.min(a.length, b.length) >= 4 && Math.abs(a.length - b.length) <= 2 && (a.startsWith(b) || b.startsWith(a)));
const keysMeet = (a: string[], b: string[]) => a.some((x) => b.some((y) => meet(x, y)));

export class GlossaryIndex {
  private readonly forms: Form[];

  constructor(entries: readonly GlossaryTerms[]) {
    this.forms = entries.flatMap((entry) => TERM_LANGS.flatMap((lang) => entry[lang].map((phrase) => ({
      id: entry.id, lang, entry, keys: queryWords(phrase).map((w) => { const k = wordKeys(w); return [...k.keys, ...k.fallback]; }),
    })))).filter((f) => f.keys.length > 0).sort((a, b) => b.keys.length - a.keys.length);
  }

  /**
   * Glossary phrases in a query, longest first, each query word used once. `wordKeys` are the
   * query's words' keys (with their Cyrillic readings for Latin words).
   */
  match(queryKeys: string[][]): GlossaryMatch[] {
    const used = new Set<number>();
    const found: GlossaryMatch[] = [];
    for (const form of this.forms) {
      const n = form.keys.length;
      for (let start = 0; start + n <= queryKeys.length; start++) {
        let ok = true;
        for (let j = 0; j < n && ok; j++) ok = !used.has(start + j) && keysMeet(queryKeys[start + j] ?? [], form.keys[j] ?? []);
        if (!ok) continue;
        for (let j = 0; j < n; j++) used.add(start + j);
        const terms = { kk: form.entry.kk[0] ?? '', ru: form.entry.ru[0] ?? '', en: form.entry.en[0] ?? '' };
        found.push({ id: form.id, start, end: start + n, lang: form.lang, terms });
        break;
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
