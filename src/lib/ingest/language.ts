import type { Lang } from './manifest.ts';

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
  if (cyr + lat < 12) return cyr === 0 && lat > 0 ? 'en' : fallback;
  if (lat > cyr * 2) return cyr > 0 && cyr + lat < 40 ? fallback : 'en';
  if (cyr < lat) return fallback;
  const kk = text.match(KAZAKH_ONLY)?.length ?? 0;
  if (kk / cyr > 0.015) return 'kk';
  return cyr >= 40 ? 'ru' : fallback;
}
