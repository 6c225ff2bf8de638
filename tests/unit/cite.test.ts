import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { loadCorpus } from '../../src/lib/ingest/corpus.ts';
import { paperWork } from '../../src/lib/cite/paper-work.ts';
import { exportWork, EXPORT_FORMATS } from '../../src/lib/cite/exports.ts';
import { fillParagraph, paragraphTemplate, reference } from '../../src/lib/cite/format.ts';
import { highwireTags, jsonLd } from '../../src/lib/cite/meta.ts';
import { accessDate } from '../../src/lib/cite/access-date.ts';
import { datasetReference } from '../../src/lib/cite/dataset.ts';
import { STYLE_IDS } from '../../src/lib/cite/styles.ts';
import { LANGS, type UiLang } from '../../src/lib/i18n/index.ts';

const corpus = loadCorpus('content/sources');
const ACCESSED = '2026-03-07';
const SITE = 'https://archive.test';
const work = (id: string, lang: UiLang = 'kk') => {
  const p = corpus.papers.find((x) => x.id === id)!;
  const landing = `${SITE}/${lang}/papers/${p.slug}/`;
  return paperWork(p, lang, { landing, fullText: landing });
};
/** citeproc keeps the space before GOST's colons non-breaking (U+202F); compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const tag = (w: ReturnType<typeof work>, name: string) => highwireTags(w).filter((t) => t.name === name).map((t) => t.content);

describe('downloads read back by citation-js as the page describes the paper', () => {
  it.each(corpus.papers.map((p) => [p.id, p.slug] as const))('%s (%s): .bib, .ris and .json each hold one item with the page title, authors and year', (id) => {
    const w = work(id);
    for (const format of EXPORT_FORMATS) {
      const text = exportWork(w, format, ACCESSED);
      const items = new Cite(format === 'json' ? JSON.parse(text) : text).data as { title: string; author?: { family: string }[]; issued: { 'date-parts': number[][] } }[];
      expect(items, format).toHaveLength(1);
      const [item] = items;
      expect(item!.title, format).toBe(tag(w, 'citation_title')[0]);
      expect((item!.author ?? []).map((a) => a.family), format).toEqual(tag(w, 'citation_author').map((a) => a.split(',')[0]));
      expect(String(item!.issued['date-parts'][0]![0]), format).toBe(tag(w, 'citation_publication_date')[0]);
    }
  });
});

describe('references', () => {
  it('GOST R 7.0.100-2018 in the ru interface: heading, statement of responsibility, medium, URL and access date', () => {
    expect(plain(reference(work('000', 'ru'), 'gost-2018', 'ru', ACCESSED).text)).toBe(
      'Копежанова, Д. Е. Әлеуметтік медиа сайлау процесі кезінде қоғаммен байланыс орнатудағы жаңа саяси құрал ретінде / Д. Е. Копежанова. — Текст : электронный // Архив политической коммуникации Казахстана : [сайт]. — [2016?]. — URL: https://archive.test/ru/papers/social-media-electoral-pr/ (дата обращения: 07.03.2026).',
    );
  });

  it('the interface language decides the apparatus, the title stays Kazakh', () => {
    const kk = plain(reference(work('000', 'kk'), 'gost-2018', 'kk', ACCESSED).text);
    expect(kk).toContain('— Мәтін : электрондық // Қазақстандағы саяси коммуникация мұрағаты : [сайт]');
    expect(kk).toContain('(қаралған күні: 07.03.2026)');
    const en = reference(work('000', 'en'), 'mla', 'en', ACCESSED).text;
    expect(en).toContain('Әлеуметтік медиа');
    expect(en).toContain('Accessed 7 Mar. 2026');
  });

  it('no author: the title comes first, bracketed when the archive supplied it; inferred years as each style wants', () => {
    const gost = plain(reference(work('001', 'ru'), 'gost-2018', 'ru', ACCESSED).text);
    expect(gost).toMatch(/^\[Әлеуметтік желі .*\]\. — Текст : электронный/);
    expect(gost).toContain('— [2023?]. —');
    expect(reference(work('002', 'en'), 'apa', 'en', ACCESSED).text).toMatch(/^Қазақстан мемлекеттік .* \(ca\. 2015\)\./);
    expect(reference(work('004', 'en'), 'chicago', 'en', ACCESSED).text).toContain('[2019?]');
  });

  it('never prints "undefined", "null" or an empty bracket, in any style, language or paper', () => {
    for (const p of corpus.papers) for (const lang of LANGS) for (const style of STYLE_IDS) {
      const w = work(p.id, lang);
      const texts = [reference(w, style, lang, ACCESSED).text, paragraphTemplate(w, style, lang, ACCESSED, w.url).text];
      for (const t of texts) expect(t, `${p.id} ${lang} ${style}`).not.toMatch(/undefined|null|\(\)|\[\]|QQLABELQQ|999999|888888/);
    }
  });

  it('the dissertation is a thesis for machines too', () => {
    expect(jsonLd(work('004'), SITE)['@type']).toBe('Thesis');
    expect(tag(work('001'), 'citation_author')).toEqual([]);
    expect(tag(work('003'), 'citation_author')).toEqual(['Лагуткина, Юлия Николаевна']);
  });
});

describe('paragraph citations', () => {
  const para = (lang: UiLang, style: (typeof STYLE_IDS)[number]) => {
    const w = work('000', lang);
    return plain(fillParagraph(paragraphTemplate(w, style, lang, ACCESSED, w.url).text, 12));
  };
  it('carry the locator in the interface convention and the paragraph permalink', () => {
    expect(para('ru', 'gost-2018')).toContain('— Абз. 12. — URL: https://archive.test/ru/papers/social-media-electoral-pr/#p12 (дата обращения: 07.03.2026).');
    expect(para('kk', 'gost-2018')).toContain('— 12-абзац. — URL: https://archive.test/kk/papers/social-media-electoral-pr/#p12');
    expect(para('en', 'apa')).toBe('(Копежанова, ca. 2016, para. 12)');
    expect(para('ru', 'apa')).toBe('(Копежанова, ок. 2016, абз. 12)');
    expect(para('en', 'mla')).toBe('(Копежанова, par. 12)');
  });
});

describe('access date', () => {
  it('comes from SOURCE_DATE_EPOCH when set, so builds are reproducible', () => {
    expect(accessDate({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14');
    expect(() => accessDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});

describe('dataset and figure references', () => {
  const ref = { title: 'Елшіліктердің Facebook парақшалары', archive: 'Қазақстандағы саяси коммуникация мұрағаты', version: '2026.3', year: 2026, url: 'https://archive.test/data/embassies.csv', accessed: ACCESSED, source: 'Диссертация, 2-2 бөлім' };
  it('GOST in kk and ru, APA in en', () => {
    expect(plain(datasetReference(ref, 'kk'))).toBe('Елшіліктердің Facebook парақшалары : деректер жиыны. — Мәтін : электрондық // Қазақстандағы саяси коммуникация мұрағаты : [сайт]. — 2026. — Нұсқа 2026.3. — URL: https://archive.test/data/embassies.csv (қаралған күні: 07.03.2026). — Деректер көзі: Диссертация, 2-2 бөлім.');
    expect(plain(datasetReference({ ...ref, title: 'Embassy pages on Facebook', archive: 'Kazakh Political Communication Archive' }, 'en'))).toBe('Embassy pages on Facebook (Version 2026.3). (2026). [Data set]. Kazakh Political Communication Archive. https://archive.test/data/embassies.csv');
  });
});
