import { formatNumber, useTranslations, type UiKey } from './index.ts';
import type { Lang } from '../../site/languages.ts';

/*
 * Counts in the copy ("six papers", «алты мақала», «шесть статей») come from the data, with each
 * language's plural rules (Intl.PluralRules): English one/other, Russian one/few/many (1 статья,
 * 2 статьи, 5 статей), Kazakh one form only (a Kazakh noun after a numeral takes no plural suffix).
 *
 * A phrase is a dictionary string of forms by plural category, "one:# paper|other:# papers", where
 * # is the number. Numbers up to ten are written as words (the dictionary's count.words list), larger
 * ones in digits: the usual rule of English, Russian and Kazakh house styles, and a sentence may
 * start with a count ("Six papers on …"). The Russian words agree with feminine nouns (статья, глава).
 */

const rules = new Map<Lang, Intl.PluralRules>();
const pluralRules = (lang: Lang) => {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
};

/** The number as the copy writes it: a word up to ten (`wordsKey`: another case's words), digits above. */
export function countWord(lang: Lang, n: number, wordsKey: UiKey = 'count.words'): string {
  const words = useTranslations(lang)(wordsKey).split('|');
  return Number.isInteger(n) && n >= 1 && n <= words.length ? words[n - 1]! : formatNumber(lang, n);
}

/** The form of a "one:…|few:…|other:…" phrase for n, with # replaced by the number. */
export function pluralPhrase(lang: Lang, key: UiKey, n: number, wordsKey: UiKey = 'count.words'): string {
  const forms = new Map(useTranslations(lang)(key).split('|').map((f) => {
    const at = f.indexOf(':');
    return [f.slice(0, at).trim(), f.slice(at + 1).trim()] as const;
  }));
  const form = forms.get(pluralRules(lang).select(n)) ?? forms.get('other');
  if (form === undefined) throw new Error(`UI string "${key}" (${lang}) has no "other:" form. Fix: write it as "one:# …|other:# …".`);
  return form.replace('#', countWord(lang, n, wordsKey));
}

/** "six papers" / «алты мақала» / «шесть статей». */
export const papersPhrase = (lang: Lang, n: number) => pluralPhrase(lang, 'count.papers', n);

/** "a, b and c" with the language's "and" (ICU's Kazakh list patterns have no conjunction). */
export function listPhrase(lang: Lang, items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${useTranslations(lang)('count.and')} ${items.at(-1)}`;
}
