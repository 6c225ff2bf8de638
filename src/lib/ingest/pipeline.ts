import { decodeSource } from './decode.ts';
import { SourceError } from '../core/errors.ts';
import { buildVocabulary, joinInlineSplits, joinLines } from './hyphenation.ts';
import { detectLanguage, headingLanguage } from './language.ts';
import { foreignPassages } from './foreign.ts';
import { groupLines, isListItem, type SourceLine } from './layout.ts';
import { capacities, printedWidth } from './line-fit.ts';
import { cellText, type PaperManifest, type TableManifest } from './manifest.ts';
import { LANG, type Lang } from '../../site/languages.ts';
import { repairLine } from './repair-glyphs.ts';
import { ChangeKind, type Block, type ExcludedLines, type GlyphRepair, type HeadingBlock, type ReadingPage, type SourceLineRecord, type TextBlock, type TextKind } from './blocks.ts';
import { tableRows, verifyTable } from './tables.ts';
import { compact, fingerprint, squash, tableWords, URL_ONLY } from './text.ts';
import { numberBlocks, type LockedAnchor } from './anchors.ts';

export interface IngestedPaper {
  slug: string;
  id: string;
  blocks: Block[];
  pages: ReadingPage[];
  /** Source lines, original and repaired, for the source view. */
  lines: SourceLineRecord[];
  links: string[];
  repairs: GlyphRepair[];
  counts: Record<ChangeKind, number>;
  excluded: ExcludedLines[];
  /** Source line → paragraph number, for citations by line. */
  lineToParagraph: Map<number, number>;
  paragraphCount: number;
}

export interface IngestInput {
  bytes: Uint8Array;
  /** Path shown in error messages. */
  file: string;
  manifest: PaperManifest;
  tables: TableManifest[];
  /** Where the tables come from, for error messages. */
  tablesFile: string;
  tableLine: (path: (string | number)[]) => number | undefined;
  /** The manifest file, for error messages. */
  manifestFile: string;
  /** The line of a value in this paper's manifest entry (path inside the entry, e.g. ['exclude', 0, 'lines']). */
  manifestLine: (path: (string | number)[]) => number | undefined;
  /** The paper's published anchors (content/anchors.lock.json); the numbering keeps them (see anchors.ts). */
  locked?: readonly LockedAnchor[] | undefined;
}

const KEYWORDS = /^(?:Түйін сөздер|Кілт сөздер|Кілттік сөздер|Keywords|Key words|Ключевые слова)\s*:/iu;
const FIGURE_CAPTION = /^(?:(?:Сурет|Рисунок|Figure)\s*\d+|\d+\s*[-–]\s*сурет)/iu;

/** A line of a title set in capitals: two or more words of three letters or more, no lower-case letter. */
export const isTitleLine = (text: string): boolean => !/\p{Ll}/u.test(text) && (text.match(/\p{L}{3,}/gu) ?? []).length >= 2;

function emptyCounts(): Record<ChangeKind, number> {
  return Object.fromEntries(ChangeKind.options.map((k) => [k, 0])) as Record<ChangeKind, number>;
}

type Status = IngestedPaper['lines'][number]['status'];
type Counts = Partial<Record<ChangeKind, number>>;

const addCounts = (into: Record<ChangeKind, number>, ...parts: Counts[]) => {
  for (const part of parts) for (const [k, v] of Object.entries(part) as [ChangeKind, number][]) into[k] += v;
  return into;
};

/**
 * Runs the whole ingestion for one paper, one named stage after the other:
 * decode → repair glyphs → classify lines → blocks (layout, joins, kinds, language) → numbers
 * (anchors lock) → line index → reading pages.
 */
