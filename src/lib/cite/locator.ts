import type { Lang } from '../../site/languages.ts';
import type { StyleId } from '../../site/cite-styles.ts';

/*
 * How a paragraph is named inside a citation. The interface language decides (абз. 12 / 12-абзац);
 * in English each style has its abbreviation (APA "para.", MLA and Chicago "par.").
 * Pure and dependency-free: the browser uses it too.
 */
const PATTERN: Record<Lang, string | Record<StyleId, string>> = {
  kk: '{n}-абзац',
  ru: 'абз. {n}',
  en: { 'gost-2018': 'para. {n}', 'gost-2008': 'para. {n}', apa: 'para. {n}', mla: 'par. {n}', chicago: 'par. {n}' },
};

/** GOST styles start a new area with the locator ("— Абз. 12"), so it takes a capital there. */
const areaInitial = (style: StyleId) => style.startsWith('gost');

/** The locator with "{n}" where the number goes: "абз. {n}", "{n}-абзац", "Para. {n}". */
export function locatorPattern(lang: Lang, style: StyleId): string {
  const entry = PATTERN[lang];
  const p = typeof entry === 'string' ? entry : entry[style];
  return areaInitial(style) ? p.charAt(0).toUpperCase() + p.slice(1) : p;
}
