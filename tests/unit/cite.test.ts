import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { loadCorpus } from '../../src/lib/ingest/corpus.ts';
import { chapterWork, paperWork } from '../../src/lib/cite/paper-work.ts';
import { edtfDate, exportName, exportWork, EXPORT_FORMATS } from '../../src/lib/cite/exports.ts';
import { fillParagraph, paragraphTemplate, reference } from '../../src/lib/cite/format.ts';
import { dublinCore, highwireTags, jsonLd, sectionJsonLd } from '../../src/lib/cite/meta.ts';
import { accessDate } from '../../src/lib/cite/access-date.ts';
import { accessHtml, dayOfIso, formatAccess, parseFormat } from '../../src/lib/cite/access-format.ts';
import { shortTitle, uncertainYear } from '../../src/lib/cite/csl-item.ts';
import { accessFormat } from '../../src/lib/cite/engine.ts';
import { figureBib, figureReference, figureCitations, figureRis, FIGURE_FORMATS, type DatasetRef } from '../../src/lib/cite/dataset.ts';
import { STYLE_IDS, type StyleId } from '../../src/site/cite-styles.ts';
import { isNoindex, robotsTxt } from '../../src/integrations/sitemap.ts';
import { cslLocale, LANGS, type Lang } from '../../src/site/languages.ts';
import { recordTitle, type Work } from '../../src/lib/cite/work.ts';

