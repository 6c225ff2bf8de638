import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertFaithful, loadCorpus } from '../../src/lib/ingest/corpus.ts';
import type { Block } from '../../src/lib/ingest/blocks.ts';
import { keptSourceText, publishedText } from '../../src/lib/ingest/pipeline.ts';

// tests/fixtures/sixth-paper: an invented 40-line paper that goes through every step (its
// papers.yaml lists what is on which line).
const DIR = 'tests/fixtures/sixth-paper';
const SITE_SOURCES = 'tests/fixtures/sixth-paper-site/sources';
const corpus = loadCorpus(DIR, process.cwd(), undefined, 'content');
const paper = corpus.papers[0]!;
const source = readFileSync(join(DIR, '005_sixth_paper.txt'), 'utf8').split('\n');

const summary = (b: Block) => (b.kind === 'heading' ? `heading ${b.lines.join('–')}` : `${b.n} ${b.kind} ${b.lines.join('–')}`);
const textOf = (n: number) => {
  const b = paper.blocks.find((x) => x.kind !== 'heading' && x.n === n);
  return b && 'text' in b ? b.text : '';
};

describe('the fixture source', () => {
  it('is a double-spaced extraction of 40 lines: a blank after every line, except before the page-break line 16', () => {
    expect(source.at(-1)).toBe('');
    const lines = source.slice(0, -1);
    expect(lines).toHaveLength(40);
    expect(lines[15]).toMatch(/^ \S/);
    // Text on odd lines up to 15, on even lines from 16 on (the page break took no blank line).
    expect(lines.map((l) => (l.trim() === '' ? '_' : 'T')).join('')).toBe('T_'.repeat(7) + 'TT' + '_T'.repeat(12));
  });
});

describe('the sixth paper, ingested by loadCorpus', () => {
  it('has one paper with the manifest\'s id and editorial texts', () => {
    expect(corpus.papers.map((p) => [p.id, p.slug])).toEqual([['005', 'regional-akimats-telegram']]);
    expect(paper.editorial.title.ru).toBe('Telegram-каналы региональных акиматов');
  });

  it('numbers two front lines, three paragraphs and a table', () => {
    expect(paper.blocks.map(summary)).toEqual([
      '1 front 1–1',
      '2 front 3–3',
      '3 paragraph 5–11',
      '4 paragraph 13–18',
      '5 table 20–28',
      '6 paragraph 30–36',
    ]);
    expect(paper.paragraphCount).toBe(6);
    expect(paper.blocks.every((b) => b.lang === 'kk')).toBe(true);
  });

  it('ends the first paragraph on its short last line (11) and joins the page-break line (16) into the second', () => {
    expect(textOf(3)).toMatch(/Бұл мақала үш облыс әкімдігінің арналарын салыстырады\.$/);
    expect(textOf(4)).toContain('2023 жылғы қаңтар мен маусым аралығындағы жазбалар мен жазылушылар саны');
    expect(paper.lineToParagraph.get(16)).toBe(4);
  });

  it('repairs the garbled letters, each recorded by kind and line', () => {
    expect(paper.repairs.map((r) => [r.kind, r.line, r.from, r.to])).toEqual([
      ['font-encoding', 1, 'Ӛ', 'Ө'],
      ['font-encoding', 9, 'ӛ', 'ө'],
      ['latin-in-cyrillic', 32, 'Пiкірлердің', 'Пікірлердің'],
    ]);
    expect(textOf(1)).toBe('ӨҢІРЛІК ӘКІМДІКТЕРДІҢ TELEGRAM АРНАЛАРЫ');
    expect(textOf(3)).toContain('тұрғындар өз пікірін');
    expect(textOf(6)).toContain('отыр. Пікірлердің көбі');
  });

  it('joins the word split at a line end (34/36 «тиім-|ділігін»)', () => {
    expect(textOf(6)).toContain('құралы ретіндегі тиімділігін арттыру');
  });

  it('counts every change by kind', () => {
    const changed = Object.fromEntries(Object.entries(paper.counts).filter(([, v]) => v > 0));
    expect(changed).toEqual({ 'font-encoding': 2, 'latin-in-cyrillic': 1, 'hyphen-joined': 1, 'page-break-joined': 1 });
  });

  it('replaces the flattened lines 20–28 by the table of tables.yaml', () => {
    const table = paper.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({
      n: 5,
      id: 'akimat-channels',
      caption: 'Кесте 1 – Әкімдік арналарының көрсеткіштері',
      header: ['Облыс', 'Жазылушылар', 'Жазбалар'],
      rows: [['Ақмола', '41 200', '512'], ['Павлодар', '38 900', '467'], ['Маңғыстау', '27 450', '389']],
    });
    expect(paper.lines.filter((l) => l.status === 'table').map((l) => l.n)).toEqual([20, 22, 24, 26, 28]);
    expect(paper.lineToParagraph.get(24)).toBe(5);
  });

  it('leaves out the excluded fragment (38–40) and keeps its reason', () => {
    expect(paper.excluded).toMatchObject([{ lines: [38, 40], count: 3 }]);
    expect(paper.excluded[0]?.reason.en).toMatch(/^A Russian fragment/);
    expect(paper.lines.filter((l) => l.status === 'excluded').map((l) => l.n)).toEqual([38, 39, 40]);
    expect(paper.blocks.some((b) => 'text' in b && b.text.includes('логистики'))).toBe(false);
    expect(paper.lineToParagraph.has(38)).toBe(false);
  });

  it('publishes every letter and digit of the kept source, in order', () => {
    expect(publishedText(paper)).toBe(keptSourceText(paper));
    expect(keptSourceText(paper)).toContain('пікірлердіңкөбі');
  });

  it('the fidelity check stops a rule that drops words, naming the file and the line', () => {
    const blocks = paper.blocks.map((b) => (b.kind === 'paragraph' && b.n === 6 ? { ...b, text: b.text.replace(' жол мен жылу', '') } : b));
    expect(() => assertFaithful({ ...paper, blocks }, `${DIR}/005_sixth_paper.txt`)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: tests/fixtures/sixth-paper/005_sixth_paper.txt:32: the published text differs from the source near «қтартаалмайотырпікірлердіңкөбіжолменжылумәселесінеқатыстыалә»
        Fix: this is a pipeline bug: a rule dropped or changed words; run the unit tests and fix the rule]
    `);
  });
});

describe('the fixture as a content folder for a site build (ARCHIVE_CONTENT=tests/fixtures/sixth-paper-site)', () => {
  it('holds the same source files', () => {
    const names = readdirSync(DIR).sort();
    expect(readdirSync(SITE_SOURCES).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(SITE_SOURCES, name), 'utf8'), name).toBe(readFileSync(join(DIR, name), 'utf8'));
  });

  it('has a chapters folder, and loads', () => {
    expect(statSync('tests/fixtures/sixth-paper-site/chapters').isDirectory()).toBe(true);
    expect(loadCorpus(SITE_SOURCES, process.cwd(), undefined, 'content').papers.map((p) => p.paragraphCount)).toEqual([6]);
  });
});
