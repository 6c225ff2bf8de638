import { LANG, type Lang } from '../../site/languages.ts';

const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * The language of a block of text: Latin-script text is English; Cyrillic text with the letters
 * that only Kazakh uses (ә ғ қ ң ө ұ ү һ і) at more than 1.5 % is Kazakh, otherwise Russian. Blocks
 * too short to tell take the paper's main language, unless they are in Latin script only: the
 * papers write Kazakh and Russian in Cyrillic, so a short Latin heading ("Abstract") is English,
 * while a short Cyrillic phrase around Latin names ("Facebook және Instagram") is not.
 */
export function detectLanguage(text: string, fallback: Lang): Lang {
  const cyr = text.match(CYRILLIC)?.length ?? 0;
  const lat = text.match(LATIN)?.length ?? 0;
  if (cyr + lat < 12) return cyr === 0 && lat > 0 ? LANG.en : fallback;
  if (lat > cyr * 2) return cyr > 0 && cyr + lat < 40 ? fallback : LANG.en;
  if (cyr < lat) return fallback;
  const kk = text.match(KAZAKH_ONLY)?.length ?? 0;
  if (kk / cyr > 0.015) return LANG.kk;
  return cyr >= 40 ? LANG.ru : fallback;
}

/**
 * The language of a heading, from its own script and the section it heads: a heading in Latin
 * script only is English; one with a letter only Kazakh uses is Kazakh («Аңдатпа»); any other
 * Cyrillic heading («Аннотация», «Ключевые слова»), which Russian and Kazakh can share, takes the
 * language of its section (the first block under it, `section`) when that is Kazakh or Russian.
 * A heading is too short for letter counts, and the paper's main language is no evidence: in an
 * English-first paper «Аннотация» heads the Russian abstract.
 */
export function headingLanguage(text: string, section: Lang | undefined, fallback: Lang): Lang {
  const cyr = text.match(CYRILLIC)?.length ?? 0;
  const lat = text.match(LATIN)?.length ?? 0;
  if (lat > 0 && cyr === 0) return LANG.en;
  if (cyr > 0 && (text.match(KAZAKH_ONLY)?.length ?? 0) > 0) return LANG.kk;
  if (cyr > 0 && lat === 0) return section === LANG.kk || section === LANG.ru ? section : fallback === LANG.en ? LANG.ru : fallback;
  return section ?? detectLanguage(text, fallback);
}
