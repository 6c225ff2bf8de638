/**
 * Layout: from the extraction's physical lines to logical paragraphs.
 *
 * - Page-break lines (one leading space, no blank line before) continue the line before them.
 * - A paragraph ends where a line ends a sentence and the next line's first word would have fitted
 *   on it (see line-fit.ts): the typesetter broke the line because the paragraph ended. In
 *   double-spaced extractions blank lines mean nothing else.
 * - In single-spaced extractions a blank line ends a paragraph too, unless it falls inside a
 *   sentence (the line before has no final punctuation): those are two-column false breaks.
 * - An indented line after a blank line starts a paragraph when the line before ends a sentence or
 *   was left short (004:75 "болып табылады" before an indented line).
 * - A list marker starts an item only after a finished sentence or item (000:90 "– қолданушыларға"
 *   continues a sentence); an item ends at its "." or ";" when the next line starts a new sentence.
 * - Keywords, figure captions and notes ("Ескерту:") start blocks of their own, which end at the
 *   next blank line (single-spaced) or at their own line end (a caption in a double-spaced file).
 * - A run-in head starts a block. (A heading, table or excluded range ends a run of lines: the
 *   pipeline groups each run on its own, so the first line after one always starts a block.)
 */

import { capacities, nextWordFits, printedWidth } from './line-fit.ts';

export interface SourceLine {
  /** 1-based line number in the source file. */
  n: number;
  /** Original text as received. */
  raw: string;
  /** Text after glyph repair. */
  text: string;
}

export interface RawBlock {
  lines: SourceLine[];
  /** Why this block started: used for counting and tests. */
  start: 'first' | 'list' | 'run-in' | 'short-line' | 'blank' | 'indent' | 'list-end' | 'keywords' | 'caption' | 'after-caption';
}

export interface LayoutCounts {
  'page-break-joined': number;
  'false-break-joined': number;
}

