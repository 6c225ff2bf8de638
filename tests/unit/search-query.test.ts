import { describe, expect, it } from 'vitest';
import { execute, type Hit, type SearchBackend } from '../../src/lib/search/execute.ts';
import { buildExcerpt } from '../../src/lib/search/excerpt.ts';
import { GlossaryIndex } from '../../src/lib/search/glossary.ts';
import { groupResults } from '../../src/lib/search/groups.ts';
import { openIn } from '../../src/lib/search/page-kind.ts';
import { planQuery } from '../../src/lib/search/plan.ts';
import { repairQuery } from '../../src/lib/search/normalize.ts';
import { latinToCyrillic } from '../../src/lib/search/translit.ts';
import { glossaryTerms } from '../../src/lib/search/client-data.ts';

const glossary = new GlossaryIndex(glossaryTerms());
const alternatives = (q: string, equivalents = true) => planQuery(q, glossary, { equivalents }).concepts.map((c) => c.alternatives.map((a) => a.join(' ')));

describe('Latin-script Kazakh', () => {
  it.each([
    ['qoğamdyq', 'қоғамдық'], ['jūmsaq', 'жұмсақ'], ['küş', 'күш'], ['äkimdik', 'әкімдік'], ['baspasöz', 'баспасөз'], ['ulttyq', 'ұлттық'],
    ['qazaqstan', 'қазақстан'], ['memlekettik', 'мемлекеттік'], ['saiasat', 'саясат'], ['sayasat', 'саясат'], ['khalyq', 'халық'],
    ['halyk', 'халық'], ['zhumsak', 'жұмсақ'], ['bailanys', 'байланыс'], ['saylau', 'сайлау'], ['diplomatiia', 'дипломатия'],
    ['diplomatiya', 'дипломатия'], ['elshilik', 'елшілік'], ['tarikh', 'тарих'], ['nazarbayev', 'назарбаев'],
  ])('%s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toContain(cyrillic);
  });

  it('searches a word of the official alphabet in Cyrillic only, an informal one in both', () => {
    expect(alternatives('qoğamdyq diplomatiia')[0]).toEqual(expect.arrayContaining(['қоғамды дипломат', 'public diplomac', 'публичн дипломат']));
    const memleket = planQuery('memleket', glossary, { equivalents: true }).concepts[0]!;
    expect(memleket.alternatives).toEqual([['memleket']]);
    expect(memleket.fallback).toEqual([['мемлекет']]);
  });
});

describe('garbled PDF letters', () => {
  it('repairs the font-encoding letters and Latin look-alikes with the ingestion map', () => {
    expect(repairQuery('ӛзара байланыс')).toBe('өзара байланыс');
    expect(repairQuery('ҽлеуметтік желілер')).toBe('әлеуметтік желілер');
    expect(repairQuery('Данагҥл')).toBe('Данагүл');
    expect(repairQuery('мемлекеттiк')).toBe('мемлекеттік'); // Latin i inside a Cyrillic word
    expect(planQuery('ҧлттық', null, { equivalents: true }).repaired).toBe('ұлттық');
  });
});

describe('across languages through the glossary', () => {
  it('English "soft power" also searches «жұмсақ күш» and «мягкая сила», and says so', () => {
    const plan = planQuery('soft power', glossary, { equivalents: true });
    expect(plan.concepts.map((c) => c.alternatives.map((a) => a.join(' ')))).toEqual([['soft power', 'жұмса күш', 'мягк сил']]);
    expect(plan.equivalents.map((m) => [m.id, m.terms.kk, m.terms.ru])).toEqual([['soft-power', 'жұмсақ күш', 'мягкая сила']]);
  });

  it('matches inflected forms of a term (мягкой силы, жұмсақ күштің) and nothing when turned off', () => {
    expect(planQuery('мягкой силы', glossary, { equivalents: true }).equivalents.map((m) => m.id)).toEqual(['soft-power']);
    expect(planQuery('жұмсақ күштің', glossary, { equivalents: true }).equivalents.map((m) => m.id)).toEqual(['soft-power']);
    expect(alternatives('soft power', false)).toEqual([['soft'], ['power']]);
  });

  it('does not take a derived word for its base: хандық is not the term хан', () => {
    expect(planQuery('хандық', glossary, { equivalents: true }).equivalents.map((m) => m.id)).not.toContain('khan');
  });
});

