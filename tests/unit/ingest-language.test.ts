import { describe, expect, it } from 'vitest';
import { detectLanguage, headingLanguage } from '../../src/lib/ingest/language.ts';
import { repairLine } from '../../src/lib/ingest/repair-glyphs.ts';
import { line } from '../fixtures/source-lines.ts';

/** Lines first…last of paper id, repaired and joined into one block of text. */
const block = (id: string, first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => repairLine(line(id, first + i), first + i).text).join(' ').replace(/\s+/g, ' ').trim();

describe('detectLanguage on blocks of the real papers', () => {
  it('a Kazakh paragraph (004:585–600) is Kazakh, whatever the paper\'s main language', () => {
    const kk = block('004', 585, 600);
    expect(detectLanguage(kk, 'kk')).toBe('kk');
    expect(detectLanguage(kk, 'ru')).toBe('kk');
  });

  it('a Kazakh paragraph whose letters were garbled is Kazakh once repaired (000:25–29)', () => {
    expect(line('000', 25)).toContain('ӛз');
    expect(detectLanguage(block('000', 25, 29), 'ru')).toBe('kk');
  });

  it('the Russian abstract of 001 (37–55) is Russian in a Kazakh paper', () => {
    expect(line('001', 37)).toMatch(/^Аннотация\./);
    expect(detectLanguage(block('001', 37, 55), 'kk')).toBe('ru');
  });

  it('the English abstract of 001 (19–35) is English', () => {
    expect(line('001', 19)).toMatch(/^Abstract\./);
    expect(detectLanguage(block('001', 19, 35), 'kk')).toBe('en');
  });

  it('a Kazakh line with Latin names (001:75) stays Kazakh', () => {
    expect(detectLanguage(line('001', 75), 'ru')).toBe('kk'); // "DataReportal сайтының мәліметі"
  });
});

describe('short texts', () => {
  it('a short Cyrillic heading takes the paper\'s language: 001:58 «Кіріспе»', () => {
    expect(detectLanguage(line('001', 58), 'kk')).toBe('kk');
    expect(detectLanguage(line('001', 58), 'ru')).toBe('ru');
  });

  it('a short Latin-only heading is English: 002:16 «Abstract»', () => {
    // Before the fix it took the paper's language and was marked lang="kk".
    expect(line('002', 16).trim()).toBe('Abstract');
    expect(detectLanguage(line('002', 16), 'kk')).toBe('en');
  });

  it('a short mixed heading, Kazakh words around Latin names, is not English', () => {
    // The words of 001:357–358 as a heading: 17 Latin letters, 4 Cyrillic.
    expect(detectLanguage('Facebook және Instagram', 'kk')).toBe('kk');
    expect(detectLanguage('2.1 Twitter дипломатиясы', 'kk')).toBe('kk');
  });

  it('a long English sentence with a Cyrillic name is still English', () => {
    expect(detectLanguage('The party «Нұр Отан» uses Facebook and Instagram to reach young voters in the regions', 'kk')).toBe('en');
  });

  it('text without letters takes the paper\'s language', () => {
    expect(detectLanguage('2015–2016', 'kk')).toBe('kk');
    expect(detectLanguage('', 'ru')).toBe('ru');
  });
});

describe('headingLanguage: a short heading from its script and the section it heads', () => {
  it('Kazakh headings with a Kazakh-only letter are kk, whatever the paper or the section', () => {
    expect(headingLanguage('Аңдатпа', 'en', 'en')).toBe('kk');
    expect(headingLanguage('Түйін', undefined, 'en')).toBe('kk');
    expect(headingLanguage('Кіріспе', 'ru', 'ru')).toBe('kk');
  });
  it('a Cyrillic heading Russian and Kazakh share takes its section\'s language, not the paper\'s', () => {
    expect(headingLanguage('Аннотация', 'ru', 'en')).toBe('ru');
    expect(headingLanguage('Аннотация', 'kk', 'en')).toBe('kk');
    expect(headingLanguage('Ключевые слова', 'ru', 'kk')).toBe('ru');
    expect(headingLanguage('Резюме', 'en', 'en')).toBe('ru');
  });
  it('a Latin heading is English, even over a Kazakh section in a Kazakh paper', () => {
    expect(headingLanguage('Abstract', 'kk', 'kk')).toBe('en');
    expect(headingLanguage('Summary', undefined, 'kk')).toBe('en');
  });
  it('no letters: the section decides', () => {
    expect(headingLanguage('1.2', 'ru', 'kk')).toBe('ru');
  });
});
