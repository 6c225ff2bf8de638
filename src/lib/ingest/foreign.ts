import { detectLanguage } from './language.ts';
import type { ForeignSpan } from './blocks.ts';
import { LANG, type Lang } from '../../site/languages.ts';

/**
 * Passages in another language inside a block: a Russian quotation in a Kazakh paragraph, an
 * English footnote in a Kazakh one. A block is cut into sentences and quotations; a run of them of
 * eight words or more whose language differs from the block's is marked, so that the page can give
 * it its own `lang`. The block's own language is that of the majority of its words.
 */
const MIN_WORDS = 8;
const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
/** Words Russian uses all the time and Kazakh never: evidence that a Cyrillic passage is Russian. */
const RUSSIAN_WORDS = /(?:^|[\s«"(])(?:и|в|на|не|что|с|по|для|это|как|от|из|к|его|она|они|но|или|также|которые|который|при)(?=[\s,.;:»")]|$)/giu;

/** Sentences and quotations of a text, as [start, end) ranges that cover it. */
export function segments(text: string): [number, number][] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of text.matchAll(/[.!?…]["»”)\]]*\s+(?=[\p{Lu}«"“(\d])/gu)) cuts.add(m.index! + m[0].length);
  for (const m of text.matchAll(/[«“]/gu)) cuts.add(m.index!);
  for (const m of text.matchAll(/[»”]/gu)) cuts.add(m.index! + 1);
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((s, i) => [s, sorted[i + 1]!] as [number, number]).filter(([s, e]) => text.slice(s, e).trim() !== '');
}

const words = (s: string) => s.match(/[\p{L}\d][\p{L}\p{M}\d'’-]*/gu)?.length ?? 0;

/** The language of one segment, or undefined when it is too short to tell. */
function segmentLanguage(s: string): Lang | undefined {
  return words(s) < 3 ? undefined : detectLanguage(s, LANG.kk);
}

/**
 * Is a segment really a passage in `lang`, inside a block in `blockLang`? Russian inside Kazakh
 * needs Russian's function words and no Kazakh letter (a Kazakh sentence can lack ә, ғ, қ …); an
 * English passage needs English words, not only names («The New York Times», B. Hocking).
 */
function isPassage(s: string, lang: Lang, blockLang: Lang): boolean {
  if (lang === LANG.ru && blockLang === LANG.kk) {
    // A quotation («…») needs only one of Russian's function words; running text two.
    const functionWords = s.match(RUSSIAN_WORDS)?.length ?? 0;
    return !KAZAKH_ONLY.test(s) && (functionWords >= 2 || (functionWords >= 1 && /^\s*[«“"]/u.test(s)));
  }
  if (lang === LANG.en) return (s.match(/(?:^|[\s(«"“])\p{Ll}[\p{Ll}'’-]+/gu)?.length ?? 0) >= 4;
  return true;
}

/**
 * The block's language and its foreign passages. `fallback` is the paper's main language, for
 * blocks too short to tell.
 */
export function foreignPassages(text: string, fallback: Lang): { lang: Lang; spans: ForeignSpan[] } {
  const segs = segments(text).map(([start, end]) => ({ start, end, lang: segmentLanguage(text.slice(start, end)) }));
  const whole = detectLanguage(text, fallback);
  // The block's language: the whole text's, unless most of its words are in passages of another.
  const count = new Map<Lang, number>();
  for (const s of segs) if (s.lang && isPassage(text.slice(s.start, s.end), s.lang, whole)) count.set(s.lang, (count.get(s.lang) ?? 0) + words(text.slice(s.start, s.end)));
  const majority = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const lang = majority ?? whole;
  // Segments too short to tell (a citation "[87]" between two quotations) belong to the block.
  for (const s of segs) if (!s.lang || !isPassage(text.slice(s.start, s.end), s.lang, lang)) s.lang = lang;
  // Runs of adjacent segments in one other language.
  const spans: ForeignSpan[] = [];
  for (const s of segs) {
    if (!s.lang || s.lang === lang) continue;
    const last = spans.at(-1);
    if (last && last.lang === s.lang && text.slice(last.end, s.start).trim() === '') last.end = s.end;
    else spans.push({ start: s.start, end: s.end, lang: s.lang });
  }
  // An English title or phrase inside a sentence of another language: eight Latin-script words or
  // more in a row, with English function words among them ("Soft Power: The Means to Success in …").
  if (lang !== LANG.en) {
    for (const m of text.matchAll(/[A-Za-z][A-Za-z'’-]*(?:[\s,:;]+[A-Za-z][A-Za-z'’-]*){7,}/g)) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (spans.some((sp) => sp.start < end && sp.end > start)) continue;
      if ((m[0].match(/\b(?:the|of|to|in|and|for|on|with|a|an)\b/g)?.length ?? 0) >= 2) spans.push({ start, end, lang: LANG.en });
    }
    spans.sort((a, b) => a.start - b.start);
  }
  // Trim white space off each span; keep those of eight words or more.
  return {
    lang,
    spans: spans.map((sp) => {
      const raw = text.slice(sp.start, sp.end);
      const lead = raw.length - raw.trimStart().length;
      return { start: sp.start + lead, end: sp.start + raw.trimEnd().length, lang: sp.lang };
    }).filter((sp) => words(text.slice(sp.start, sp.end)) >= MIN_WORDS),
  };
}
