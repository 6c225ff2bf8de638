import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../src/lib/search/shared/page-kind.ts';
import { passageDocument, splitPage } from '../../src/lib/search/build/passages.ts';
import { collectPassages } from '../../src/lib/search/build/records.ts';

/** A short paper's page in one UI copy: the summary (the UI's own, then the others under their language), then the text. */
const paperPage = (ui: string, labels: { summary: string; other: string; text: string }) => `<!doctype html><html lang="${ui}"><head><title>Мақала · Мұрағат</title></head><body><main>
<div data-pagefind-body><section aria-labelledby="summary"><h2 id="summary">${labels.summary}</h2><div lang="kk"><p>Түйіндеме мәтіні.</p></div>
<details><summary>…</summary><div lang="en"><h3>${labels.other}</h3><p>The summary in English.</p></div></details></section></div>
<section aria-labelledby="text"><h2 id="text">${labels.text}</h2><div data-pagefind-body>${para(11, 'Мақаланың өз абзацы.')}${para(12, 'Тағы бір абзац.')}</div></section></main></body></html>`;

const para = (n: number, text: string, lang = 'kk') => `<p id="p${n}" class="para" lang="${lang}"><a class="para-num" href="#p${n}" data-pagefind-ignore>${n}</a>${text}</p>`;
const page = (body: string, lang = 'kk') => `<!doctype html><html lang="${lang}"><head><title>Бөлім · Мұрағат</title></head><body>
<header data-pagefind-ignore="all"><input id="site-search"></header><main><div data-pagefind-body><h1 id="s1">1.2 Тарау</h1>${body}</div></main></body></html>`;

