import { z } from 'astro/zod';
import en from '../../i18n/en.json';
import kk from '../../i18n/kk.json';
import ru from '../../i18n/ru.json';

export const LANGS = ['kk', 'ru', 'en'] as const;
export type UiLang = (typeof LANGS)[number];
export const DEFAULT_LANG: UiLang = 'kk';

export type UiKey = keyof typeof en;

/**
 * One strict schema for the three dictionaries, built from the English keys: a key missing from
 * kk.json or ru.json, an extra key, or an empty translation of a non-empty string fails the build.
 */
const keys = Object.keys(en) as UiKey[];
const Dictionary = z.object(Object.fromEntries(keys.map((k) => [k, en[k] === '' ? z.string() : z.string().min(1)]))).strict();

function validate(lang: UiLang, dict: unknown): Record<UiKey, string> {
  const r = Dictionary.safeParse(dict);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`src/i18n/${lang}.json: ${issue?.path.join('.') || 'dictionary'}: ${issue?.message}. Fix: give every key of en.json a translation in ${lang}.json (and no other keys).`);
  }
  return r.data as Record<UiKey, string>;
}

const dictionaries: Record<UiLang, Record<UiKey, string>> = { kk: validate('kk', kk), ru: validate('ru', ru), en: validate('en', en) };

export function isLang(x: string | undefined): x is UiLang {
  return (LANGS as readonly string[]).includes(x ?? '');
}

/** The translation function of a language: t('paper.paragraph', { n: 12 }). */
export function useTranslations(lang: UiLang) {
  const dict = dictionaries[lang];
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    dict[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Number formatting in the interface language. */
export const formatNumber = (lang: UiLang, n: number) => new Intl.NumberFormat(lang === 'kk' ? 'kk-KZ' : lang).format(n);

export const htmlLang = (lang: UiLang) => lang;
