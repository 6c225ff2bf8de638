import { decodeSource } from './decode.ts';
import { SourceError } from './errors.ts';
import { buildVocabulary, joinInlineSplits, joinLines } from './hyphenation.ts';
import { detectLanguage } from './language.ts';
import { foreignPassages, type ForeignSpan } from './foreign.ts';
import { groupLines, isListItem, type SourceLine } from './layout.ts';
import { capacities, printedWidth } from './line-fit.ts';
import { cellText, type Lang, type Localized, type PaperManifest, type TableManifest } from './manifest.ts';
import { repairLine, type GlyphRepair, type RepairKind } from './repair-glyphs.ts';
import { tableRows, verifyTable } from './tables.ts';
import { compact, fingerprint, squash, URL_ONLY } from './text.ts';
import { numberBlocks, type LockedAnchor } from './anchors.ts';

export type TextKind = 'front' | 'paragraph' | 'list-item' | 'caption' | 'keywords';

export interface TextBlock {
  kind: TextKind;
  /** Paragraph number, continuous through the paper: the anchor is `p${n}`. */
  n: number;
  text: string;
  lang: Lang;
  /** First and last source line. */
  lines: [number, number];
  /** A run-in head at the start of the text (already included in `text`). */
  runIn: string | null;
  /** Part of the paper's abstracts. */
  abstract: boolean;
  /** Fingerprint of the words, for the anchors lock. */
  fingerprint: string;
  /** Published anchors merged into this block after their edition: they keep leading here (see anchors.ts). */
  aliases: number[];
  /** Passages of eight words or more in another language than the block's (foreign.ts). */
  foreign: ForeignSpan[];
}

export interface HeadingBlock {
  kind: 'heading';
  level: number;
  text: string;
  number: string | null;
  id: string;
  lang: Lang;
  lines: [number, number];
}

export interface TableBlock {
  kind: 'table';
  n: number;
  id: string;
  caption: string | null;
  note: string | null;
  header: string[];
  rows: string[][];
  lang: Lang;
  lines: [number, number];
  fingerprint: string;
  aliases: number[];
}

export type Block = TextBlock | HeadingBlock | TableBlock;
export type NumberedBlock = TextBlock | TableBlock;

export interface ReadingPage {
  /** URL segment of the page ("" for a paper read on its landing page). */
  slug: string;
  title: string;
  number: string | null;
  blocks: Block[];
}

export type ChangeKind = RepairKind | 'hyphen-joined' | 'hyphen-kept' | 'page-break-joined' | 'false-break-joined' | 'url-line-moved';