export function ingestPaper(input: IngestInput): IngestedPaper {
  const m = input.manifest;
  const rawLines = sourceLines(input);
  const { repaired, repairs, counts: repairCounts } = repairAll(rawLines);
  const classified = classifyLines(rawLines, repaired, input);
  const { blocks, counts: blockCounts } = buildBlocks({ rawLines, repaired, status: classified.status, tablesAt: classified.tablesAt, headingsAt: classified.headingsAt, manifest: m });
  const numbered = numberBlocks(blocks, input.locked);
  return {
    slug: m.slug, id: m.id, blocks: numbered, pages: splitPages(numbered, m), links: classified.links, repairs,
    counts: addCounts(emptyCounts(), repairCounts, classified.counts, blockCounts), excluded: classified.excluded,
    lineToParagraph: lineIndex(numbered, classified.status),
    paragraphCount: numbered.filter((b) => b.kind !== 'heading').length,
    lines: rawLines.map((raw, i) => ({ n: i + 1, raw, text: repaired[i] as string, status: classified.status[i] as Status })),
  };
}

/** Stage 1: the source's lines (UTF-8 only; see decode.ts), without a final empty line. */
export function sourceLines(input: Pick<IngestInput, 'bytes' | 'file'>): string[] {
  const lines = decodeSource(input.bytes, input.file).replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Stage 2: every line with its glyphs repaired, and each repair (repair-glyphs.ts). */
export function repairAll(rawLines: readonly string[]): { repaired: string[]; repairs: GlyphRepair[]; counts: Counts } {
  const repairs: GlyphRepair[] = [];
  const counts: Counts = {};
  const repaired = rawLines.map((raw, i) => {
    const r = repairLine(raw, i + 1);
    for (const x of r.repairs) { repairs.push(x); counts[x.kind] = (counts[x.kind] ?? 0) + 1; }
    return r.text;
  });
  // Debris across lines: a word's first letters and hyphen at a line end that the next text line
  // prints again whole ("… іске қосты. G-" before "«G-global» …", 004:3577).
  repaired.forEach((text, i) => {
    const stub = text.match(/\s(\p{Lu}{1,3}-)\s*$/u);
    if (!stub) return;
    const next = repaired.slice(i + 1).find((l) => l.trim() !== '');
    if (!next?.trim().replace(/^[«"“]/u, '').startsWith(stub[1]!)) return;
    const column = text.length - stub[0].length + 1;
    repaired[i] = text.slice(0, column).replace(/\s+$/, ' ');
    repairs.push({ kind: 'debris', line: i + 1, column, from: stub[1]!, to: '' });
    counts.debris = (counts.debris ?? 0) + 1;
  });
  return { repaired, repairs, counts };
}

interface Classified {
  /** What each line is: text, blank, excluded, front matter, table, heading or a link line. */
  status: Status[];
  excluded: IngestedPaper['excluded'];
  tablesAt: Map<number, TableManifest>;
  headingsAt: Map<number, PaperManifest['headings'][number]>;
  links: string[];
  counts: Counts;
}

/**
 * Stage 3: what the manifest and the tables say each line is. Every range is checked against the
 * file (a range past its end, a heading on a blank line, a table whose cells are not in its lines
 * stop with the manifest's file, line and fix); lines that are only a web address are set aside.
 */
export function classifyLines(rawLines: readonly string[], repaired: readonly string[], input: IngestInput): Classified {
  const m = input.manifest;
  const total = rawLines.length;
  const checkRange = (range: readonly [number, number], what: string, where: { file: string; line: number | undefined }) => {
    if (range[1] > total) {
      throw new SourceError(where.file, where.line,
        `${m.slug}: ${what} ${range[0]}–${range[1]} goes beyond the end of ${m.file} (${total} lines)`,
        `correct the line numbers of ${what} (the file has ${total} lines)`);
    }
  };
  const inManifest = (...path: (string | number)[]) => ({ file: input.manifestFile, line: input.manifestLine(path) });
  const status: Status[] = rawLines.map((l) => (l.trim() === '' ? 'blank' : 'text'));
  const mark = (range: readonly [number, number], s: Status) => {
    for (let n = range[0]; n <= range[1]; n++) if (status[n - 1] !== 'blank' || s === 'excluded') status[n - 1] = s;
  };
  const excluded = m.exclude.map((e, k) => {
    checkRange(e.lines, 'the excluded range', inManifest('exclude', k, 'lines'));
    mark(e.lines, 'excluded');
    return { lines: e.lines, reason: e.reason, count: e.lines[1] - e.lines[0] + 1 };
  });
  // Front matter: one range, or several (a trilingual paper prints three title blocks).
  m.front.forEach((range, k) => { checkRange(range, 'the front matter', inManifest('front', ...(m.front.length > 1 ? [k] : []))); mark(range, 'front'); });
  const tablesAt = new Map<number, TableManifest>();
  input.tables.forEach((t, index) => {
    checkRange(t.lines, `table "${t.id}"`, { file: input.tablesFile, line: input.tableLine([m.slug, index, 'lines']) });
    verifyTable(t, repaired.slice(t.lines[0] - 1, t.lines[1]).join('\n'), { file: input.tablesFile, line: input.tableLine, slug: m.slug, index });
    mark(t.lines, 'table');
    tablesAt.set(t.lines[0], t);
  });
  const headingsAt = new Map<number, PaperManifest['headings'][number]>();
  m.headings.forEach((h, k) => {
    const where = inManifest('headings', k, 'lines');
    checkRange(h.lines, 'the heading', where);
    if (rawLines.slice(h.lines[0] - 1, h.lines[1]).every((l) => l.trim() === '')) {
      throw new SourceError(where.file, where.line, `${m.slug}: the heading at line ${h.lines[0]} of ${m.file} is a blank line`,
        'point the heading at the line that holds its words');
    }
    mark(h.lines, 'heading');
    headingsAt.set(h.lines[0], h);
  });
  const links: string[] = [];
  let moved = 0;
  rawLines.forEach((l, i) => {
    if (status[i] === 'text' && URL_ONLY.test(l)) {
      status[i] = 'url';
      moved++;
      const url = l.trim();
      if (!links.includes(url)) links.push(url);
    }
  });
  return { status, excluded, tablesAt, headingsAt, links, counts: { 'url-line-moved': moved } };
}

interface BlockInput {
  rawLines: readonly string[];
  repaired: readonly string[];
  status: readonly Status[];
  tablesAt: ReadonlyMap<number, TableManifest>;
  headingsAt: ReadonlyMap<number, PaperManifest['headings'][number]>;
  manifest: PaperManifest;
}

/** What the text stage needs of the whole paper: its vocabulary, line capacities, language and marks. */
interface TextContext {
  vocab: ReturnType<typeof buildVocabulary>;
  capacity: (n: number) => number;
  fallback: Lang;
  runIn: ReadonlySet<number>;
  spacing: PaperManifest['spacing'];
  abstract: (n: number) => boolean;
}

/**
 * Stage 4: the paper's blocks, in the order of its lines: a table or a heading where the manifest
 * puts one, the front matter line by line, and every run of text lines between them grouped into
 * paragraphs by the layout (layout.ts) and joined into text (textBlocks). Numbers are provisional
 * (1…N); numberBlocks gives the published ones.
 */
export function buildBlocks(input: BlockInput): { blocks: Block[]; counts: Counts } {
  const { rawLines, repaired, status, tablesAt, headingsAt, manifest: m } = input;
  const textLines = status.flatMap((s, i) => (s === 'text' ? [i + 1] : []));
  const caps = capacities(textLines.map((k) => printedWidth(repaired[k - 1] ?? '')));
  const capacityOf = new Map(textLines.map((k, j) => [k, caps[j] ?? 0]));
  const ctx: TextContext = {
    vocab: buildVocabulary(repaired.filter((_, i) => status[i] === 'text')),
    capacity: (k) => capacityOf.get(k) ?? 0,
    fallback: m.languages[0] ?? LANG.kk,
    runIn: new Set(m.runIn),
    spacing: m.spacing,
    abstract: (n) => m.abstracts.some(([a, b]) => n >= a && n <= b),
  };
  const counts: Counts = {};
  const blocks: Block[] = [];
  let headingCount = 0;
  let run: SourceLine[] = [];
  let blankBefore: boolean[] = [];
  const flush = () => {
    if (run.length) {
      const made = textBlocks(run, blankBefore, ctx);
      blocks.push(...made.blocks);
      for (const [k, v] of Object.entries(made.counts) as [ChangeKind, number][]) counts[k] = (counts[k] ?? 0) + v;
    }
    run = [];
    blankBefore = [];
  };
  let sawBlank = false;
  for (let i = 0; i < rawLines.length; i++) {
    const lineNo = i + 1;
    const s = status[i];
    const table = tablesAt.get(lineNo);
    const heading = headingsAt.get(lineNo);
    if (table) {
      flush();
      const rows = tableRows(table);
      const header = table.header.map(cellText);
      const all = tableWords({ caption: table.caption, header, rows });
      blocks.push({
        kind: 'table', n: 0, id: table.id, caption: table.caption, note: table.note, header, rows,
        lang: detectLanguage(all, ctx.fallback), lines: table.lines, fingerprint: fingerprint(all), aliases: [],
      });
      i = table.lines[1] - 1;
      sawBlank = true;
    } else if (heading) {
      flush();
      const text = squash(repaired.slice(heading.lines[0] - 1, heading.lines[1]).join(' '));
      headingCount++;
      blocks.push({
        kind: 'heading', level: heading.level, text, number: heading.number,
        id: heading.page ?? (heading.number ? `s${heading.number.replace(/\./g, '-')}` : `h${headingCount}`),
        lang: ctx.fallback, lines: heading.lines, // decided once its section is known (withHeadingLanguages)
      });
      i = heading.lines[1] - 1;
      sawBlank = true;
    } else if (s === 'front') {
      // Title, authors and affiliation as printed: one numbered block per line, citable like the rest;
      // a title set in capitals over several lines is one block.
      flush();
      const t = squash(repaired[i] ?? '');
      const before = blocks.at(-1);
      if (t && before?.kind === 'front' && isTitleLine(before.text) && isTitleLine(t)) {
        const text = `${before.text} ${t}`;
        blocks[blocks.length - 1] = { ...before, text, lines: [before.lines[0], lineNo], lang: detectLanguage(text, ctx.fallback), fingerprint: fingerprint(text) };
      } else if (t) {
        blocks.push({ kind: 'front', n: 0, text: t, lang: detectLanguage(t, ctx.fallback), lines: [lineNo, lineNo], runIn: null, abstract: false, fingerprint: fingerprint(t), aliases: [], foreign: [] });
      }
      sawBlank = true;
    } else if (s === 'excluded') {
      flush();
      sawBlank = true;
    } else if (s === 'blank') {
      sawBlank = true;
    } else if (s !== 'url') { // the sentence around a link dump continues after it
      run.push({ n: lineNo, raw: rawLines[i] as string, text: repaired[i] as string });
      blankBefore.push(sawBlank);
      sawBlank = false;
    }
  }
  flush();
  let n = 0;
  return { blocks: withHeadingLanguages(blocks, ctx.fallback).map((b) => (b.kind === 'heading' ? b : { ...b, n: ++n })), counts };
}

/** Each heading's language from its script and the section it heads: the first block under it (language.ts). */
function withHeadingLanguages(blocks: Block[], fallback: Lang): Block[] {
  return blocks.map((b, i) => {
    if (b.kind !== 'heading') return b;
    // A heading right above another heads the same section: both look at the first block under them.
    const section = blocks.slice(i + 1).find((x) => x.kind !== 'heading');
    return { ...b, lang: headingLanguage(b.text, section?.lang, fallback) };
  });
}

/**
 * A run of text lines (no heading, table or excluded line inside) as text blocks: grouped into
 * paragraphs by the layout, each group's lines joined (hyphenation.ts), its kind (keywords, list
 * item, caption, paragraph), its run-in head, its language and foreign passages (foreign.ts).
 */
export function textBlocks(run: readonly SourceLine[], blankBefore: readonly boolean[], ctx: TextContext): { blocks: TextBlock[]; counts: Counts } {
  const layout = { 'page-break-joined': 0, 'false-break-joined': 0 };
  const groups = groupLines([...run], [...blankBefore], { spacing: ctx.spacing, runIn: ctx.runIn, capacity: ctx.capacity }, layout);
  let joinedCount = 0;
  let kept = 0;
  const blocks: TextBlock[] = [];
  for (const g of groups) {
    let joined = '';
    for (const line of g.lines) {
      const r = joinLines(joined, line.text, ctx.vocab);
      if (r.how === 'join') joinedCount++;
      if (r.how === 'keep') kept++;
      joined = r.text;
    }
    const inline = joinInlineSplits(squash(joined), ctx.vocab);
    joinedCount += inline.joined.length;
    const body = inline.text;
    if (body === '') continue;
    const first = g.lines[0] as SourceLine;
    const last = g.lines.at(-1) as SourceLine;
    const kind: TextKind = KEYWORDS.test(body) ? 'keywords'
      : isListItem(first.text) ? 'list-item'
      : FIGURE_CAPTION.test(body) && body.length < 400 ? 'caption' : 'paragraph';
    const head = ctx.runIn.has(first.n) ? body.match(/^[^.!?:]{3,120}[.!?:]/u)?.[0] ?? null : null;
    const { lang, spans } = foreignPassages(body, ctx.fallback);
    blocks.push({
      kind, n: 0, text: body, lang, lines: [first.n, last.n],
      runIn: head, abstract: ctx.abstract(first.n), fingerprint: fingerprint(body), aliases: [], foreign: spans,
    });
  }
  return { blocks, counts: { ...layout, 'hyphen-joined': joinedCount, 'hyphen-kept': kept } };
}

/** Stage 6: every non-blank source line of a numbered block → that block's number (citations by line). */
export function lineIndex(blocks: readonly Block[], status: readonly Status[]): Map<number, number> {
  const index = new Map<number, number>();
  for (const b of blocks) {
    if (b.kind === 'heading') continue;
    for (let k = b.lines[0]; k <= b.lines[1]; k++) if (status[k - 1] !== 'blank') index.set(k, b.n);
  }
  return index;
}

function splitPages(blocks: Block[], m: PaperManifest): ReadingPage[] {
  const starts = new Map(m.headings.filter((h) => h.page).map((h) => [h.lines[0], h.page as string]));
  if (starts.size === 0) return [{ slug: '', title: '', number: null, blocks }];
  const pages: ReadingPage[] = [];
  for (const b of blocks) {
    const page = b.kind === 'heading' ? starts.get(b.lines[0]) : undefined;
    if (page !== undefined || pages.length === 0) {
      pages.push({ slug: page ?? 'opening', title: '', number: null, blocks: [] });
    }
    (pages.at(-1) as ReadingPage).blocks.push(b);
  }
  for (const p of pages) {
    // A page is titled by its most specific heading among its opening ones (e.g. "1.1 …" after "1 …").
    const heads = p.blocks.slice(0, 3).filter((b): b is HeadingBlock => b.kind === 'heading');
    const main = heads.find((h) => h.number?.includes('.')) ?? heads[0];
    p.title = main?.text ?? '';
    p.number = main?.number ?? null;
  }
  return pages;
}

/** Letters and digits of the kept text, in order: what the fidelity check compares. */
export function keptSourceText(paper: IngestedPaper): string {
  return compact(paper.lines.filter((l) => l.status === 'text' || l.status === 'front').map((l) => l.text).join('\n'));
}

export function publishedText(paper: IngestedPaper): string {
  return compact(paper.blocks.filter((b): b is TextBlock => b.kind !== 'heading' && b.kind !== 'table').map((b) => b.text).join('\n'));
}
