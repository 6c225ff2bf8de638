/**
 * A light English stemmer for search keys (the index has none): plural and verbal endings go,
 * and the stem is searched as a prefix, so "elections" finds "election", "policies" and "policy"
 * meet at "polic", "networks" finds "network".
 */
export function englishStem(word: string): string {
  if (word.length < 4) return word;
  const rules: [RegExp, string][] = [
    [/ies$/, ''], [/(ss|us|is)$/, '$1'], [/(s|x|z|ch|sh)es$/, '$1'], [/([^s])s$/, '$1'],
  ];
  let w = word;
  for (const [re, to] of rules) if (re.test(w)) { w = w.replace(re, to); break; }
  if (w.length > 5 && /ing$/.test(w)) w = w.slice(0, -3);
  else if (w.length > 4 && /ed$/.test(w)) w = w.slice(0, -2);
  if (w.length > 4 && /y$/.test(w)) w = w.slice(0, -1);
  return w;
}
