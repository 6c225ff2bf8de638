import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/lib/glossary/index.ts';
import { loadCorpus } from '../../src/lib/ingest/corpus.ts';
import type { NumberedBlock } from '../../src/lib/ingest/blocks.ts';
import { readAccepted, withoutAccepted } from '../../src/lib/translations/accepted.ts';
import { attachTranslations, coverage, type Attached } from '../../src/lib/translations/attach.ts';
import { checkTranslations, containsPhrase, numbersOf } from '../../src/lib/translations/checks.ts';
import { readNames } from '../../src/lib/translations/names.ts';
import { keyOf, readTranslationFile, readTranslations } from '../../src/lib/translations/store.ts';

// The editorial translations: stored by source lines, attached to the right blocks, and checked
// for faithfulness (numbers, footnote markers, glossary terms, Kazakh letters, length, names).

const corpus = loadCorpus('content/sources');
const glossary = loadGlossary('content/glossary/terms.yaml');
const names = readNames('content/translations/names.yaml');
const tmp = mkdtempSync(join(tmpdir(), 'archive-translations-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const paper = (slug: string) => corpus.papers.find((p) => p.slug === slug)!;
const block = (slug: string, n: number) => paper(slug).blocks.find((b): b is NumberedBlock => b.kind !== 'heading' && b.n === n)!;

/** A translation file with one entry, written in the temporary folder. */
function file(lang: string, slug: string, body: string) {
  mkdirSync(join(tmp, lang), { recursive: true });
  const path = join(tmp, lang, `${slug}.yaml`);
  writeFileSync(path, body);
  return readTranslationFile(path, lang as 'ru', tmp);
}
const errorOf = (f: () => unknown) => { try { f(); } catch (e) { return String(e); } return 'no error'; };

describe('storage by source lines', () => {
  it('a key that is no block\'s source lines stops, with the file, the line and the blocks nearby', () => {
    const f = file('ru', 'social-media-electoral-pr', '# comment\n"17-30": "Перевод"\n');
    expect(errorOf(() => attachTranslations(corpus.papers, [f]))).toMatch(/ru\/social-media-electoral-pr\.yaml:2: no numbered block of social-media-electoral-pr is made of source lines 17-30[\s\S]*Fix: key the translation by the data-lines of its block \(blocks near there: .*17-29/);
  });

  it('a file of a paper that does not exist, a translation into the block\'s own language, a malformed key', () => {
    expect(errorOf(() => attachTranslations(corpus.papers, [file('en', 'no-such-paper', '"1-1": "x"\n')]))).toMatch(/there is no paper "no-such-paper"/);
    const own = keyOf(block('akimats-social-networks', 5).lines); // the English abstract
    expect(errorOf(() => attachTranslations(corpus.papers, [file('en', 'akimats-social-networks', `"${own}": "x"\n`)]))).toMatch(/is already in en[\s\S]*remove this entry/);
    expect(errorOf(() => file('ru', 'x', '"p12": "x"\n'))).toMatch(/x\.yaml:1: "p12" is not a block's source lines/);
  });

  it('an empty translation is a missing one, counted as such', () => {
    const key = keyOf(block('social-media-electoral-pr', 6).lines);
    const attached = attachTranslations(corpus.papers, [file('ru', 'social-media-electoral-pr', `"${key}": ""\n`)]);
    expect(attached.get('social-media-electoral-pr')?.get(key)).toBeUndefined();
    expect(coverage(corpus.papers, attached).find((r) => r.id === '000')?.langs.ru).toMatchObject({ done: 0, of: 37 });
  });
});

describe('the faithfulness checks catch a bad translation', () => {
  const slug = 'social-media-electoral-pr';
  const b = block(slug, 19); // Obama 88,706 / 97,847; Clinton 21,477 / 88,492 — [4, 193]
  const good = 'Согласно политическому блогу TechPresident, в 2008 году больше всего «друзей» в MySpace и Facebook было у Хиллари Клинтон и Барака Обамы: у Обамы 88 706 сторонников в Facebook и 97 847 в MySpace, у Клинтон — 21 477 и 88 492 [4, 193]. ' + 'Это показывает значение социальных сетей в избирательной кампании. '.repeat(4);
  const check = (text: string, lang: 'ru' | 'en' = 'ru') => {
    const attached: Attached = new Map([[slug, new Map([[keyOf(b.lines), { [lang]: { value: text, file: 'x.yaml', line: 7 } }]])]]);
    return checkTranslations([paper(slug)], attached, { glossary, names }).map((f) => `${f.check}: ${f.message}`);
  };

  it('passes a faithful rendering of the numbers and the marker', () => {
    expect(numbersOf('text' in b ? b.text : '')).toEqual(expect.arrayContaining(['88706', '97847', '21477', '88492']));
    expect(check(good).filter((m) => /^(numbers|markers|letters)/.test(m))).toEqual([]);
  });

  it('a number left out', () => expect(check(good.replace('97 847', 'почти 98 тысяч'))).toContainEqual(expect.stringMatching(/^numbers: .*the number 97847 of the original is not in the translation/)));
  it('a footnote marker left out', () => expect(check(good.replace(' [4, 193]', ''))).toContainEqual(expect.stringMatching(/^markers: .*\[4\]/)));
  it('Kazakh letters left in a Russian translation', () => expect(check(`${good} Қазақстан`)).toContainEqual(expect.stringMatching(/^letters: .*Қ/)));
  it('a paragraph half left out', () => expect(check(good.slice(0, 120))).toContainEqual(expect.stringMatching(/^length: .*times the original's length/)));
  it('a name not in its table form', () => expect(check(good.replace(/Обам/g, 'Абам'))).toContainEqual(expect.stringMatching(/^names: .*«Обама» is written "Обама"/)));
  it('a glossary term not rendered with its form', () => {
    const g = block('akimats-social-networks', 15);
    const attached: Attached = new Map([['akimats-social-networks', new Map([[keyOf(g.lines), { en: { value: 'text' in g && g.text.length > 0 ? 'The state bodies opened web sites; the Open Dialogue platform lets users write to a local body and take part in polls. '.repeat(6) : '', file: 'x.yaml', line: 3 } }]])]]);
    const found = checkTranslations([paper('akimats-social-networks')], attached, { glossary, names }).filter((f) => f.check === 'glossary').map((f) => f.subject);
    expect(found).toContain('akimat');
  });

  it('matches inflected forms, and short words only whole', () => {
    expect(containsPhrase('әкімдігінің парақшасы', 'әкімдік', 'kk')).toBe(true);
    expect(containsPhrase('социальных сетях', 'социальная сеть', 'target')).toBe(true);
    expect(containsPhrase('Екіншіден, дипломатияның', 'е-дипломатия', 'kk')).toBe(false);
    expect(containsPhrase('Батыс Қазақстан', 'батыр', 'kk')).toBe(false);
  });
});

describe('the translations of the five papers', () => {
  const attached = attachTranslations(corpus.papers, readTranslations('content/translations'));

  it('cover every block of the five papers in Russian and English, and in Kazakh every block in another language', () => {
    for (const row of coverage(corpus.papers, attached)) {
      for (const lang of ['kk', 'ru', 'en'] as const) expect(`${row.id} ${lang} ${row.langs[lang].done}/${row.langs[lang].of}`).toBe(`${row.id} ${lang} ${row.langs[lang].of}/${row.langs[lang].of}`);
      expect(row.langs.ru.of + row.langs.en.of).toBeGreaterThan(30);
    }
  });

  it('pass every check, except the findings a reviewer accepted with a reason (and no acceptance is stale)', () => {
    const findings = checkTranslations(corpus.papers, attached, { glossary, names });
    const { open, stale } = withoutAccepted(findings, readAccepted('content/translations/accepted.yaml'));
    expect(open.map((f) => `${f.file}:${f.line}: [${f.check}] ${f.message}`)).toEqual([]);
    expect(stale).toEqual([]);
  });
});

import { quoteWithCitation, translatorNote } from '../../src/lib/cite/translated-quote.ts';

describe('quoting a translated paragraph', () => {
  it('each style names the archive as translator, in the reader\'s language', () => {
    expect(translatorNote('gost-2018', 'ru', 'kk')).toBe('пер. с каз. — ред. архива');
    expect(translatorNote('gost-2018', 'kk', 'en')).toBe('ағылшын тілінен аударған — мұрағат редакциясы');
    expect(translatorNote('apa', 'en', 'kk')).toBe("translated from Kazakh by the archive's editors");
    expect(translatorNote('mla', 'en', 'kk')).toBe("trans. from Kazakh by the archive's editors");
  });

  it('APA puts the note inside the parenthetical citation; GOST after the quotation, before the reference', () => {
    expect(quoteWithCitation('Social networks are a new political institution.', '(Kopezhanova, ca. 2016, para. 8)', 'intext', translatorNote('apa', 'en', 'kk'), 'en'))
      .toBe("“Social networks are a new political institution.” (Kopezhanova, ca. 2016, para. 8; translated from Kazakh by the archive's editors)");
    expect(quoteWithCitation('Социальные сети — новый политический институт.', 'Копежанова, Д. Е. … — Абз. 8.', 'note', translatorNote('gost-2018', 'ru', 'kk'), 'ru'))
      .toBe('«Социальные сети — новый политический институт.» (пер. с каз. — ред. архива).\nКопежанова, Д. Е. … — Абз. 8.');
  });
});