const corpus = loadCorpus('content/sources');
const ACCESSED = '2026-03-07';
const SITE = 'https://archive.test';
const work = (id: string, lang: Lang = 'kk') => {
  const p = corpus.papers.find((x) => x.id === id)!;
  const landing = `${SITE}/${lang}/papers/${p.slug}/`;
  return paperWork(p, lang, { landing, fullText: landing }, ACCESSED);
};
/** The nine chapters, from their front matter (the content collection needs Astro). */
const chapters: Work[] = LANGS.flatMap((lang) => readdirSync(`content/chapters/${lang}`).filter((f) => f.endsWith('.mdx')).map((f) => {
  const front = readFileSync(`content/chapters/${lang}/${f}`, 'utf8').split('---')[1] ?? '';
  const field = (k: string) => JSON.parse(new RegExp(`^${k}: (".*")$`, 'm').exec(front)?.[1] ?? '""') as string;
  const topic = f.replace(/\.mdx$/, '');
  return chapterWork({ topic, title: field('title'), description: field('description') }, lang, `${SITE}/${lang}/chapters/${topic}/`, 2026, ACCESSED);
}));
const chapter = (lang: Lang, topic = 'political-pr') => chapters.find((c) => c.key === `${lang}-${topic}`)!;
/** citeproc keeps the space before GOST's colons non-breaking (U+202F); compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const tag = (w: Work, name: string) => highwireTags(w).filter((t) => t.name === name || t.property === name).map((t) => t.content);
const ids = corpus.papers.map((p) => p.id);
const allWorks = [...LANGS.flatMap((lang) => ids.map((id) => work(id, lang))), ...chapters];

describe('downloads', () => {
  it.each(allWorks.map((w) => [exportName(w, 'bib'), w] as const))('%s: .bib, .ris and .json each read back by citation-js as one item with the page title, authors and year', (_, w) => {
    for (const format of EXPORT_FORMATS) {
      const text = exportWork(w, format);
      const items = new Cite(format === 'json' ? JSON.parse(text) : text).data as { title: string; author?: { family: string }[]; issued: { 'date-parts': number[][] } }[];
      expect(items, format).toHaveLength(1);
      const [item] = items;
      expect(item!.title, format).toBe(recordTitle(w));
      expect((item!.author ?? []).map((a) => a.family), format).toEqual(w.authors.map((a) => a.family));
      expect(item!.issued['date-parts'][0]![0], format).toBe(w.year);
    }
  });

  it('every .bib passes biber --tool --validate-datamodel with no warning', () => {
    const biber = spawnSync('biber', ['--version'], { encoding: 'utf8' });
    if (biber.error || biber.status !== 0) expect.fail('biber is not installed: on Debian, apt-get install biber (.ci/run does it), then run the tests again');
    const dir = mkdtempSync(join(tmpdir(), 'archive-bib-'));
    try {
      const problems: string[] = [];
      // One file per interface language (the keys repeat across languages), one biber run each.
      for (const lang of LANGS) {
        const file = join(dir, `${lang}.bib`);
        writeFileSync(file, allWorks.filter((w) => w.uiLang === lang).map((w) => exportWork(w, 'bib')).join('\n'));
        const run = spawnSync('biber', ['--tool', '--validate-datamodel', '--output-file', join(dir, 'out.bib'), file], { encoding: 'utf8', cwd: dir });
        const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => /^(WARN|ERROR)/.test(l));
        if (run.status !== 0 && !lines.length) lines.push(`biber exited with ${run.status}`);
        problems.push(...lines.map((l) => `${lang}.bib: ${l}`));
      }
      expect(problems).toEqual([]);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  it('biblatex fields: @online with organization, EDTF dates (uncertain, decade), langid, keywords, abstract; no access date', () => {
    const bib = exportWork(work('002'), 'bib');
    expect(bib).toMatch(/^@online\{political-pr-state-bodies,\n/);
    expect(bib).toContain('  date = {201X},\n');
    expect(bib).toContain('  organization = {Қазақстандағы саяси коммуникация мұрағаты},\n');
    expect(bib).toContain('  langid = {kazakh},\n');
    expect(bib).toContain('  keywords = {Саяси PR},\n');
    expect(bib).toMatch(/ {2}abstract = \{[^\n]{200,}\}\n\}\n$/);
    expect(exportWork(work('000'), 'bib')).toContain('  date = {2016?},\n');
    const thesis = exportWork(work('004', 'ru'), 'bib');
    expect(thesis).toContain('  titleaddon = {PhD dissertation, Баспасөз және электронды БАҚ кафедрасы},\n');
    expect(thesis).toContain('  title = {[Публичная дипломатия в глобальной коммуникационной сети: опыт Казахстана]},\n');
    expect(thesis).toContain('  note = {В источнике нет заглавия; заглавие сформулировано редакторами архива.}\n}\n');
    for (const w of allWorks) {
      expect(exportWork(w, 'bib'), w.key).not.toMatch(/urldate|howpublished/);
      expect(exportWork(w, 'ris'), w.key).not.toMatch(/^Y2 /m);
      expect(JSON.parse(exportWork(w, 'json'))[0], w.key).not.toHaveProperty('accessed');
    }
    expect(edtfDate({ year: 2012, yearUntil: 2014, yearInferred: true })).toBe('2012?/2014?');
  });

  it('RIS: one record, no blank line inside it, the whole slug as ID, typed THES or ELEC with the archive', () => {
    for (const w of allWorks) {
      const ris = exportWork(w, 'ris');
      const lines = ris.slice(0, -1).split('\n');
      expect(ris.endsWith('\n'), w.key).toBe(true);
      expect(lines.every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l)), w.key).toBe(true);
      expect(lines.filter((l) => l.startsWith('TY  - ')), w.key).toHaveLength(1);
      expect(lines.at(-1), w.key).toBe('ER  - ');
      expect(lines, w.key).toContain(`ID  - ${w.key}`);
    }
    const thesis = exportWork(work('004'), 'ris');
    expect(thesis).toMatch(/^TY {2}- THES\n/);
    expect(thesis).toContain('\nM3  - PhD dissertation\nPB  - Баспасөз және электронды БАҚ кафедрасы\nDB  - Қазақстандағы саяси коммуникация мұрағаты\n');
    expect(exportWork(work('002'), 'ris')).toContain('\nDA  - 2010///2010–2019\n');
    expect(exportWork(chapter('en'), 'ris')).toContain('\nT2  - Kazakh Political Communication Archive\n');
  });

  it('each language page hands out its own record: the kk one at the first published address, ru and en with their suffix', () => {
    expect(exportName(work('000', 'kk'), 'bib')).toBe('social-media-electoral-pr.bib');
    expect(exportName(work('000', 'en'), 'ris')).toBe('social-media-electoral-pr.en.ris');
    expect(exportName(chapter('ru'), 'json')).toBe('ru-political-pr.json');
    expect(exportWork(work('000', 'en'), 'bib')).toContain('url = {https://archive.test/en/papers/social-media-electoral-pr/}');
  });
});

/*
 * Every reference and paragraph citation, per style × genre × interface language, pinned in
 * tests/golden/cite-references.txt. A change writes cite-references-changed.txt beside it and fails;
 * UPDATE_GOLDEN=1 (never in CI) accepts it.
 */
