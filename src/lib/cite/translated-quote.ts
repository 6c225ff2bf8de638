// Quoting the archive's translation of a paragraph: each style's convention for a quotation the
// citing author did not translate, naming the archive's editors as translators. The citation still
// names the original (its title, author and paragraph); only the quoted words are the translation.
import { LANG, type Lang } from '../../site/languages.ts';
import type { StyleId } from '../../site/cite-styles.ts';

/** The translator's note, in the interface language, for a quotation translated from `from`. */
export function translatorNote(style: StyleId, ui: Lang, from: Lang): string {
  const gost = style === 'gost-2018' || style === 'gost-2008';
  switch (ui) {
    case LANG.ru: {
      const src = { kk: 'с каз.', ru: 'с рус.', en: 'с англ.' }[from];
      return gost ? `пер. ${src} — ред. архива` : `пер. ${src} ред. архива`;
    }
    case LANG.kk: {
      const src = { kk: 'қазақ тілінен', ru: 'орыс тілінен', en: 'ағылшын тілінен' }[from];
      return gost ? `${src} аударған — мұрағат редакциясы` : `${src} аударған мұрағат редакциясы`;
    }
    case LANG.en: {
      const src = { kk: 'Kazakh', ru: 'Russian', en: 'English' }[from];
      return style === 'mla' ? `trans. from ${src} by the archive's editors` : `translated from ${src} by the archive's editors`;
    }
  }
}

export const QUOTES: Record<Lang, [string, string]> = { ru: ['«', '»'], kk: ['«', '»'], en: ['“', '”'] };

/**
 * The quotation with its citation: in-text styles (APA, MLA) put the note inside the parenthetical
 * citation ("(…, para. 12; translated … )"); note styles (GOST, Chicago) put it after the quotation
 * and give the reference as the note.
 */
export function quoteWithCitation(quote: string, citation: string, form: 'note' | 'intext', note: string, ui: Lang): string {
  const [open, close] = QUOTES[ui];
  const q = `${open}${quote.trim()}${close}`;
  if (form === 'intext' && /\)\.?$/.test(citation.trim())) return `${q} ${citation.trim().replace(/\)\.?$/, `; ${note})`)}`;
  return `${q} (${note}).\n${citation.trim()}`;
}
