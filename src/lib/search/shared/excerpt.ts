/**
 * What a result shows: the paragraph of the passage that holds most of the matches, its number
 * (from the p{n} anchors Pagefind recorded with word positions), an excerpt of about `length` words
 * around the densest matches with the matched words marked, and the matched words themselves (for
 * highlighting them on the page the result opens).
 */

export interface PassageData {
  content: string;
  anchors: { id: string; location: number }[];
  meta: Record<string, string>;
}

export interface Excerpt {
  /** Id to link to: the paragraph's (p12), else the passage's first anchor, else none. */
  anchor: string;
  /** The printed paragraph number, when the anchor is a paragraph. */
  paragraph: number | null;
  /** The excerpt as runs of text, marked or not. */
  parts: { text: string; mark: boolean }[];
  /** The matched words as printed (without punctuation), for ?highlight=. */
  terms: string[];
}

const WORDS = /[^\S\uFEFF]+/;
const PARAGRAPH = /^p(\d+)$/;

/**
 * `accept` says which matched words count (see `formMatcher` in plan.ts): the others are neither
 * marked nor highlighted, and an excerpt none of whose matches counts has no `terms`.
 */
export function buildExcerpt(data: PassageData, found: readonly number[], length = 30, accept: (word: string) => boolean = () => true): Excerpt {
  const words = data.content.split(WORDS);
  const locations = found.filter((l) => accept(words[l] ?? ''));
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
  // Paragraph spans: [start, end) in word positions.
  const spans = anchors.map((a, i) => ({ id: a.id, start: a.location, end: anchors[i + 1]?.location ?? words.length }));
  const inSpan = (s: { start: number; end: number }) => locations.filter((l) => l >= s.start && l < s.end).length;
  const best = spans.reduce<(typeof spans)[number] | undefined>((b, s) => (!b || inSpan(s) > inSpan(b) ? s : b), undefined);
  const start = best && inSpan(best) ? best.start : 0;
  const end = best && inSpan(best) ? best.end : words.length;

  const hits = locations.filter((l) => l >= start && l < end);
  // The window of `length` words with the most matches.
  let from = start;
  let most = -1;
  for (let w = start; w <= Math.max(start, end - length); w++) {
    const c = hits.filter((l) => l >= w && l < w + length).length;
    if (c > most) { most = c; from = w; }
  }
  // Start a few words before the first match so the reader sees it in context.
  const firstHit = hits.find((l) => l >= from);
  if (firstHit !== undefined && firstHit - from > 8) from = Math.max(start, firstHit - 8);
  const to = Math.min(end, from + length);

  const marked = new Set(hits);
  const parts: Excerpt['parts'] = from > start ? [{ text: '… ', mark: false }] : [];
  for (let i = from; i < to; i++) {
    if (i > from) parts.push({ text: ' ', mark: false });
    parts.push({ text: words[i] ?? '', mark: marked.has(i) });
  }
  if (to < end) parts.push({ text: ' …', mark: false });

  const anchor = best && inSpan(best) ? best.id : (data.meta['anchor'] ?? spans[0]?.id ?? '');
  const n = PARAGRAPH.exec(anchor);
  const terms = [...new Set(hits.map((l) => (words[l] ?? '').replace(/[^\p{L}\p{N}-]/gu, '')).filter((t) => t.length > 1))].slice(0, 6);
  return { anchor, paragraph: n ? Number(n[1]) : null, parts: mergeSpaces(parts), terms };
}

/** Joins adjacent unmarked runs (a space between two marks becomes its own run). */
function mergeSpaces(parts: Excerpt['parts']): Excerpt['parts'] {
  const out: Excerpt['parts'] = [];
  for (const p of parts) {
    const last = out.at(-1);
    if (last && !last.mark && !p.mark) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