describe('running a plan', () => {
  const hit = (id: string, score: number, ...at: number[]): Hit => ({ id, score, locations: at.map((a) => ({ at: a, exact: true })) });
  const backend = (table: Record<string, Hit[]>): SearchBackend => ({ search: async (keys) => table[keys.join(' ')] ?? [] });

  it('ranks passages holding every concept first, then those holding half', async () => {
    const plan = planQuery('саясат сайлау', null, { equivalents: false });
    const { ranked } = await execute(plan, backend({ саясат: [hit('a', 5, 1), hit('b', 9, 2)], саила: [hit('a', 1, 7), hit('c', 3, 4)] }));
    expect(ranked.map((r) => [r.id, r.coverage])).toEqual([['a', 1], ['b', 0.5], ['c', 0.5]]);
  });

  it('searches the Cyrillic reading of a Latin word that the index hardly knows', async () => {
    const plan = planQuery('memleket', null, { equivalents: false });
    const { ranked, usedFallback } = await execute(plan, backend({ memleket: [], мемлекет: [hit('x', 2, 0)] }));
    expect(ranked.map((r) => r.id)).toEqual(['x']);
    expect(usedFallback.map((c) => c.label)).toEqual(['memleket']);
  });

  it('a short word matches whole words only', async () => {
    const plan = planQuery('PR', null, { equivalents: false });
    const found = await execute(plan, backend({ pr: [{ id: 'president', score: 9, locations: [{ at: 0, exact: false, key: 'pr' }] }, { id: 'pr', score: 1, locations: [{ at: 3, exact: true, key: 'pr' }] }] }));
    expect(found.ranked.map((r) => r.id)).toEqual(['pr']);
  });
});

describe('what a result shows', () => {
  const content = 'Тарау. Бірінші абзац қысқа. Қазақ хандығы дипломатиясының тарихы ұзақ. Үшінші абзац.';
  const data = { content, anchors: [{ id: 'h1', location: 0 }, { id: 'p7', location: 1 }, { id: 'p8', location: 4 }, { id: 'p9', location: 9 }], meta: { anchor: 'h1' } };

  it('links to the paragraph that holds the matches, numbers it, and marks the words', () => {
    const ex = buildExcerpt(data, [5, 6]);
    expect(ex.anchor).toBe('p8');
    expect(ex.paragraph).toBe(8);
    expect(ex.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['хандығы', 'дипломатиясының']);
    expect(ex.parts.map((p) => p.text).join('')).toBe('Қазақ хандығы дипломатиясының тарихы ұзақ.');
    expect(ex.terms).toEqual(['хандығы', 'дипломатиясының']);
  });

  it('opens papers in the reader\'s language and keeps a chapter in its own', () => {
    expect(openIn('/kk/papers/x/1-2/', 'en', true)).toBe('/en/papers/x/1-2/');
    expect(openIn('/archive/kk/papers/x/', 'ru', true, '/archive/')).toBe('/archive/ru/papers/x/');
    expect(openIn('/ru/chapters/steppe-diplomacy/', 'en', false)).toBe('/ru/chapters/steppe-diplomacy/');
  });

  it('groups by paper, papers first, three passages per paper and one per other kind', () => {
    const facets: Record<string, { kind: string; paper?: string }> = {
      g1: { kind: 'glossary' }, a1: { kind: 'paper', paper: 'a' }, a2: { kind: 'paper', paper: 'a' }, a3: { kind: 'paper', paper: 'a' },
      a4: { kind: 'paper', paper: 'a' }, c1: { kind: 'chapter' }, c2: { kind: 'chapter' }, b1: { kind: 'paper', paper: 'b' },
    };
    const ranked = Object.keys(facets).map((id, i) => ({ id, score: 10 - i, coverage: 1, locations: [] }));
    const groups = groupResults(ranked, (id) => facets[id]);
    expect(groups.map((g) => [g.key, g.total, g.items.map((r) => r.id).join(',')])).toEqual([
      ['paper:a', 4, 'a1,a2,a3'], ['paper:b', 1, 'b1'], ['kind:glossary', 1, 'g1'], ['kind:chapter', 2, 'c1'],
    ]);
  });
});
