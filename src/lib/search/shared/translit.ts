/**
 * Latin-script Kazakh → Cyrillic, for queries typed in the official Latin alphabet (2021: ä ğ q ñ ö
 * ū ü ı i, with ş/ç or sh/ch) or in the informal transliteration of chats and passports (sh, ch, zh,
 * kh, gh, ng, q, u/w, y, ya/ia).
 *
 * The official letters map one to one. The informal ones are ambiguous (u is у, ұ or ү; k is к or
 * қ), so they follow vowel harmony: a word whose vowels are back (a o u y ı) takes the back letters
 * (қ ғ ұ ы), a word with front vowels (e i ä ö ü) the front ones (к г ү і); a word with both is a
 * loanword and is read the Russian way (и, у, к, г). Where harmony cannot tell (only u or o), both
 * readings are returned (two at most). The caller searches them and keeps those the index knows.
 */

const OFFICIAL: Readonly<Record<string, string>> = {
  'ä': 'ә', 'ğ': 'ғ', 'ǵ': 'ғ', 'q': 'қ', 'ñ': 'ң', 'ń': 'ң', 'ö': 'ө', 'ó': 'ө', 'ū': 'ұ', 'ü': 'ү', 'ú': 'ү',
  'ı': 'ы', 'ş': 'ш', 'ç': 'ч', 'j': 'ж', 'á': 'ә', 'ý': 'у', 'w': 'у', 'v': 'в', 'f': 'ф', 'c': 'с',
  'b': 'б', 'd': 'д', 'l': 'л', 'm': 'м', 'n': 'н', 'p': 'п', 'r': 'р', 's': 'с', 't': 'т', 'z': 'з', 'x': 'х', 'h': 'х',
};
const DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['kh', 'х'], ['gh', 'ғ'], ['ts', 'ц'],
];
/** Letters only the Latin Kazakh alphabets have: a word with one of them is Kazakh for sure. */
export const KAZAKH_LATIN = /[äğǵqñńöóūüúışçáý]/u;

type Reading = 'back' | 'front' | 'loan';

/** The letters whose reading depends on vowel harmony. */
const BY_READING: Record<Reading, Readonly<Record<string, string>>> = {
  back: { a: 'а', o: 'о', u: 'ұ', y: 'ы', i: 'и', e: 'е', k: 'қ', g: 'ғ' },
  front: { a: 'ә', o: 'ө', u: 'ү', y: 'і', i: 'і', e: 'е', k: 'к', g: 'г' },
  loan: { a: 'а', o: 'о', u: 'у', y: 'ы', i: 'и', e: 'е', k: 'к', g: 'г' },
};
const IOTATED: Readonly<Record<string, string>> = { a: 'я', u: 'ю', o: 'ё', e: 'е' };
const LATIN_VOWEL = /[aeiouyäöüıūéáóúý]/;

function readingsOf(word: string): Reading[] {
  const plain = word.replace(/sh|ch|zh|kh|gh/g, '');
  const front = /[eiäöüé]/.test(plain);
  const back = /[aıū]/.test(plain) || /[^aeiou]y|y$/.test(plain);
  if (KAZAKH_LATIN.test(word)) return [front && !back ? 'front' : back && !front ? 'back' : 'loan'];
  if (front && back) return ['loan', 'front', 'back'];
  if (front) return ['front', 'loan'];
  if (back) return ['back', 'loan'];
  return ['back', 'front'];
}

function transliterateAs(word: string, reading: Reading): string {
  const letters = BY_READING[reading];
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const digraph = DIGRAPHS.find(([l]) => word.startsWith(l, i));
    if (digraph) { out += digraph[1]; i += digraph[0].length - 1; continue; }
    const c = word[i] as string;
    const next = word[i + 1] ?? '';
    const afterVowel = i > 0 && LATIN_VOWEL.test(word[i - 1] as string);
    if (c === 'y' && IOTATED[next]) { out += IOTATED[next]; i++; continue; }            // ya yu yo ye
    if (c === 'i' && next === 'i' && word[i + 2] === 'a') { out += 'ия'; i += 2; continue; } // -iia
    if (c === 'i' && IOTATED[next] && (afterVowel || !LATIN_VOWEL.test(word[i + 2] ?? ''))) {
      out += (afterVowel ? '' : 'и') + IOTATED[next]; i++; continue;                     // saiasat, diplomatia
    }
    if ((c === 'y' || c === 'i') && afterVowel) { out += 'й'; continue; }              // bailanys, saylau
    if ((c === 'u' || c === 'w') && afterVowel) { out += 'у'; continue; }              // saylau
    if (c === 'e' && i === 0 && reading === 'loan') { out += 'э'; continue; }          // ekonomika
    if (c === 'n' && next === 'g' && !LATIN_VOWEL.test(word[i + 2] ?? '') && reading !== 'loan') { out += 'ң'; i++; continue; }
    out += letters[c] ?? OFFICIAL[c] ?? c;
  }
  return out;
}

/** The Cyrillic readings of a Latin-script word (at most two), most likely first, without repeats. */
export function latinToCyrillic(word: string): string[] {
  return [...new Set(readingsOf(word).map((r) => transliterateAs(word, r)))].slice(0, 2);
}
