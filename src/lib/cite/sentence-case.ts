/*
 * APA 7 (6.17) sentence case for English titles: capitals only for the first word, the first word after
 * a colon, and proper nouns. A word counts as a proper noun when the given context (the work's own
 * abstract) writes it capitalised inside a sentence, or when it follows one ("Kazakh Khanate"); acronyms
 * (PR, EXPO) keep their capitals. Pure.
 */
const capitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);

export function sentenceCase(title: string, context: string): string {
  const proper = new Set<string>();
  for (const m of context.matchAll(/(?<![.!?:]\s|^)\b(\p{Lu}\p{Ll}+)/gu)) proper.add(m[1]!);
  const bare = (w: string) => w.replace(/^[^\p{L}]+|(?:'s|’s)?[^\p{L}]*$/gu, '');
  let keepNext = true;
  let prevProper = false;
  return title.split(' ').map((word) => {
    const b = bare(word);
    const follows = prevProper && capitalised(b);
    const keep = keepNext || !capitalised(b) || proper.has(b) || follows;
    keepNext = word.endsWith(':');
    // A name runs on only within a phrase ("Kazakh Khanate"), not across punctuation.
    prevProper = capitalised(b) && (proper.has(b) || follows) && !/[:,;]$|['’]s$/.test(word);
    return keep ? word : word.charAt(0).toLowerCase() + word.slice(1);
  }).join(' ').replace(/: (\p{Ll})/u, (_m, c: string) => `: ${c.toUpperCase()}`);
}