describe('rendered references (golden)', () => {
  const GOLDEN = 'tests/golden/cite-references.txt';
  const CHANGED = 'tests/golden/cite-references-changed.txt';
  const label: Record<string, string> = { '000': 'article', '001': 'article, supplied title', '002': 'article, decade', '003': 'student paper', '004': 'dissertation' };
  it('match the golden file', () => {
    const out: string[] = [];
    for (const lang of LANGS) for (const style of STYLE_IDS) {
      for (const id of ids) {
        const w = work(id, lang);
        out.push(`## ${id} (${label[id]}) · ${lang} · ${style}`, plain(reference(w, style, lang, ACCESSED).text), plain(fillParagraph(paragraphTemplate(w, style, lang, ACCESSED, w.url).text, 12)));
      }
      const c = chapter(lang);
      out.push(`## chapter · ${lang} · ${style}`, plain(reference(c, style, lang, ACCESSED).text), plain(fillParagraph(paragraphTemplate(c, style, lang, ACCESSED, c.url).text, 12)));
    }
    const actual = `${out.join('\n')}\n`;
    const update = process.env.UPDATE_GOLDEN === '1' && !process.env.CI;
    if (update || !existsSync(GOLDEN)) {
      if (!update) expect.fail(`no golden ${GOLDEN}: run with UPDATE_GOLDEN=1 to create it, check it, and commit it`);
      writeFileSync(GOLDEN, actual);
    }
    if (readFileSync(GOLDEN, 'utf8') === actual) { rmSync(CHANGED, { force: true }); return; }
    writeFileSync(CHANGED, actual);
    expect.fail(`the rendered references differ from ${GOLDEN}; see ${CHANGED} (UPDATE_GOLDEN=1 accepts it)`);
  });
});

