import { describe, expect, it } from 'vitest';
import { execute, type Hit, type SearchBackend } from '../../src/lib/search/shared/execute.ts';
import { buildExcerpt } from '../../src/lib/search/shared/excerpt.ts';
import { GlossaryIndex } from '../../src/lib/search/shared/glossary.ts';
import { groupResults } from '../../src/lib/search/shared/groups.ts';
import { openIn, resultTarget } from '../../src/lib/search/shared/page-kind.ts';
import { formMatcher, planQuery } from '../../src/lib/search/shared/plan.ts';
import { repairQuery } from '../../src/lib/search/shared/normalize.ts';
import { latinToCyrillic } from '../../src/lib/search/shared/translit.ts';
import { glossaryTerms } from '../../src/lib/search/build/client-data.ts';

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

describe('which found words are forms of the searched ones (marks and ?highlight=)', () => {
  const forms = (q: string, lang: string, words: string[]) => {
    const isForm = formMatcher(planQuery(q, glossary, { equivalents: true }));
    return words.filter((w) => isForm(w, lang));
  };

  it('a Russian word: its inflections, not another word that begins alike', () => {
    expect(forms('выборы', 'ru', ['выборы', 'выборах,', 'Выборов', 'выборами', 'выборка', 'выборки', 'выборочный'])).toEqual(['выборы', 'выборах,', 'Выборов', 'выборами']);
    expect(forms('мягкая сила', 'ru', ['мягкой', 'силы', 'Мягкая', 'силовым', 'мягкость'])).toEqual(['мягкой', 'силы', 'Мягкая']);
  });

  it('an English word: its inflections, never a URL or an e-mail address', () => {
    const found = ['embassies', 'Embassy', 'embassy\'s', 'websites', 'https://www.facebook.com/Embassy-of-the-Republic-of-Kazakhstan-393738660718953', 'www.kazembassy.org', 'embassy@mfa.kz'];
    expect(forms('embassy website', 'en', found)).toEqual(['embassies', 'Embassy', 'embassy\'s', 'websites']);
  });

  it('a Kazakh word keeps every suffixed form; glossary equivalents count in their own language', () => {
    expect(forms('жұмсақ күш', 'kk', ['жұмсақ', 'күшінің', 'күш-қуат', 'жұмыс'])).toEqual(['жұмсақ', 'күшінің', 'күш-қуат']);
    expect(forms('жұмсақ күш', 'ru', ['мягкой', 'силы', 'силовым'])).toEqual(['мягкой', 'силы']);
    expect(forms('soft power', 'en', ['soft', 'powers', 'powerful'])).toEqual(['soft', 'powers']);
  });

  it('an excerpt marks and passes on only the forms', () => {
    const content = 'Посольства: https://www.facebook.com/KazakhstanEmbassy и сайты посольств.';
    const isForm = formMatcher(planQuery('посольство', glossary, { equivalents: false }));
    const ex = buildExcerpt({ content, anchors: [{ id: 'p3', location: 0 }], meta: {} }, [0, 1, 4], 30, (w) => isForm(w, 'ru'));
    expect(ex.terms).toEqual(['Посольства', 'посольств']);
    expect(ex.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Посольства:', 'посольств.']);
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

  it('opens every page in the reader\'s own copy: papers, chapters, the glossary, timelines', () => {
    expect(openIn('/kk/papers/x/1-2/', 'en')).toBe('/en/papers/x/1-2/');
    expect(openIn('/archive/kk/papers/x/', 'ru', '/archive/')).toBe('/archive/ru/papers/x/');
    expect(openIn('/ru/chapters/steppe-diplomacy/', 'en')).toBe('/en/chapters/steppe-diplomacy/');
    expect(openIn('/en/timelines/', 'kk')).toBe('/kk/timelines/');
  });

  it('leads to the passage\'s place in the reader\'s copy: a paragraph keeps its id, a chapter heading becomes that copy\'s', () => {
    const copies = JSON.stringify({
      kk: { anchor: 'цифрлық-дипломатия', title: 'Цифрлық дипломатия', lang: null },
      ru: { anchor: 'цифровая-дипломатия', title: 'Цифровая дипломатия', lang: null },
      en: { anchor: 'digital-diplomacy', title: 'Digital diplomacy', lang: null },
    });
    const chapter = resultTarget('/kk/chapters/digital/#цифрлық-дипломатия', 'цифрлық-дипломатия', { anchor: 'цифрлық-дипломатия', copies }, 'ru');
    expect(chapter).toEqual({ page: '/ru/chapters/digital/', anchor: 'цифровая-дипломатия', place: { anchor: 'цифровая-дипломатия', title: 'Цифровая дипломатия', lang: null } });
    // Inside a paper's passage the excerpt's paragraph is the same in every copy.
    const paper = JSON.stringify({ en: { anchor: 's1-1', title: '1.1 Тарау', lang: 'kk' } });
    expect(resultTarget('/archive/kk/papers/x/1-1/#s1-1', 'p12', { anchor: 's1-1', copies: paper }, 'en', '/archive/')).toMatchObject({ page: '/archive/en/papers/x/1-1/', anchor: 'p12' });
    // An index without the places still opens the reader's copy.
    expect(resultTarget('/en/timelines/#ev-1', 'ev-1', { anchor: 'ev-1' }, 'ru')).toEqual({ page: '/ru/timelines/', anchor: 'ev-1', place: null });
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
