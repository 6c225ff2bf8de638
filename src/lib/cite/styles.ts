import type { UiLang } from '../i18n/index.ts';

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

/** GOST R 7.0.100-2018 in the kk and ru interfaces (what Kazakhstani and Russian universities ask for), APA 7 in en. */
export const defaultStyle = (lang: UiLang): StyleId => (lang === 'en' ? 'apa' : 'gost-2018');

/** CSL locale of each interface language: it decides the apparatus (дата обращения / қаралған күні / accessed). */
export const CSL_LOCALE: Record<UiLang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-US' };
