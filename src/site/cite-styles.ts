import { LANGUAGES, type Lang } from './languages.ts';

/** The five styles offered everywhere, in the order the panel lists them. */
export const STYLE_IDS = ['gost-2018', 'gost-2008', 'apa', 'mla', 'chicago'] as const;
export type StyleId = (typeof STYLE_IDS)[number];

/** CSL file in content/csl/ for each style. */
export const STYLE_FILES: Record<StyleId, string> = {
  'gost-2018': 'gost-r-7-0-100-2018.csl',
  'gost-2008': 'gost-r-7-0-5-2008.csl',
  apa: 'apa.csl',
  mla: 'modern-language-association.csl',
  chicago: 'chicago-fullnote-bibliography.csl',
};

/** The style a language's interface offers first (the language table's `citeStyle`). */
export const defaultStyle = (lang: Lang): StyleId => LANGUAGES[lang].citeStyle;