export interface IngestedPaper {
  slug: string;
  id: string;
  blocks: Block[];
  pages: ReadingPage[];
  /** Source lines, original and repaired, for the source view. */
  lines: { n: number; raw: string; text: string; status: 'text' | 'excluded' | 'url' | 'table' | 'heading' | 'front' | 'blank' }[];
  links: string[];
  repairs: GlyphRepair[];
  counts: Record<ChangeKind, number>;
  excluded: { lines: [number, number]; reason: Localized; count: number }[];
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

export { fingerprint };

function emptyCounts(): Record<ChangeKind, number> {
  return {
    'font-encoding': 0, 'latin-in-cyrillic': 0, 'cyrillic-in-latin': 0, 'roman-numeral': 0, 'private-use-bullet': 0, debris: 0,
    'hyphen-joined': 0, 'hyphen-kept': 0, 'page-break-joined': 0, 'false-break-joined': 0, 'url-line-moved': 0,
  };
}

/** Runs the whole ingestion for one paper: decode → repair → layout → blocks → language → numbers. */
export function ingestPaper(input: IngestInput): IngestedPaper {
  const { manifest: m, file } = input;
  const text = decodeSource(input.bytes, file);
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  if (rawLines.at(-1) === '') rawLines.pop();
  const total = rawLines.length;
  const counts = emptyCounts();
  const repairs: GlyphRepair[] = [];

  const checkRange = (range: readonly [number, number], what: string, where: { file: string; line: number | undefined }) => {
    if (range[1] > total) {
      throw new SourceError(where.file, where.line,
        `${m.slug}: ${what} ${range[0]}–${range[1]} goes beyond the end of ${m.file} (${total} lines)`,
        `correct the line numbers of ${what} (the file has ${total} lines)`);
    }
  };
  const inManifest = (...path: (string | number)[]) => ({ file: input.manifestFile, line: input.manifestLine(path) });

  // Status of every line: what the pipeline does with it.
  type Status = IngestedPaper['lines'][number]['status'];
  const status: Status[] = rawLines.map((l) => (l.trim() === '' ? 'blank' : 'text'));
  const repaired = rawLines.map((raw, i) => {
    const r = repairLine(raw, i + 1);
    for (const x of r.repairs) { repairs.push(x); counts[x.kind]++; }
    return r.text;
  });
  const mark = (range: readonly [number, number], s: Status) => {
    for (let n = range[0]; n <= range[1]; n++) if (status[n - 1] !== 'blank' || s === 'excluded') status[n - 1] = s;
  };
  const excluded = m.exclude.map((e, k) => {
    checkRange(e.lines, 'the excluded range', inManifest('exclude', k, 'lines'));
    mark(e.lines, 'excluded');
    return { lines: e.lines, reason: e.reason, count: e.lines[1] - e.lines[0] + 1 };
  });
  if (m.front) { checkRange(m.front, 'the front matter', inManifest('front')); mark(m.front, 'front'); }
  const tablesAt = new Map<number, TableManifest>();
  input.tables.forEach((t, index) => {
    checkRange(t.lines, `table "${t.id}"`, { file: input.tablesFile, line: input.tableLine([m.slug, index, 'lines']) });
    const rangeText = repaired.slice(t.lines[0] - 1, t.lines[1]).join('\n');
    verifyTable(t, rangeText, { file: input.tablesFile, line: input.tableLine, slug: m.slug, index });
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
  rawLines.forEach((l, i) => {
    if (status[i] === 'text' && URL_ONLY.test(l)) {
      status[i] = 'url';
      counts['url-line-moved']++;
      const url = l.trim();
      if (!links.includes(url)) links.push(url);
    }
  });

  const vocab = buildVocabulary(repaired.filter((_, i) => status[i] === 'text'));
  // Line capacities measured over all the text lines of the paper, for the layout's fit test.
  const textLineNumbers = status.flatMap((s, i) => (s === 'text' ? [i + 1] : []));
  const caps = capacities(textLineNumbers.map((k) => printedWidth(repaired[k - 1] ?? '')));
  const capacityOf = new Map(textLineNumbers.map((k, j) => [k, caps[j] ?? 0]));
  const fallback = m.languages[0] ?? 'kk';
  const runIn = new Set(m.runIn);
  const abstractLines = (n: number) => m.abstracts.some(([a, b]) => n >= a && n <= b);

  const blocks: Block[] = [];
  let n = 0;
  let headingCount = 0;
  let run: SourceLine[] = [];
  let blankBefore: boolean[] = [];
  const forced = new Set<number>();
  const flush = () => {
    if (!run.length) return;
    const groups = groupLines(run, blankBefore, { spacing: m.spacing, runIn, breaks: forced, capacity: (k) => capacityOf.get(k) ?? 0 }, counts);
    for (const g of groups) {
      let joined = '';
      for (const line of g.lines) {
        const r = joinLines(joined, line.text, vocab);
        if (r.how === 'join') counts['hyphen-joined']++;
        if (r.how === 'keep') counts['hyphen-kept']++;
        joined = r.text;
      }
      const inline = joinInlineSplits(squash(joined), vocab);
      counts['hyphen-joined'] += inline.joined.length;
      const body = inline.text;
      if (body === '') continue;
      const first = g.lines[0] as SourceLine;
      const last = g.lines.at(-1) as SourceLine;
      const kind: TextKind = KEYWORDS.test(body) ? 'keywords'
        : isListItem(first.text) ? 'list-item'
        : FIGURE_CAPTION.test(body) && body.length < 400 ? 'caption' : 'paragraph';
      const head = runIn.has(first.n) ? body.match(/^[^.!?:]{3,120}[.!?:]/u)?.[0] ?? null : null;
      const { lang, spans } = foreignPassages(body, fallback);
      blocks.push({
        kind, n: ++n, text: body, lang, lines: [first.n, last.n],
        runIn: head, abstract: abstractLines(first.n), fingerprint: fingerprint(body), aliases: [], foreign: spans,
      });
    }
    run = [];
    blankBefore = [];
  };

  let sawBlank = false;
  for (let i = 0; i < total; i++) {
    const lineNo = i + 1;
    const s = status[i];
    const table = tablesAt.get(lineNo);
    const heading = headingsAt.get(lineNo);
    if (table) {
      flush();
      const rows = tableRows(table);
      const header = table.header.map(cellText);
      const all = [table.caption ?? '', ...header, ...rows.flat()].join(' ');
      blocks.push({
        kind: 'table', n: ++n, id: table.id, caption: table.caption, note: table.note, header, rows,
        lang: detectLanguage(all, fallback), lines: table.lines, fingerprint: fingerprint(all), aliases: [],
      });
      i = table.lines[1] - 1;
      sawBlank = true;
      continue;
    }
    if (heading) {
      flush();
      const textOf = squash(repaired.slice(heading.lines[0] - 1, heading.lines[1]).join(' '));
      headingCount++;
      blocks.push({
        kind: 'heading', level: heading.level, text: textOf, number: heading.number,
        id: heading.page ?? (heading.number ? `s${heading.number.replace(/\./g, '-')}` : `h${headingCount}`),
        lang: detectLanguage(textOf, fallback), lines: heading.lines,
      });
      i = heading.lines[1] - 1;
      sawBlank = true;
      continue;
    }
    if (s === 'front') {
      // Title, authors and affiliation as printed: one numbered block per line, citable like the rest;
      // a title set in capitals over several lines is one block.
      flush();
      const t = squash(repaired[i] ?? '');
      const before = blocks.at(-1);
      if (t && before?.kind === 'front' && isTitleLine(before.text) && isTitleLine(t)) {
        const text = `${before.text} ${t}`;
        blocks[blocks.length - 1] = { ...before, text, lines: [before.lines[0], lineNo], lang: detectLanguage(text, fallback), fingerprint: fingerprint(text) };
      } else if (t) blocks.push({ kind: 'front', n: ++n, text: t, lang: detectLanguage(t, fallback), lines: [lineNo, lineNo], runIn: null, abstract: false, fingerprint: fingerprint(t), aliases: [], foreign: [] });
      sawBlank = true;
      continue;
    }
    if (s === 'excluded') {
      flush();
      sawBlank = true;
      continue;
    }
    if (s === 'blank') { sawBlank = true; continue; }
    if (s === 'url') continue; // the sentence around a link dump continues after it
    const line: SourceLine = { n: lineNo, raw: rawLines[i] as string, text: repaired[i] as string };
    if (run.length === 0) forced.add(lineNo);
    run.push(line);
    blankBefore.push(sawBlank);
    sawBlank = false;
  }
  flush();
  const numbered = numberBlocks(blocks, input.locked);

  const lineToParagraph = new Map<number, number>();
  for (const b of numbered) {
    if (b.kind === 'heading') continue;
    for (let k = b.lines[0]; k <= b.lines[1]; k++) if (status[k - 1] !== 'blank') lineToParagraph.set(k, b.n);
  }

  return {
    slug: m.slug, id: m.id, blocks: numbered, pages: splitPages(numbered, m), links, repairs, counts, excluded, lineToParagraph,
    paragraphCount: numbered.filter((b) => b.kind !== 'heading').length,
    lines: rawLines.map((raw, i) => ({ n: i + 1, raw, text: repaired[i] as string, status: status[i] as Status })),
  };
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