const LIST_MARKER = /^\s*(?:[•\-–—]\s|\d{1,2}[.)]\s+\S|[а-яәғқңөұүһі][)]\s)/u;
const SENTENCE_END = /[.!?…:;»"”)\]]\s*$/u;
const FINAL = /[.!?…]["»”)\]]*\s*$|[.!?…]\s*\[[^\]]*\]\.?\s*$/u;
/** A line that ends with an initial or an abbreviation ends no sentence: "Г.М." before "Меңдіқұлова". */
const ABBREVIATION_END = /(?:^|[\s(\[,])(?:\p{Lu}\.|\p{Lu}\.\p{Lu}\.|б\.|ж\.|г\.|см\.|т\.е\.|и\.т\.д\.|e\.g\.|i\.e\.|et al\.)\s*$/u;
export const KEYWORDS = /^\s*(?:Түйін сөздер|Кілт сөздер|Кілттік сөздер|Keywords|Key words|Ключевые слова)\s*:/iu;
export const FIGURE_CAPTION = /^\s*(?:(?:Сурет|Рисунок|Figure)\s*\d+|\d+\s*[-–]\s*сурет)/iu;
const NOTE = /^\s*(?:Ескерту|Примечание|Note)\s*:/iu;
const STARTS_SENTENCE = /^\s*[«"“(]?[\p{Lu}\d]/u;

/** Does the line end a sentence (and not with an initial or an abbreviation)? */
export const endsSentence = (text: string): boolean => FINAL.test(text.trimEnd()) && !ABBREVIATION_END.test(text.trimEnd());

export function isListItem(text: string): boolean {
  return LIST_MARKER.test(text);
}

export interface LayoutOptions {
  spacing: 'single' | 'double';
  runIn: ReadonlySet<number>;
  /**
   * The capacity of the line numbered n, in characters (see line-fit.ts). The pipeline measures it
   * over the whole paper; by default it is measured over the lines given.
   */
  capacity?: (n: number) => number;
}

/** What the line before a line was, as far as the decision to start a block needs it. */
interface Before {
  text: string;
  /** The block the line before belongs to started as. */
  block: RawBlock['start'];
  capacity: number;
}

/**
 * Why `line` starts a new block after the line before, or null when it continues that block.
 * `pageBreak`: the line continues the line before across a page break; `blank`: a blank line
 * stood between them.
 */
export function blockStart(line: SourceLine, before: Before, at: { pageBreak: boolean; blank: boolean }, opts: LayoutOptions): RawBlock['start'] | null {
  const prev = before.text.trimEnd();
  const ends = endsSentence(prev);
  const fits = nextWordFits(prev, line.text, before.capacity);
  if (opts.runIn.has(line.n)) return 'run-in';
  if (KEYWORDS.test(line.text)) return 'keywords';
  if (FIGURE_CAPTION.test(line.text) || NOTE.test(line.text)) return 'caption';
  if (before.block === 'keywords' || before.block === 'caption') {
    // These blocks end at a blank line; a double-spaced caption is one line.
    if (at.blank && (opts.spacing === 'single' || before.block === 'caption')) return 'after-caption';
    return null;
  }
  if (isListItem(line.text)) return SENTENCE_END.test(prev) || before.block === 'list' ? 'list' : null;
  if (before.block === 'list' && (/;\s*$/u.test(prev) || ends) && STARTS_SENTENCE.test(line.text) && (at.blank || at.pageBreak || fits)) return 'list-end';
  if (opts.spacing === 'single' && at.blank && !at.pageBreak && SENTENCE_END.test(prev)) return 'blank';
  if (ends && fits) return 'short-line';
  // Where the next word was too long to prove it, a sentence end on a visibly short line still ends
  // the paragraph in a double-spaced file (004:6594 → 6596).
  if (opts.spacing === 'double' && ends && printedWidth(prev) < 0.85 * before.capacity) return 'short-line';
  if (at.pageBreak) return null;
  // An indented line after a blank line: a paragraph start after a finished sentence, or after a line
  // left at less than half its width (004:75); a page-break continuation otherwise (004:5879).
  if (opts.spacing === 'double' && at.blank && /^\s+\S/.test(line.raw) && (SENTENCE_END.test(prev) || (fits && printedWidth(prev) <= before.capacity / 2))) return 'indent';
  return null;
}

/**
 * Groups a run of content lines (no headings or tables inside) into blocks.
 * `blankBefore[i]` tells whether a blank line preceded line i in the source.
 */
export function groupLines(lines: SourceLine[], blankBefore: boolean[], opts: LayoutOptions, counts: LayoutCounts): RawBlock[] {
  // Measured over these lines only when the caller (the pipeline, over the whole paper) gives none.
  const measured = opts.capacity ? undefined : capacities(lines.map((l) => printedWidth(l.text)));
  const capacityAt = (i: number) => (opts.capacity ? opts.capacity(lines[i]!.n) : measured?.[i] ?? 0);
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  lines.forEach((line, i) => {
    const prev = i > 0 ? lines[i - 1] : undefined;
    const pageBreak = /^ \S/.test(line.raw) && !blankBefore[i] && prev !== undefined;
    let start: RawBlock['start'] | null;
    if (!current || !prev) start = 'first';
    else start = blockStart(line, { text: prev.text, block: current.start, capacity: capacityAt(i - 1) }, { pageBreak, blank: blankBefore[i] ?? false }, opts);
    // A block that opens with keywords or a caption is one of those, whatever opened it.
    if ((start === 'first' || start === 'run-in') && KEYWORDS.test(line.text)) start = 'keywords';
    else if (start === 'first' && (FIGURE_CAPTION.test(line.text) || NOTE.test(line.text))) start = 'caption';
    if (pageBreak && start === null) counts['page-break-joined']++;
    else if (start === null && opts.spacing === 'single' && blankBefore[i]) counts['false-break-joined']++;
    if (start !== null || !current) {
      current = { lines: [line], start: start ?? 'first' };
      blocks.push(current);
    } else {
      current.lines.push(line);
    }
  });
  return blocks;
}
