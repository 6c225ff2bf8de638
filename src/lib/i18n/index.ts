import { z } from 'astro/zod';
import enCore from '../../i18n/en.json';
import kkCore from '../../i18n/kk.json';
import ruCore from '../../i18n/ru.json';

/*
 * Feature areas keep their strings in src/i18n/parts/{area}.{lang}.json; they are merged into the
 * three dictionaries and checked by the same strict schema as the core files.
 */
const parts = import.meta.glob<Record<string, string>>('../../i18n/parts/*.json', { eager: true, import: 'default' });
const partsOf = (lang: string) => Object.assign({}, ...Object.entries(parts).filter(([f]) => f.endsWith(`.${lang}.json`)).map(([, d]) => d)) as Record<string, string>;
const en = { ...enCore, ...partsOf('en') } as typeof enCore & Record<string, string>;
const kk = { ...kkCore, ...partsOf('kk') };
const ru = { ...ruCore, ...partsOf('ru') };

export const LANGS = ['kk', 'ru', 'en'] as const;
export type UiLang = (typeof LANGS)[number];
export const DEFAULT_LANG: UiLang = 'kk';

export type UiKey = keyof typeof enCore | (string & {});

/**
 * One strict schema for the three dictionaries, built from the English keys: a key missing from
 * kk.json or ru.json, an extra key, or an empty translation of a non-empty string fails the build.
 */
const keys = Object.keys(en);
const Dictionary = z.object(Object.fromEntries(keys.map((k) => [k, en[k] === '' ? z.string() : z.string().min(1)]))).strict();

function validate(lang: UiLang, dict: unknown): Record<string, string> {
  const r = Dictionary.safeParse(dict);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`src/i18n/${lang}.json: ${issue?.path.join('.') || 'dictionary'}: ${issue?.message}. Fix: give every key of en.json a translation in ${lang}.json (and no other keys).`);
  }
  return r.data as Record<string, string>;
}

const dictionaries: Record<UiLang, Record<string, string>> = { kk: validate('kk', kk), ru: validate('ru', ru), en: validate('en', en) };

export function isLang(x: string | undefined): x is UiLang {
  return (LANGS as readonly string[]).includes(x ?? '');
}

/**
 * The translation function of a language: t('paper.paragraph', { n: 12 }). A placeholder written with
 * a capital ("{Papers} on …") takes the value with its first letter capitalised, for a value that
 * starts a sentence ("Six papers on …", from { papers: 'six papers' }).
 */
export function useTranslations(lang: UiLang) {
  const dict = dictionaries[lang];
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    (dict[key] ?? missing(lang, key)).replace(/\{(\w+)\}/g, (m, name: string) => {
      if (name in vars) return String(vars[name]);
      const lower = name.charAt(0).toLowerCase() + name.slice(1);
      if (lower === name || !(lower in vars)) return m;
      const value = String(vars[lower]);
      return value.charAt(0).toLocaleUpperCase(lang) + value.slice(1);
    });
}

/** Number formatting in the interface language. */
export const formatNumber = (lang: UiLang, n: number) => new Intl.NumberFormat(lang === 'kk' ? 'kk-KZ' : lang).format(n);

export const htmlLang = (lang: UiLang) => lang;

function missing(lang: UiLang, key: string): never {
  throw new Error(`UI string "${key}" does not exist (src/i18n/${lang}.json). Fix: add it to en.json, kk.json and ru.json.`);
}

/** getStaticPaths of the pages that exist once per interface language. */
export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));
