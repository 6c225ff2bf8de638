import { z } from 'astro/zod';
import enCore from '../../i18n/en.json';
import kkCore from '../../i18n/kk.json';
import ruCore from '../../i18n/ru.json';
import { intlLocale, LANG, LANGS, type Lang } from '../../site/languages.ts';
import { interpolate } from './interpolate.ts';

/*
 * Feature areas keep their strings in src/i18n/parts/{area}.{lang}.json; they are merged into the
 * three dictionaries and checked by the same strict schema as the core files. The English parts are
 * imported by name, so the type of a key knows them; a new area's kk or ru file without its English
 * file imported here brings keys the schema does not know, and the build stops.
 */
import chartsEn from '../../i18n/parts/charts.en.json';
import citeEn from '../../i18n/parts/cite.en.json';
import figuresEn from '../../i18n/parts/figures.en.json';
import growthEn from '../../i18n/parts/growth.en.json';
import readingEn from '../../i18n/parts/reading.en.json';
import resultsEn from '../../i18n/parts/results.en.json';
import searchEn from '../../i18n/parts/search.en.json';
import translationEn from '../../i18n/parts/translation.en.json';

const parts = import.meta.glob<Record<string, string>>('../../i18n/parts/*.json', { eager: true, import: 'default' });
const partsOf = (lang: Lang) => Object.assign({}, ...Object.entries(parts).filter(([f]) => f.endsWith(`.${lang}.json`)).map(([, d]) => d)) as Record<string, string>;
const AREAS = { charts: chartsEn, cite: citeEn, figures: figuresEn, growth: growthEn, reading: readingEn, results: resultsEn, search: searchEn, translation: translationEn };
const en = { ...enCore, ...chartsEn, ...citeEn, ...figuresEn, ...growthEn, ...readingEn, ...resultsEn, ...searchEn, ...translationEn };
const cores: Record<Lang, Record<string, string>> = { kk: kkCore, ru: ruCore, en };

/** A key of the dictionaries: a mistyped key fails type-checking (tests/unit/i18n-keys.test.ts). */
export type UiKey = keyof typeof en;

/**
 * One strict schema for the three dictionaries, built from the English keys: a key missing from
 * kk.json or ru.json, an extra key, or an empty translation of a non-empty string fails the build.
 */
const english: Record<string, string> = en;
const Dictionary = z.object(Object.fromEntries(Object.keys(en).map((k) => [k, english[k] === '' ? z.string() : z.string().min(1)]))).strict();

function validate(lang: Lang, dict: unknown): Record<string, string> {
  const r = Dictionary.safeParse(dict);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`src/i18n/${lang}.json: ${issue?.path.join('.') || 'dictionary'}: ${issue?.message}. Fix: give every key of en.json a translation in ${lang}.json (and no other keys).`);
  }
  return r.data as Record<string, string>;
}

const dictionaries = Object.fromEntries(LANGS.map((lang) => [lang, validate(lang, { ...cores[lang], ...partsOf(lang) })])) as Record<Lang, Record<string, string>>;

/**
 * The translation function of a language: t('paper.paragraph', { n: 12 }). A placeholder written with
 * a capital ("{Papers} on …") takes the value with its first letter capitalised, for a value that
 * starts a sentence ("Six papers on …", from { papers: 'six papers' }).
 */
export function useTranslations(lang: Lang) {
  const dict = dictionaries[lang];
  return (key: UiKey, vars: Record<string, string | number> = {}): string => interpolate(dict[key] ?? missing(lang, key), vars, lang);
}
export type Translate = ReturnType<typeof useTranslations>;

/** A key built from a prefix and a name known only at run time (`cite.style.${id}`), checked against the dictionaries. */
export function keyUnder<P extends string>(prefix: P, name: string | number): Extract<UiKey, `${P}.${string}`> {
  const key = `${prefix}.${name}`;
  if (!(key in english)) missing(LANG.en, key);
  return key as Extract<UiKey, `${P}.${string}`>;
}

/** The keys of a feature area (src/i18n/parts/{area}.en.json), in the file's order: the strings a browser script is given. */
export const areaKeys = <A extends keyof typeof AREAS>(area: A) => Object.keys(AREAS[area]) as (keyof (typeof AREAS)[A] & UiKey)[];

/** Number formatting in the interface language. */
export const formatNumber = (lang: Lang, n: number) => new Intl.NumberFormat(intlLocale(lang)).format(n);

function missing(lang: Lang, key: string): never {
  throw new Error(`UI string "${key}" does not exist (src/i18n/${lang}.json). Fix: add it to en.json, kk.json and ru.json.`);
}
