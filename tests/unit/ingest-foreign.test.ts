import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/ingest/corpus.ts';
import { foreignPassages } from '../../src/lib/ingest/foreign.ts';

// Passages of eight words or more in another language inside a block get their own `lang`.
const corpus = loadCorpus('content/sources');
const blockAt = (id: string, line: number) => {
  const b = corpus.papers.find((p) => p.id === id)!.blocks.find((x) => x.kind !== 'heading' && x.lines[0] <= line && x.lines[1] >= line)!;
  if (!('foreign' in b)) throw new Error(`${id}:${line} is not a text block`);
  return b;
};
const spans = (id: string, line: number) => { const b = blockAt(id, line); return b.foreign.map((f) => [f.lang, b.text.slice(f.start, f.end)]); };

describe('foreign passages', () => {
  it('a Russian quotation inside a Kazakh paragraph: 004:1101–1124', () => {
    expect(blockAt('004', 1101).lang).toBe('kk');
    expect(spans('004', 1101)).toEqual([['ru', expect.stringMatching(/^«Что такое общественная дипломатия и зачем она нужна России\?»$/)]]);
  });

  it('a Kazakh introduction to a long Russian quotation: the block is Russian, the introduction Kazakh (004:3268–3292)', () => {
    const b = blockAt('004', 3268);
    expect(b.lang).toBe('ru');
    expect(spans('004', 3268)).toEqual([['kk', expect.stringMatching(/^Осындай факторлардың арқасында мемлекет көпвекторлы сыртқы саясатты/)]]);
  });

  it('the English note of the FCO budget inside a Kazakh paragraph (004:8511–8547)', () => {
    expect(spans('004', 8511)).toContainEqual(['en', 'These budgets were cut drastically as of late 2010.)']);
  });

  it('names and titles in Latin script are not an English passage; a Kazakh sentence without its special letters is not Russian', () => {
    expect(foreignPassages('Бұл соманы Institutional Venture Partners және Benchmark Capital ұсынды. Келесі сөйлем қазақша жазылған.', 'kk').spans).toEqual([]);
    expect(foreignPassages('Мен бүгін кітапхана мен мектепке барып келдім, ол жерде дос тапты. Сонымен бірге үлкен жиналыс болды.', 'kk').spans).toEqual([]);
  });

  it('every block of the corpus: at least the eleven known passages, none shorter than eight words', () => {
    const all = corpus.papers.flatMap((p) => p.blocks.flatMap((b) => ('foreign' in b ? b.foreign.map((f) => b.text.slice(f.start, f.end)) : [])));
    expect(all.length).toBeGreaterThanOrEqual(11);
    for (const passage of all) expect(passage.split(/\s+/).length, passage).toBeGreaterThanOrEqual(8);
  });
});

describe('foreign passages inside a sentence', () => {
  it('an English title in a Kazakh sentence (004:1308–1352), a short Russian quotation (004:6835–6863)', () => {
    expect(spans('004', 1308)).toContainEqual(['en', 'Soft Power: The Means to Success in World Politics']);
    expect(spans('004', 6835).map(([lang]) => lang)).toContain('ru');
  });
});
