/**
 * A light Russian stemmer for search keys. The index has no Russian stemmer (one index, built as
 * Kazakh, serves all three languages), so a Russian query word loses its inflectional ending and is
 * searched as a prefix: дипломатии → дипломат (finds дипломатия, дипломатии, дипломатический),
 * мягкая → мягк, силы → сил. It works on words already folded as the index folds them (ё → е, й → и),
 * so its endings are written folded too: -ый is "ыи", -ой is "ои".
 */

/** Noun, adjective and participle endings, longest first. */
const ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'иеи', 'иях', 'иям', 'ием',
  'ов', 'ев', 'ах', 'ях', 'ам', 'ям', 'ом', 'ем', 'ои', 'еи', 'ыи', 'ии', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие',
  'ую', 'юю', 'ых', 'их', 'ым', 'им', 'ия', 'ию', 'ье', 'ья', 'ью',
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь',
] as const;

const VOWELS = /[аеиоуыэюя]/u;

/** The stem of a (folded, lower-case) Russian word: one ending removed, three letters kept. */
export function russianStem(word: string): string {
  if (word.length < 4) return word;
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 3 && VOWELS.test(word.slice(0, -e.length)));
  return ending ? word.slice(0, word.length - ending.length) : word;
}
