import type { StyleId } from './cite-styles.ts';

/**
 * The languages of the archive, written once: every interface language, its locales and the role it
 * plays. The texts of the archive are in the same three languages, so one code serves both (`Lang`).
 * Nothing outside src/site/ writes a language code as a literal (tests/unit/site-model.test.ts).
 * Browser code imports this module, so it depends on nothing.
 */
export const LANGUAGES = {
  kk: {
    /** The name of the language in itself, as the language switcher shows it. */
    name: 'Қазақша',
    /** Locale for numbers, collation and the access date of the citation panel. */
    intl: 'kk-KZ',
    /** Locale of dates on charts and timelines. */
    date: 'kk-KZ',
    /** CSL locale: it decides the citation apparatus (қаралған күні / дата обращения / accessed). */
    csl: 'kk-KZ',
    /** Text direction of the interface. */
    dir: 'ltr',
    /** Script of the language: citations romanise Cyrillic titles only in a Latin-script interface (src/lib/cite/csl-item.ts). */
    script: 'Cyrl',
    /** Citation style offered first: GOST R 7.0.100-2018 (what Kazakhstani and Russian universities ask for). */
    citeStyle: 'gost-2018',
  },
  ru: { name: 'Русский', intl: 'ru', date: 'ru', csl: 'ru-RU', dir: 'ltr', script: 'Cyrl', citeStyle: 'gost-2018' },
  /** English dates are British on charts (5 March 1992) but follow `intl` elsewhere; CSL's English is American. */
  en: { name: 'English', intl: 'en', date: 'en-GB', csl: 'en-US', dir: 'ltr', script: 'Latn', citeStyle: 'apa' },
} as const satisfies Record<string, LanguageInfo>;

interface LanguageInfo {
  name: string;
  intl: string;
  date: string;
  csl: string;
  dir: 'ltr' | 'rtl';
  script: 'Cyrl' | 'Latn';
  citeStyle: StyleId;
}

/** Language codes, in the order the site lists them. */
export const LANGS = Object.keys(LANGUAGES) as (keyof typeof LANGUAGES)[];

/** A language of the archive: an interface language and a language of the texts. */
export type Lang = keyof typeof LANGUAGES;

/** The codes by name, for code that needs one language in particular: `LANG.kk`. */
export const LANG = Object.fromEntries(LANGS.map((l) => [l, l])) as { readonly [L in Lang]: L };

/**
 * The default language: the root URL, the 404 page and the x-default alternate lead to it, and a
 * citation file in it carries no language suffix. It is the archive's language of record: its pages
 * show a paper's original first and offer the other languages' translations.
 */
export const DEFAULT_LANG: Lang = LANG.kk;

/**
 * The copy of a paper page the search index reads: the same original text is published under every
 * interface language, so only this copy is indexed in full and results re-point to the reader's own.
 */
export const INDEXED_COPY: Lang = DEFAULT_LANG;

/** How many copies of each page the site publishes: one per interface language. */
export const UI_COPIES = LANGS.length;

export function isLang(x: string | undefined): x is Lang {
  return x !== undefined && Object.hasOwn(LANGUAGES, x);
}

/** getStaticPaths of the pages that exist once per interface language. */
export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));

/** Locale for numbers and collation (`intl`), for chart and timeline dates (`date`), for CSL (`csl`). */
export const intlLocale = (lang: Lang): string => LANGUAGES[lang].intl;
export const dateLocale = (lang: Lang): string => LANGUAGES[lang].date;
export const cslLocale = (lang: Lang): string => LANGUAGES[lang].csl;
