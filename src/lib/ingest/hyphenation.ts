/**
 * Hyphenation: a word split at a line end (or by "- " inside a line) is joined when the split is a
 * typesetting artefact, and keeps its hyphen when it is a real compound (қарым-қатынас, веб-порталы,
 * e-gov, БҰҰ-ның, 18-29). The decision uses the paper's own vocabulary:
 *  1. digits, an upper-case abbreviation, a capital on the right (Әл-Иракия), a change of script
 *     or a one-letter left half (e-gov): a real hyphen;
 *  2. the hyphenated form occurs elsewhere in the paper more often than the joined one: keep;
 *  3. the joined form occurs elsewhere in the paper: join;
 *  3a. the halves begin alike, as the halves of a Kazakh paired word do (қам-қаракеті): keep;
 *  3b. the right half repeats the left half's last consonant and is no word of the paper (сурет-|теледі): join;
 *  4. the right half is a word of the paper away from any split (тарихи in хронологиялық-тарихи,
 *     whose rare left half occurs nowhere else): keep;
 *  5. both halves are words of the paper on their own: keep (a compound);
 *  6. otherwise the right half is a word fragment (тілігін, церіне): join.
 */

export interface Vocabulary {
  words: Map<string, number>;
  compounds: Map<string, number>;
  /** Right halves of split words (the line after "сурет-", the word after "тартым- "): counted in `words` too. */
  fragments: Map<string, number>;
}

const WORD = /[\p{L}\p{M}]+/gu;
const COMPOUND = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)+/gu;

export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const words = new Map<string, number>();
  const compounds = new Map<string, number>();
  const fragments = new Map<string, number>();
  let split = false;
  for (const text of texts) {
    // Words split at a line end are not evidence: drop the fragment before a final hyphen, and
    // note the fragment after it, so that a split is never taken as evidence for itself.
    const right = split ? text.match(/^\s*(\p{Ll}[\p{L}\p{M}]*)/u)?.[1] : undefined;
    if (right) bump(fragments, right.toLowerCase());
    for (const m of text.matchAll(/[\p{L}\p{M}]+-\s+(\p{Ll}[\p{L}\p{M}]*)/gu)) bump(fragments, (m[1] as string).toLowerCase());
    split = /[\p{L}\p{M}]-\s*$/u.test(text);
    const body = text.replace(/[\p{L}\p{M}]+-\s*$/u, '').replace(/[\p{L}\p{M}]+-\s+(?=\p{Ll})/gu, ' ');
    for (const m of body.matchAll(WORD)) bump(words, m[0].toLowerCase());
    for (const m of body.matchAll(COMPOUND)) bump(compounds, m[0].toLowerCase());
  }
  return { words, compounds, fragments };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export type HyphenDecision = 'join' | 'keep';

/** Decides what to do with `left-` followed by `right` (both raw words). */
export function decideHyphen(left: string, right: string, vocab: Vocabulary): HyphenDecision {
  if (/\d$/.test(left) || /^\d/.test(right)) return 'keep';
  if (/^\p{Lu}/u.test(right)) return 'keep';
  if (left.length > 1 && left === left.toUpperCase() && left !== left.toLowerCase()) return 'keep';
  const script = (s: string) => (/\p{Script=Cyrillic}/u.test(s) ? 'cyr' : /\p{Script=Latin}/u.test(s) ? 'lat' : 'other');
  if (script(left) !== script(right)) return 'keep';
  if (left.length === 1) return 'keep';
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const joined = vocab.words.get(l + r) ?? 0;
  const hyphenated = vocab.compounds.get(`${l}-${r}`) ?? 0;
  if (hyphenated > joined) return 'keep';
  if (joined > 0) return 'join';
  // A Kazakh paired word (қос сөз) whose halves alliterate: қам-қарекет, жан-жақты, қарым-қатынас.
  if (l.length >= 3 && r.length >= 3 && l.slice(0, 2) === r.slice(0, 2)) return 'keep';
  if ((vocab.words.get(r) ?? 0) > (vocab.fragments.get(r) ?? 0)) return 'keep';
  // A suffix cut off at a doubled consonant (сурет-|теледі → суреттеледі): the right half begins
  // with the left half's last consonant and is never seen in the paper except after this split.
  const seen = (w: string) => (vocab.words.get(w) ?? 0) - (vocab.fragments.get(w) ?? 0);
  if (/[^аәеиоөуұүыіэюя]$/u.test(l) && r[0] === l.at(-1) && /^.[аәеиоөуұүыіэюя]/u.test(r) && seen(r) <= 0) return 'join';
  if ((vocab.words.get(l) ?? 0) > 0 && (vocab.words.get(r) ?? 0) > 0) return 'keep';
  return 'join';
}

export interface JoinResult {
  text: string;
  /**
   * 'space' for an ordinary line join, the hyphen decision when the line ended in a split word,
   * 'suffix' for a suffix after a closing quote («G-global»-ды), 'tight' before a line that starts
   * with punctuation.
   */
  how: 'space' | 'tight' | 'suffix' | HyphenDecision;
}

/** Joins the next line of a paragraph to the text so far. */
export function joinLines(before: string, next: string, vocab: Vocabulary): JoinResult {
  const a = before.replace(/\s+$/, '');
  const b = next.replace(/^\s+/, '');
  // A suffix after a closing quote or bracket: «G-global»- / ды → «G-global»-ды.
  if (/[»”")]-$/u.test(a) && /^\p{Ll}/u.test(b)) return { text: a + b, how: 'suffix' };
  // A line that starts with punctuation (a stray comma, 004:5063) is not preceded by a space.
  if (/^[,.;:!?)\]»]/u.test(b) && a !== '') return { text: a + b, how: 'tight' };
  const m = a.match(/([\p{L}\p{M}\d]+)-$/u);
  const n = b.match(/^([\p{L}\d][\p{L}\p{M}\d]*)/u);
  if (m && n) {
    const how = decideHyphen(m[1] as string, n[1] as string, vocab);
    return { text: how === 'join' ? a.slice(0, -1) + b : a + b, how };
  }
  return { text: a === '' ? b : `${a} ${b}`, how: 'space' };
}

/**
 * Splits inside a line, "тартым- дылығына": joined when the rules above say so; a real compound
 * written with a stray space is left exactly as printed.
 */
export function joinInlineSplits(text: string, vocab: Vocabulary): { text: string; joined: string[] } {
  const joined: string[] = [];
  const out = text.replace(/([\p{L}\p{M}]+)- (\p{Ll}[\p{L}\p{M}]*)/gu, (all, left: string, right: string) => {
    const how = decideHyphen(left, right, vocab);
    if (how === 'keep') {
      return /\p{Script=Latin}/u.test(left) && /\p{Script=Cyrillic}/u.test(right) ? `${left}-${right}` : all;
    }
    joined.push(`${left}${right}`);
    return `${left}${right}`;
  });
  return { text: out, joined };
}
