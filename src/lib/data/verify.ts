import type { PaperData } from '../content/paper-schema.ts';
import { paragraphAtLine } from '../content/papers.ts';
import { yamlLocator } from '../core/yaml.ts';
import { SourceError } from '../core/errors.ts';
import { isRecord, missingNumbers, shownNumbers } from './numbers.ts';
import type { SourceRef } from './schemas.ts';
import { isLang } from '../../site/languages.ts';

/** A record's passage resolved to the paper and its numbered paragraphs. */
export interface Cite {
  /** Short id of the paper ("004"). */
  paper: string;
  slug: string;
  lines: [number, number];
  /** First numbered paragraph of the passage: the anchor #pN every mark links to. */
  n: number;
  /** Last numbered paragraph of the passage (equal to n when it is one paragraph). */
  last: number;
}

export const citeKey = (ref: SourceRef) => `${ref.paper}:${ref.lines[0]}-${ref.lines[1]}`;

type Line = PaperData['lines'][number];

/** Lines that can be evidence: not excluded fragments, blank lines or URL-only lines (also those inside tables). */
const isEvidence = (l: Line | undefined): l is Line =>
  !!l && l.status !== 'excluded' && l.status !== 'url' && l.status !== 'blank' && !/^\s*https?:\/\/\S*\s*$/.test(l.raw);

/** The text of a passage, evidence lines only. */
export function passageText(paper: PaperData, [from, to]: [number, number]): string {
  return paper.lines.filter((l) => l.n >= from && l.n <= to && isEvidence(l)).map((l) => l.text).join('\n');
}

/**
 * Checks every record of a parsed dataset (any object with a `source`) against the paper it cites:
 * the paper exists, the lines are in it and belong to numbered paragraphs, and every number the
 * record shows occurs in the passage. Returns the resolved passages by citeKey. Throws a
 * SourceError naming the data file, the line of the record and the fix.
 */
export function verifyDataset(data: unknown, file: string, yamlText: string, papers: readonly PaperData[]): Map<string, Cite> {
  const locate = yamlLocator(yamlText);
  const cites = new Map<string, Cite>();
  const fail = (path: (string | number)[], problem: string, fix: string): never => {
    throw new SourceError(file, locate(path), problem, fix);
  };

  const check = (record: Record<string, unknown>, path: (string | number)[]) => {
    const ref = record.source as SourceRef;
    const where = path.length ? path.join('.') : 'the dataset';
    const paper = papers.find((p) => p.id === ref.paper);
    if (!paper) fail([...path, 'source'], `${where} cites paper "${ref.paper}", which does not exist`, `use the short id of a paper in papers.yaml (${papers.map((p) => p.id).join(', ')})`);
    const p = paper as PaperData;
    const [from, to] = ref.lines;
    if (to > p.lines.length) fail([...path, 'source'], `${where} cites lines ${from}–${to} of paper ${p.id}, which has ${p.lines.length} lines`, 'correct source.lines to the passage in the source file (grep -n shows the line numbers)');
    const paras = [];
    for (let l = from; l <= to; l++) {
      // URL dumps, excluded fragments and blank lines are never evidence, even inside a paragraph.
      if (!isEvidence(p.lines[l - 1])) continue;
      const n = paragraphAtLine(p, l);
      if (n !== undefined) paras.push(n);
    }
    if (!paras.length) fail([...path, 'source'], `${where} cites lines ${from}–${to} of paper ${p.id}, which belong to no numbered paragraph (excluded, URL-only or blank lines)`, 'point source.lines at the lines of the paper that state the fact');
    const cite: Cite = { paper: p.id, slug: p.slug, lines: [from, to], n: Math.min(...paras), last: Math.max(...paras) };
    cites.set(citeKey(ref), cite);
    const passage = passageText(p, ref.lines);
    const missing = missingNumbers(record, passage);
    const first = missing[0];
    if (first) {
      const list = [...new Set(missing.map((m) => m.run))].join(', ');
      fail(path, `${where}: the number ${first.run} (at ${[...path, ...first.path].join('.')}: "${first.value}") does not occur in its passage, paper ${p.id} lines ${from}–${to} (¶${cite.n})${missing.length > 1 ? `; also missing: ${list}` : ''}`,
        'correct the number to the one the source prints, or widen source.lines to the passage that states it');
    }
  };

  const visit = (node: unknown, path: (string | number)[], inRecord: boolean): void => {
    if (Array.isArray(node)) { node.forEach((v, i) => visit(v, [...path, i], inRecord)); return; }
    if (typeof node !== 'object' || node === null) return;
    const rec = isRecord(node);
    if (rec) check(node, path);
    else if (!inRecord) {
      // Numbers outside every record would have no passage to be checked against.
      const own = Object.fromEntries(Object.entries(node).filter(([, v]) => typeof v !== 'object' || v === null || isLocalized(v)));
      const loose = shownNumbers(own)[0];
      if (loose) fail([...path, ...loose.path], `${path.length ? path.join('.') : 'the dataset'} shows the number ${loose.run} but cites no source`, 'add a source: { paper, lines } to the entry, or remove the number');
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'source') visit(v, [...path, k], inRecord || rec);
  };
  visit(data, [], false);
  return cites;
}

const isLocalized = (v: object) => !Array.isArray(v) && Object.keys(v).every((k) => isLang(k));
