import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/ingest/corpus.ts';
import { keptSourceText, publishedText } from '../../src/lib/ingest/pipeline.ts';

const MOJIBAKE = /[ӛӚҽҼҿҾҥҤҧҦ]/;
const corpus = loadCorpus('content/sources');

describe('the five papers, ingested', () => {
  it.each(corpus.papers.map((p) => [p.id, p] as const))('%s: every letter and digit of the kept source is published, in order', (_id, paper) => {
    expect(publishedText(paper)).toBe(keptSourceText(paper));
  });

  it.each(corpus.papers.map((p) => [p.id, p] as const))('%s: no garbled letter and no mixed-script word in the text', (_id, paper) => {
    const texts = paper.blocks.map((b) => (b.kind === 'table' ? [b.caption ?? '', ...b.header, ...b.rows.flat()].join(' ') : b.text));
    const bad = texts.flatMap((t) => t.match(/[\p{L}]+/gu) ?? []).filter((w) => MOJIBAKE.test(w) || (/\p{Script=Cyrillic}/u.test(w) && /\p{Script=Latin}/u.test(w)));
    expect(bad).toEqual([]);
  });

  it.each(corpus.papers.map((p) => [p.id, p] as const))('%s: paragraphs are numbered 1…N without gaps', (_id, paper) => {
    const ns = paper.blocks.flatMap((b) => (b.kind === 'heading' ? [] : [b.n]));
    expect(ns).toEqual(ns.map((_, i) => i + 1));
  });

  it('no excluded fragment reaches a paper', () => {
    const all = corpus.papers.flatMap((p) => p.blocks.map((b) => ('text' in b ? b.text : ''))).join(' ');
    for (const phrase of ['Трансказахстанская', 'модель оплаченного результата', 'политика представляет собой рынок']) expect(all).not.toContain(phrase);
  });

  it('joins true hyphen splits and keeps compounds', () => {
    const text = (id: string) => corpus.papers.find((p) => p.id === id)!.blocks.map((b) => ('text' in b ? b.text : '')).join(' ');
    expect(text('003')).toContain('тартымдылығына');
    expect(text('004')).toContain('қабілеттілігін');
    expect(text('004')).toContain('қарым-қатынас');
    expect(text('001')).toContain('веб-порталы');
    expect(text('001')).toContain('e-gov');
    expect(text('000')).toContain('интернет-сайлаулар');
  });

  it('the dissertation reads in paragraphs, not lines', () => {
    const paras = corpus.papers.find((p) => p.id === '004')!.blocks.filter((b) => b.kind === 'paragraph');
    const mean = paras.reduce((a, b) => a + ('text' in b ? b.text.length : 0), 0) / paras.length;
    expect(mean).toBeGreaterThan(250);
  });
});

describe('debris across lines', () => {
  it('a word\'s first letters at a line end, printed again whole on the next line, are removed and recorded: 004:3577 «G-»', async () => {
    const { loadCorpus } = await import('../../src/lib/ingest/corpus.ts');
    const p = loadCorpus('content/sources').papers.find((x) => x.id === '004')!;
    const block = p.blocks.find((b) => b.kind !== 'heading' && b.lines[0] <= 3577 && b.lines[1] >= 3577)!;
    expect('text' in block && block.text).toMatch(/іске қосты\. «G-global»/);
    expect(p.repairs).toContainEqual(expect.objectContaining({ kind: 'debris', line: 3577, from: 'G-', to: '' }));
  });
});