describe('passages of a built page', () => {
  it('cuts at headings and language changes, keeps paragraph ids and leaves the chrome and numbers out', () => {
    const html = page(para(1, 'Қазақ хандығы.') + para(2, 'Екінші абзац.') + '<h2 id="s2">Келесі</h2>' + para(3, 'Мягкая сила.', 'ru') + para(4, 'Soft power.', 'en'));
    const passages = splitPage(html, { kind: 'paper' });
    expect(passages.map((p) => [p.title, p.lang, p.anchor, p.text])).toEqual([
      ['1.2 Тарау', 'kk', 's1', '1.2 Тарау Қазақ хандығы. Екінші абзац.'],
      ['Келесі', 'ru', 's2', 'Келесі Мягкая сила.'],
      ['Келесі', 'en', 'p4', 'Soft power.'],
    ]);
    const doc = passageDocument(passages[0]!, { paper: 'x', shared: true });
    expect(doc).toContain('<span id="p1"></span>Қазақ хандығы.');
    expect(doc).toContain('data-pagefind-filter="paper[content]" content="x"');
    expect(doc).not.toContain('site-search');
  });

  it('closes a passage near the word target without splitting a paragraph', () => {
    const long = Array.from({ length: 12 }, (_, i) => para(i + 1, 'сөз '.repeat(30))).join('');
    const passages = splitPage(page(long), { kind: 'paper', targetWords: 100 });
    expect(passages.length).toBe(4);
    expect(passages.every((p) => p.words <= 100 || p.blocks.length <= 2)).toBe(true);
  });

  it('indexes each paper once (its Kazakh-UI copy) and only the translations of its other copies, every chapter copy, and never the search page or source views', () => {
    expect(classifyPage('kk/papers/slug/1-1/')).toEqual({ kind: 'paper', lang: 'kk', paper: 'slug' });
    expect(classifyPage('ru/papers/slug/1-1/')).toEqual({ kind: 'paper', lang: 'ru', paper: 'slug', translationsOnly: true });
    expect(classifyPage('kk/papers/slug/source/')).toBeNull();
    expect(classifyPage('en/chapters/steppe-diplomacy/')).toEqual({ kind: 'chapter', lang: 'en' });
    expect(classifyPage('en/search/')).toBeNull();
    const shared = page(para(1, 'Бір мәтін.'));
    const { records } = collectPassages(['kk', 'ru', 'en'].map((l) => ({ path: `${l}/glossary/`, html: shared })), '/');
    expect(records.map((r) => [r.url, r.shared])).toEqual([['/kk/glossary/#s1', true]]);
  });

  it('from a Russian copy of a paper, only the translations: anchored at their paragraph and marked as translations', () => {
    const aligned = (n: number, kk: string, ru: string) => `<div class="aligned">${para(n, kk)}<p class="translation" data-translation-of="p${n}" lang="ru"><span class="tr-label" data-pagefind-ignore>Перевод редакции</span> ${ru}</p></div>`;
    const html = page(aligned(1, 'Қазақ хандығы.', 'Казахское ханство.') + aligned(2, 'Екінші абзац.', 'Второй абзац.'), 'ru');
    const passages = splitPage(html, { kind: 'paper', translationsOnly: true });
    expect(passages.map((p) => [p.lang, p.anchor, p.text, p.translation])).toEqual([['ru', 'p1', 'Казахское ханство. Второй абзац.', true]]);
    expect(passageDocument(passages[0]!, { shared: false })).toContain('data-pagefind-meta="translation[content]" content="1"');
    const kk = splitPage(page(aligned(1, 'Қазақ хандығы.', 'Казахское ханство.')), { kind: 'paper' });
    expect(kk.map((p) => [p.lang, p.translation])).toEqual([['kk', false], ['ru', true]]);
  });

  it('files a paper\'s own paragraphs under the heading of its text, not under the summary\'s last heading', () => {
    const passages = splitPage(paperPage('kk', { summary: 'Түйіндеме', other: 'ағылшын тілі', text: 'Мақала мәтіні' }), { kind: 'paper' });
    expect(passages.map((p) => [p.anchor, p.lang, p.title, p.place.id])).toEqual([
      ['summary', 'kk', 'Түйіндеме', 'summary'],
      ['summary', 'en', 'ағылшын тілі', 'summary'],
      ['p11', 'kk', 'Мақала мәтіні', 'text'],
    ]);
  });

  it('names every passage in each UI copy of its page: a paper\'s by that copy\'s headings, a chapter\'s heading by its position', () => {
    const labels = { kk: { summary: 'Түйіндеме', other: 'ағылшын тілі', text: 'Мақала мәтіні' }, ru: { summary: 'Резюме <span class="editorial-badge">от редакции</span>', other: 'английский', text: 'Текст статьи' }, en: { summary: 'Summary', other: 'English', text: 'Text of the paper' } };
    const papers = collectPassages((['en', 'kk', 'ru'] as const).map((l) => ({ path: `${l}/papers/x/`, html: paperPage(l, labels[l]) })), '/');
    const text = papers.records.find((r) => r.passage.anchor === 'p11')!;
    expect(text.copies).toEqual({
      en: { anchor: 'p11', title: 'Text of the paper', lang: null }, kk: { anchor: 'p11', title: 'Мақала мәтіні', lang: null }, ru: { anchor: 'p11', title: 'Текст статьи', lang: null },
    });
    expect(passageDocument(text.passage, text)).toContain('data-pagefind-meta="copies[content]"');
    // The summary in English is named "Summary" in the Russian copy (its badge left out), its language said apart.
    const summary = papers.records.find((r) => r.passage.lang === 'en')!;
    expect(summary.copies?.['ru']).toEqual({ anchor: 'summary', title: 'Резюме', lang: null });

    const chapter = (lang: string, heads: string[]) => `<!doctype html><html lang="${lang}"><head><title>${heads[0]} · A</title></head><body><main><div data-pagefind-body>
${heads.map((h, i) => `<h2 id="${h.toLowerCase()}">${h}</h2><p>${'сөз '.repeat(i + 3)}${lang}</p>`).join('')}</div></main></body></html>`;
    const { records } = collectPassages([
      { path: 'en/chapters/c/', html: chapter('en', ['Origins', 'Embassies']) },
      { path: 'ru/chapters/c/', html: chapter('ru', ['Истоки', 'Посольства']) },
    ], '/');
    const embassies = records.find((r) => r.passage.anchor === 'embassies')!;
    expect(embassies.copies?.['ru']).toEqual({ anchor: 'посольства', title: 'Посольства', lang: null });
  });
});
