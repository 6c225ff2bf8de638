/**
 * Kazakh search keys: the query side of Kazakh-aware matching.
 *
 * Pagefind has no Kazakh stemmer. The index keeps every word as printed, and Pagefind matches a query
 * word as the prefix of indexed words (ranking exact and near-exact lengths first). So a Kazakh query
 * word is cut back to its stem and the stem is searched as a prefix:
 *
 * 1. Inflection is stripped from the end, one suffix per slot, case first (ның, ға, да, дан, мен,
 *    ны, дағы …), then possessive (ы/сы, ын/сын, іміз …), then plural (лар/лер/дар/дер/тар/тер), so
 *    дипломатиясының → дипломатиясы → дипломатия, мемлекеттерінің → мемлекеттері → мемлекеттер → мемлекет. A stem keeps at least
 *    three letters and a vowel (four before a one-letter suffix); derivational suffixes (лық, шы …)
 *    stay, because they make other words (хан → хандық).
 * 2. Consonant alternation: a stem-final қ/ғ, к/г, п/б alternates before a vowel (хандық → хандығы,
 *    кітап → кітабы), so a stem ending in one of them drops it: хандығы → хандығ → «ханды»,
 *    хандық → «ханды». Root and forms meet at that prefix: the root finds its forms and back.
 * 3. Roots that lose their last vowel before a suffix (халық → халқы, орын → орны) are listed: the
 *    key is then both prefixes (халы…, халқ…).
 *
 * A key is a prefix, so an over-cut stem only widens what is found (ranked after exact words);
 * it never loses a form of the word.
 */

const VOWELS = /[аәеёиоөуұүыіэюя]/u;

/**
 * Suffixes by slot, in the order Kazakh attaches them: stem + plural + possessive + case. Stripping
 * goes from the end, so a case suffix may be followed (leftwards) by a possessive and a plural, a
 * possessive by a plural only, and each slot is used once: қазақстандағы loses -дағы, not -тан too.
 */
// After a possessive, -ндағы/-нда read as -дағы/-да plus the possessive's -н (саясат·ын·да), which
// keeps қазақстан·дағы from being cut as қазақста·ндағы.
const CASE = [
  'дағы', 'дегі', 'тағы', 'тегі',
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нан', 'нен', 'дан', 'ден', 'тан', 'тен', 'мен', 'бен', 'пен',
  'ға', 'ге', 'қа', 'ке', 'на', 'не', 'да', 'де', 'та', 'те', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
];
/** Possessive (with -н, the accusative/oblique form it takes after the 3rd person). */
const POSSESSIVE = ['ымыз', 'іміз', 'ыңыз', 'іңіз', 'мыз', 'міз', 'сын', 'сін', 'сы', 'сі', 'ын', 'ін', 'ы', 'і'];
const PLURAL = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'];
const SLOTS = [CASE, POSSESSIVE, PLURAL].map((list) => [...list].sort((a, b) => b.length - a.length));

/** A stem-final consonant that alternates with its voiced pair before a vowel. */
const ALTERNATING = /[қғкгпб]$/u;

/** Roots that drop their last vowel before a suffix beginning with a vowel: full ↔ contracted. */
const CONTRACTED: ReadonlyArray<readonly [string, string]> = [
  ['халық', 'халқ'], ['нарық', 'нарқ'], ['орын', 'орн'], ['ауыз', 'ауз'], ['мұрын', 'мұрн'], ['ерін', 'ерн'],
  ['қалып', 'қалп'], ['құлық', 'құлқ'], ['ғұрып', 'ғұрп'], ['көрік', 'көрк'], ['парық', 'парқ'], ['ырық', 'ырқ'],
];

function canStrip(word: string, suffix: string): boolean {
  const rest = word.slice(0, word.length - suffix.length);
  return rest.length >= (suffix.length === 1 ? 4 : 3) && VOWELS.test(rest);
}

/** The stem of a Kazakh word (lower case, Cyrillic): inflectional suffixes stripped. */
export function kazakhStem(word: string): string {
  let stem = word;
  for (const slot of SLOTS) {
    const suffix = slot.find((s) => stem.endsWith(s) && canStrip(stem, s));
    if (suffix) stem = stem.slice(0, stem.length - suffix.length);
  }
  return stem;
}

/**
 * The prefixes to search for a Kazakh word: usually one (хандығы → ["ханды"]), two for a
 * contracting root (халқы → ["халы", "халқ"]).
 */
export function kazakhKeys(word: string): string[] {
  const stem = kazakhStem(word);
  for (const [full, short] of CONTRACTED) {
    if (stem === full || stem === short) return [dropAlternating(full), short];
  }
  return [dropAlternating(stem)];
}

function dropAlternating(stem: string): string {
  return ALTERNATING.test(stem) && stem.length >= 5 ? stem.slice(0, -1) : stem;
}