describe('style rules', () => {
  const ref = (id: string, style: StyleId, lang: Lang) => reference(work(id, lang), style, lang, ACCESSED);
  it('GOST R 7.0.100-2018 in the ru interface: heading, statement of responsibility, medium, URL and access date', () => {
    expect(plain(ref('000', 'gost-2018', 'ru').text)).toBe(
      'Копежанова, Д. Е. Әлеуметтік медиа сайлау процесі кезінде қоғаммен байланыс орнатудағы жаңа саяси құрал ретінде / Д. Е. Копежанова. — Текст : электронный // Архив политической коммуникации Казахстана : [сайт]. — [2016?]. — URL: https://archive.test/ru/papers/social-media-electoral-pr/ (дата обращения: 07.03.2026).',
    );
  });
  it('GOST: a date known only to the decade is [201-?]; other styles keep the span', () => {
    expect(plain(ref('002', 'gost-2018', 'kk').text)).toContain('— [201-?]. —');
    expect(plain(ref('002', 'gost-2008', 'ru').text)).toContain('[201-?]');
    expect(ref('002', 'mla', 'en').text).toContain(', [2010–2019?], ');
    expect(ref('002', 'apa', 'en').text).toContain('(ca. 2010–2019)');
    expect(uncertainYear({ year: 2012, yearUntil: 2014 }, true)).toBe('[2012–2014?]');
  });
  it('APA 7, English interface: romanised (ALA-LC) italic title, [translated title] in roman, site name in roman', () => {
    const r = ref('000', 'apa', 'en');
    expect(r.text).toBe('Kopezhanova, D. E. (ca. 2016). Äleūmettik medīa saĭlaū prot͡sesi kezinde qoghammen baĭlanys ornatūdaghy zhanga sai͡asī qural retinde [Social media as a new political tool for public relations during the electoral process]. Kazakh Political Communication Archive. https://archive.test/en/papers/social-media-electoral-pr/');
    expect(r.html).toContain('<i>Äleūmettik medīa saĭlaū prot͡sesi kezinde qoghammen baĭlanys ornatūdaghy zhanga sai͡asī qural retinde</i> [Social media as a new political tool for public relations during the electoral process]. Kazakh Political Communication Archive.');
  });
  it('APA 7: a work without author and title is cited by its [description], shortened in the text', () => {
    expect(ref('001', 'apa', 'en').text).toMatch(/^\[Social networks as a two-way communication tool for state bodies: the akimats of Turkestan and West Kazakhstan regions\]\. \(ca\. 2023\)\. Kazakh Political Communication Archive\. https:/);
    expect(fillParagraph(paragraphTemplate(work('002', 'en'), 'apa', 'en', ACCESSED, work('002', 'en').url).text, 3)).toBe('(Qazaqstan memlekettik organdaryndaghy sai͡asī, ca. 2010–2019, para. 3)');
    expect(shortTitle('[Public diplomacy in the global communication network: the case of Kazakhstan]')).toBe('[Public diplomacy]');
  });
  it('APA 7: "[Doctoral dissertation, Institution]" right after the title, then the archive', () => {
    expect(ref('004', 'apa', 'en').text).toBe('[Public diplomacy in the global communication network: the case of Kazakhstan]. (ca. 2019). [Doctoral dissertation, Baspasȯz zhäne ėlektrondy BAQ kafedrasy]. Kazakh Political Communication Archive. https://archive.test/en/papers/public-diplomacy-dissertation/');
  });
  it('MLA 9: uncertain date "[2016?]"; the dissertation as "Year. Institution, PhD dissertation. Repository, URL."', () => {
    expect(ref('000', 'mla', 'en').text).toContain('Kazakh Political Communication Archive, [2016?], https://archive.test/en/papers/social-media-electoral-pr/. Accessed 7 Mar. 2026.');
    expect(ref('004', 'mla', 'en').html).toContain('. [2019?]. Baspasȯz zhäne ėlektrondy BAQ kafedrasy, PhD dissertation. <i>Kazakh Political Communication Archive</i>, https://archive.test/en/papers/public-diplomacy-dissertation/. Accessed ');
  });
  it('Chicago 17: the website name in roman, "PhD diss."', () => {
    const r = ref('003', 'chicago', 'en');
    expect(r.html).toContain('.” Kazakh Political Communication Archive, [2018?].');
    expect(ref('004', 'chicago', 'en').text).toContain('PhD diss., Baspasȯz zhäne ėlektrondy BAQ kafedrasy, [2019?].');
  });
  it('never prints "undefined", "null", an empty bracket or a marker, in any style, language or work', () => {
    for (const w of allWorks) for (const style of STYLE_IDS) {
      const texts = [reference(w, style, w.uiLang, ACCESSED), paragraphTemplate(w, style, w.uiLang, ACCESSED, w.url)].flatMap((r) => [r.text, r.html]);
      for (const t of texts) expect(t, `${w.key} ${w.uiLang} ${style}`).not.toMatch(/undefined|null|\(\)|\[\]|QQ[A-Z]+QQ|999999|888888/);
    }
  });
  it('paragraph citations carry the locator in the interface convention and the paragraph permalink', () => {
    const para = (lang: Lang, style: StyleId) => plain(fillParagraph(paragraphTemplate(work('000', lang), style, lang, ACCESSED, work('000', lang).url).text, 12));
    expect(para('ru', 'gost-2018')).toContain('— Абз. 12. — URL: https://archive.test/ru/papers/social-media-electoral-pr/#p12 (дата обращения: 07.03.2026).');
    expect(para('kk', 'gost-2018')).toContain('— 12-абзац. — URL: https://archive.test/kk/papers/social-media-electoral-pr/#p12');
    expect(para('en', 'apa')).toBe('(Kopezhanova, ca. 2016, para. 12)');
    expect(para('ru', 'apa')).toBe('(Копежанова, ок. 2016, абз. 12)');
    expect(para('en', 'mla')).toBe('(Kopezhanova, par. 12)');
  });
});

