/**
 * Layout: from the extraction's physical lines to logical paragraphs.
 *
 * - Page-break lines (one leading space, no blank line before) continue the line before them.
 * - In double-spaced extractions blank lines mean nothing; a paragraph ends where a line ends a
 *   sentence and is visibly shorter than its neighbours (justified lines are full width).
 * - In single-spaced extractions a blank line ends a paragraph, unless it falls inside a sentence
 *   (the line before has no final punctuation): those are two-column false breaks.
 * - A list marker, a run-in head or a paragraph indent after a finished sentence start a new block.
 */

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
  start: 'first' | 'list' | 'run-in' | 'short-line' | 'blank' | 'indent' | 'forced';
}

export interface LayoutCounts {
  'page-break-joined': number;
  'false-break-joined': number;
}

const LIST_MARKER = /^\s*(?:[•\-–—]\s|\d{1,2}[.)]\s+\S|[а-яәғқңөұүһі][)]\s)/u;
const SENTENCE_END = /[.!?…:;»"”)\]]\s*$/u;
const FINAL = /[.!?…]["»”)\]]*\s*$|[.!?…]\s*\[[^\]]*\]\.?\s*$/u;

export function isListItem(text: string): boolean {
  return LIST_MARKER.test(text);
}

/** Median visible width of the content lines around index i (±12 content lines). */
function localWidths(lines: SourceLine[]): number[] {
  const widths = lines.map((l) => l.text.trim().length);
  return widths.map((_, i) => {
    const win = widths.slice(Math.max(0, i - 12), i + 13).filter((w) => w > 0).sort((a, b) => a - b);
    return win[Math.floor(win.length / 2)] ?? 0;
  });
}

export interface LayoutOptions {
  spacing: 'single' | 'double';
  runIn: ReadonlySet<number>;
  /** Lines that must start a new block (after a heading, table or excluded range). */
  breaks: ReadonlySet<number>;
}

/**
 * Groups a run of content lines (no headings or tables inside) into blocks.
 * `blankBefore[i]` tells whether a blank line preceded line i in the source.
 */
export function groupLines(lines: SourceLine[], blankBefore: boolean[], opts: LayoutOptions, counts: LayoutCounts): RawBlock[] {
  const blocks: RawBlock[] = [];
  const medians = localWidths(lines);
  let current: RawBlock | null = null;
  lines.forEach((line, i) => {
    const prev = i > 0 ? lines[i - 1] : undefined;
    const prevText = prev?.text.trimEnd() ?? '';
    const pageBreak = /^ \S/.test(line.raw) && !blankBefore[i] && prev !== undefined;
    let start: RawBlock['start'] | null = null;
    if (!current || opts.breaks.has(line.n)) start = current ? 'forced' : 'first';
    else if (opts.runIn.has(line.n)) start = 'run-in';
    else if (isListItem(line.text) && (!pageBreak || SENTENCE_END.test(prevText))) start = 'list';
    else if (pageBreak && opts.spacing === 'double' && FINAL.test(prevText) && prevText.trim().length < 0.9 * (medians[i - 1] ?? 0)) start = 'short-line';
    else if (pageBreak) start = null;
    else if (opts.spacing === 'single' && blankBefore[i] && SENTENCE_END.test(prevText)) start = 'blank';
    else if (opts.spacing === 'double' && FINAL.test(prevText) && prevText.trim().length < 0.9 * (medians[i - 1] ?? 0)) start = 'short-line';
    else if (opts.spacing === 'double' && /^\s+\S/.test(line.raw) && blankBefore[i] && SENTENCE_END.test(prevText)) start = 'indent';
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
