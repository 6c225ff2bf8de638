/**
 * From the text a reader typed to what is searched. The query is repaired (PDF letters), cut into
 * words, each word gets its keys (src/lib/search/shared/keys.ts), glossary phrases become one concept
 * searched in three languages, and function words are left out (an index of passages needs every
 * searched word in the same passage).
 *
 * A concept is found in a passage when any of its alternatives is (each alternative is a phrase
 * of keys that must all occur); the executor ranks passages by how many concepts they hold.
 */
import { GlossaryIndex, type GlossaryMatch } from './glossary.ts';
import { englishStem } from './english.ts';
import { wordKeys, type WordKeys } from './keys.ts';
import { CYRILLIC, KAZAKH_LETTERS, indexForm, queryWords, repairQuery } from './normalize.ts';
import { russianStem } from './russian.ts';
import { LANG } from '../../../site/languages.ts';

export interface Concept {
  /** What the reader typed for it. */
  label: string;
  /** Alternatives; each is a list of keys to be found together (an alternative per reading). */
  alternatives: string[][];
  /** Searched only when no alternative occurs in the index (Cyrillic readings of a Latin word). */
  fallback: string[][];
  /** Keys of short words (PR, ЕО, ел): they match whole words only, not every word they begin. */
  whole: string[];
}

export interface Plan {
  concepts: Concept[];
  /** The query as repaired, when the repair changed it. */
  repaired?: string;
  /** Glossary equivalents also searched (shown to the reader). */
  equivalents: GlossaryMatch[];
  /** Latin-script words and their Cyrillic readings. */
  readings: { word: string; readings: string[] }[];
}

/** Function words that would otherwise have to occur in every passage found. */
const STOPWORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'is', 'are', 'was', 'be', 'as', 'its', 'into', 'about', 'how', 'what',
  'и', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'не', 'что', 'как', 'а', 'но', 'к', 'о', 'об', 'из', 'от', 'до', 'за', 'у', 'же', 'ли', 'или', 'это',
  'және', 'мен', 'бен', 'пен', 'да', 'де', 'та', 'те', 'бұл', 'осы', 'ол', 'сол', 'үшін', 'туралы', 'немесе', 'әрі', 'ал', 'бірақ', 'деп', 'мен', 'арқылы',
]);

const SHORT_WORD = 3;

export interface PlanOptions {
  /** Search glossary equivalents (on unless the reader turned it off). */
  equivalents: boolean;
}

export function planQuery(q: string, glossary: GlossaryIndex | null, options: PlanOptions): Plan {
  const repaired = repairQuery(q);
  const words = queryWords(repaired);
  const keyed: WordKeys[] = words.map(wordKeys);
  const matches = options.equivalents && glossary ? glossary.match(keyed.map((k) => [...k.keys, ...k.fallback])) : [];
  const concepts: Concept[] = [];
  const content = keyed.filter((k) => !STOPWORDS.has(k.word));
  const kept = new Set(content.length ? content : keyed);

  for (let i = 0; i < keyed.length; i++) {
    const m = matches.find((x) => x.start === i);
    if (m) {
      const span = keyed.slice(m.start, m.end);
      const typed = span.map((k) => k.keys);
      const phrases = Object.values(m.terms).map((t) => queryWords(t).filter((w) => !STOPWORDS.has(w)).map((w) => wordKeys(w).keys[0] ?? w));
      concepts.push({
        label: span.map((k) => k.word).join(' '),
        alternatives: dedupe([...product(typed.filter((_, j) => !STOPWORDS.has(span[j]!.word) || typed.length === 1)), ...phrases]),
        fallback: [],
        whole: span.filter((k) => [...k.word].length <= SHORT_WORD).flatMap((k) => k.keys),
      });
      i = m.end - 1;
      continue;
    }
    const k = keyed[i]!;
    if (!kept.has(k)) continue;
    concepts.push({ label: k.word, alternatives: k.keys.map((key) => [key]), fallback: k.fallback.map((key) => [key]), whole: [...k.word].length <= SHORT_WORD ? k.keys : [] });
  }
  return {
    concepts,
    ...(repaired !== q.normalize('NFC') ? { repaired } : {}),
    equivalents: matches,
    readings: keyed.filter((k) => k.readings.length).map((k) => ({ word: k.word, readings: k.readings })),
  };
}

/** Every combination of one key per word (words with two keys are rare; capped at eight). */
function product(lists: string[][]): string[][] {
  let out: string[][] = [[]];
  for (const list of lists) out = out.flatMap((prefix) => list.map((k) => [...prefix, k])).slice(0, 8);
  return out.filter((p) => p.length);
}

function dedupe(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((p) => p.length && !seen.has(p.join(' ')) && seen.add(p.join(' ')));
}

/** A URL or an e-mail address: its parts are indexed as words, but it is never a searched word. */
const ADDRESS = /^[("«]*(?:https?:|www\.)|\/\/|@|\.(?:com|org|net|gov|edu|kz|ru)(?:\/|$|[^\p{L}])/iu;

/**
 * Which words of a found passage are forms of a searched word, for the marks of an excerpt and the
 * ?highlight= terms of its link. The index matches keys as word prefixes, which finds more than the
 * forms of a word; here the passage's language decides: a Russian word must have the stem of a
 * searched word (выборы → выборах, выборов, not выборка, "a sample"), a Latin-script word in a Russian
 * or English passage likewise with the English stemmer (embassy → embassies, not embassyofthe…); a
 * Kazakh word, whose suffixes are many, needs only to begin with a searched key. A URL or an e-mail
 * address is never a form, and a hyphenated word is judged by its whole and by each of its parts.
 */
export function formMatcher(plan: Plan): (word: string, passageLang: string) => boolean {
  const keys = plan.concepts.flatMap((c) => [...c.alternatives, ...c.fallback].flat());
  const searched = [
    ...plan.concepts.flatMap((c) => queryWords(c.label)),
    ...plan.readings.flatMap((r) => r.readings),
    ...plan.equivalents.flatMap((m) => Object.values(m.terms).flatMap((t) => queryWords(t ?? ''))),
  ].map(indexForm);
  const ru = new Set(searched.filter((w) => CYRILLIC.test(w) && !KAZAKH_LETTERS.test(w)).map(russianStem));
  const en = new Set(searched.filter((w) => LATIN_WORD.test(w)).map(englishStem));
  const isForm = (w: string, lang: string): boolean => {
    if (!w) return false;
    if (LATIN_WORD.test(w) && (lang === LANG.en || lang === LANG.ru)) return en.has(englishStem(w));
    if (lang === LANG.ru && CYRILLIC_WORD.test(w) && !KAZAKH_LETTERS.test(w)) return ru.has(russianStem(w));
    return keys.some((k) => w.startsWith(k));
  };
  return (word, lang) => !ADDRESS.test(word) && [word, ...word.split(/[-‐‑–]/u)].some((part) => isForm(indexForm(part), lang));
}

const LATIN_WORD = /^[a-z0-9]+$/;
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}0-9]+$/u;