describe("the reader's access date", () => {
  it('each style that prints an access date writes it as its CSL locale does, for the page script to reuse', () => {
    expect(accessFormat('gost-2018', 'ru-RU')?.[2]).toBe('{dd}.03.{y}');
    expect(accessFormat('mla', 'en-US')?.[8]).toBe('{d} Sept. {y}');
    expect(accessFormat('mla', 'kk-KZ')?.[0]).toBe('{y} ж. {d} қаңтар');
    expect(accessFormat('apa', 'en-US')).toBeNull();
    expect(formatAccess(accessFormat('gost-2018', 'kk-KZ')!, { y: 2026, m: 12, d: 2 })).toBe('02.12.2026');
  });
  it('every reference and paragraph citation that prints an access date marks it as <cite-date>, holding the build date until the script runs', () => {
    let printed = 0;
    for (const w of allWorks) for (const style of STYLE_IDS) {
      const format = accessFormat(style, cslLocale(w.uiLang));
      for (const r of [reference(w, style, w.uiLang, ACCESSED), paragraphTemplate(w, style, w.uiLang, ACCESSED, w.url)]) {
        if (!format || !r.text.includes(formatAccess(format, dayOfIso(ACCESSED)))) { expect(r.html, `${w.key} ${style}`).not.toContain('<cite-date'); continue; }
        expect(r.html, `${w.key} ${w.uiLang} ${style}`).toContain(accessHtml(format, ACCESSED));
        printed++;
      }
    }
    // GOST (two styles) and MLA, in the reference and GOST's paragraph note: 24 works × 3 × 2 less MLA's in-text citations.
    expect(printed).toBe(allWorks.length * 5);
  });
  it('the element carries the format the browser fills: a reader on 2 December gets 02.12.2026, not the build date', () => {
    const html = reference(work('000', 'ru'), 'gost-2018', 'ru', '2026-11-21').html;
    const format = parseFormat(/<cite-date data-format="([^"]+)">/.exec(html)![1]!);
    expect(html).toContain('<time datetime="2026-11-21">21.11.2026</time>');
    expect(formatAccess(format, { y: 2026, m: 12, d: 2 })).toBe('02.12.2026');
  });
  it('the build date comes from SOURCE_DATE_EPOCH when set, so builds are reproducible', () => {
    expect(accessDate({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14');
    expect(() => accessDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});

describe('metadata for reference managers and Scholar', () => {
  it('the full abstract, the archive as site name, and web pages typed as such (never a journal article without a journal)', () => {
    const w = work('000', 'ru');
    expect(tag(w, 'citation_abstract')).toEqual([w.abstract!.text]);
    expect(w.abstract!.text.length).toBeGreaterThan(400);
    expect(tag(w, 'og:site_name')).toEqual(['Архив политической коммуникации Казахстана']);
    expect(tag(w, 'og:type')).toEqual(['website']);
    expect(tag(w, 'citation_journal_title')).toEqual([]);
    expect(dublinCore(w).some((m) => m.name === 'DC.type')).toBe(false);
  });
  it('the dissertation: a thesis with its institution, as the source names it (line 411), and its type', () => {
    const w = work('004', 'en');
    expect(tag(w, 'citation_dissertation_institution')).toEqual(['Баспасөз және электронды БАҚ кафедрасы']);
    expect(dublinCore(w).find((m) => m.name === 'DC.type')?.content).toBe('PhD dissertation');
    expect(jsonLd(w, SITE)['@type']).toBe('Thesis');
    expect(tag(w, 'og:type')).toEqual([]);
    const line = readFileSync('content/sources/004_e32f3bd312cc2cb0.txt', 'utf8').split('\n')[410];
    expect(line).toContain('Баспасөз және электронды БАҚ кафедрасы');
  });
  it('chapters are sections of the archive; honest dates; the archive online date', () => {
    expect(tag(chapter('en'), 'citation_book_title')).toEqual(['Kazakh Political Communication Archive']);
    expect(tag(work('002'), 'citation_publication_date')).toEqual(['2010–2019']);
    expect(tag(work('002'), 'citation_online_date')).toEqual(['2026/03/07']);
  });
  it('citation_title is the title the page shows, a supplied one [bracketed] as the editors\' and in the page language', () => {
    expect(tag(work('001', 'en'), 'citation_title')).toEqual(['[Social networks as a two-way communication tool for state bodies: the akimats of Turkestan and West Kazakhstan regions]']);
    expect(tag(work('001', 'ru'), 'citation_title')[0]).toMatch(/^\[Социальные сети/);
    expect(tag(work('000', 'en'), 'citation_title')).toEqual(['Әлеуметтік медиа сайлау процесі кезінде қоғаммен байланыс орнатудағы жаңа саяси құрал ретінде']);
    expect(tag(work('003'), 'citation_author')).toEqual(['Лагуткина, Юлия Николаевна']);
  });
  it('a section page names only the work it is part of', () => {
    const w = work('004');
    expect(sectionJsonLd(w, `${w.url}1-1/`, '1.1')).toMatchObject({ '@type': 'WebPage', isPartOf: { '@type': 'Thesis', '@id': w.url } });
  });
  it('robots.txt names the sitemap; noindex pages are recognised and left out', () => {
    expect(robotsTxt('https://archive.test/archive/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://archive.test/archive/sitemap.xml\n');
    expect(isNoindex('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoindex('<head><link rel="canonical" href="/kk/"></head>')).toBe(false);
  });
});

describe('dataset and figure references', () => {
  const ref = { title: 'Елшіліктердің Facebook парақшалары', archive: 'Қазақстандағы саяси коммуникация мұрағаты', version: '2026.3', year: 2026, url: 'https://archive.test/data/embassies.csv', accessed: ACCESSED, source: 'Диссертация, 2-2 бөлім' };
  it('GOST in kk and ru, APA in en', () => {
    expect(plain(figureReference(ref, 'gost-2018', 'kk').text)).toBe('Елшіліктердің Facebook парақшалары : деректер жиыны. — Мәтін : электрондық // Қазақстандағы саяси коммуникация мұрағаты : [сайт]. — 2026. — Нұсқа 2026.3. — URL: https://archive.test/data/embassies.csv (қаралған күні: 07.03.2026). — Деректер көзі: Диссертация, 2-2 бөлім.');
    expect(plain(figureReference({ ...ref, title: 'Embassy pages on Facebook', archive: 'Kazakh Political Communication Archive' }, 'apa', 'en').text)).toBe('Embassy pages on Facebook (Version 2026.3). (2026). [Data set]. Kazakh Political Communication Archive. https://archive.test/data/embassies.csv');
  });
});

describe('figure citations', () => {
  const fig = (lang: Lang): DatasetRef => ({
    title: { kk: 'Әкімдіктер парақшаларындағы белсенділік', ru: 'Вовлечённость на страницах акиматов', en: 'Engagement on akimat pages' }[lang],
    archive: { kk: 'Қазақстандағы саяси коммуникация мұрағаты', ru: 'Архив политической коммуникации Казахстана', en: 'Kazakh Political Communication Archive' }[lang],
    version: '1.0', year: 2026, url: `${SITE}/${lang}/embassies/#fig-akimat-engagement`, accessed: ACCESSED, source: 'Anonymous, Social networks (2023), ¶34–36', figure: 8,
  });

  it.each(LANGS)('%s: every format names the figure, its number, the archive and the figure\'s address', (lang) => {
    const all = figureCitations(fig(lang), 'fig-akimat-engagement', lang);
    expect(all.map((c) => c.id)).toEqual([...FIGURE_FORMATS]);
    const number = { kk: '8-сурет', ru: /[Рр]исунок 8/, en: /[Ff]igure 8/ }[lang];
    for (const c of all) {
      const text = plain(c.text);
      // MLA and Chicago set English titles in title case.
      expect(text.toLowerCase(), c.id).toContain(fig(lang).title.toLowerCase());
      expect(text, c.id).toMatch(number);
      expect(text, c.id).toContain(fig(lang).archive);
      expect(text, c.id).toContain(fig(lang).url);
    }
  });

  it('GOST: the figure as an electronic resource of the archive, with its version, URL, access date and data source', () => {
    const gost = figureCitations(fig('ru'), 'k', 'ru').find((c) => c.id === 'gost-2018')!;
    expect(plain(gost.text)).toBe('Вовлечённость на страницах акиматов : рисунок 8, набор данных. — Текст : электронный // Архив политической коммуникации Казахстана : [сайт]. — 2026. — Версия 1.0. — URL: https://archive.test/ru/embassies/#fig-akimat-engagement (дата обращения: 07.03.2026). — Источник данных: Anonymous, Social networks (2023), ¶34–36.');
    // The access date is the reader's own once <cite-date> runs.
    expect(gost.html).toContain('<cite-date data-format="{dd}.01.{y}|');
    expect(gost.html).toContain('<time datetime="2026-03-07">07.03.2026</time>');
  });

  it('APA, MLA and Chicago in English', () => {
    const [apa, mla, chicago] = (['apa', 'mla', 'chicago'] as const).map((id) => plain(figureCitations(fig('en'), 'k', 'en').find((c) => c.id === id)!.text));
    expect(apa).toBe('Engagement on akimat pages (Version 1.0). (2026). [Figure 8, data set]. Kazakh Political Communication Archive. https://archive.test/en/embassies/#fig-akimat-engagement');
    expect(mla).toBe('“Engagement on Akimat Pages.” Kazakh Political Communication Archive, version 1.0, figure 8, 2026, https://archive.test/en/embassies/#fig-akimat-engagement. Accessed 7 Mar. 2026.');
    expect(chicago).toBe('“Engagement on Akimat Pages.” Figure 8, data set. Kazakh Political Communication Archive, 2026. https://archive.test/en/embassies/#fig-akimat-engagement.');
  });

  it.each(LANGS)('%s: the BibTeX and RIS records read back by citation-js as one data set with the title, year and address', (lang) => {
    for (const text of [figureBib(fig(lang), 'fig-akimat-engagement', lang), figureRis(fig(lang), 'fig-akimat-engagement', lang)]) {
      const items = new Cite(text).data as { type: string; title: string; URL: string; issued: { 'date-parts': number[][] } }[];
      expect(items).toHaveLength(1);
      expect(items[0]!.type).toBe('dataset');
      expect(items[0]!.title).toBe(fig(lang).title);
      expect(items[0]!.URL).toBe(fig(lang).url);
      expect(items[0]!.issued['date-parts'][0]![0]).toBe(2026);
    }
  });

  it('the @dataset records pass biber --tool --validate-datamodel with no warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-fig-bib-'));
    try {
      const file = join(dir, 'figures.bib');
      writeFileSync(file, LANGS.map((lang) => figureBib(fig(lang), `fig-${lang}`, lang)).join('\n'));
      const run = spawnSync('biber', ['--tool', '--validate-datamodel', '--output-file', join(dir, 'out.bib'), file], { encoding: 'utf8', cwd: dir });
      expect(run.error, 'biber is not installed: apt-get install biber').toBeUndefined();
      expect(`${run.stdout}\n${run.stderr}`.split('\n').filter((l) => /^(WARN|ERROR)/.test(l))).toEqual([]);
      expect(run.status).toBe(0);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});
