import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cyrillicKeys, wordKeys } from '../../src/lib/search/shared/keys.ts';
import { kazakhKeys, kazakhStem } from '../../src/lib/search/shared/kazakh.ts';
import { russianStem } from '../../src/lib/search/shared/russian.ts';
import { indexForm } from '../../src/lib/search/shared/normalize.ts';

// Word forms as the papers print them (content/sources, glyphs repaired), with their counts there.
const corpus = readdirSync('content/sources').filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`content/sources/${f}`, 'utf8')).join(' ').toLowerCase()
  .replace(/[ӛҿ]/g, 'ө').replace(/ҽ/g, 'ә').replace(/ҥ/g, 'ү').replace(/ҧ/g, 'ұ');
const corpusWords = new Set(corpus.match(/[\p{L}]+/gu) ?? []);

/** True when searching `query` (its keys, as prefixes) finds the printed `form`. */
const finds = (query: string, form: string) => cyrillicKeys(query).some((k) => indexForm(form).startsWith(k));

const FAMILIES: Record<string, string[]> = {
  дипломатия: ['дипломатия', 'дипломатияның', 'дипломатияны', 'дипломатиясы', 'дипломатиясының', 'дипломатияға', 'дипломатиясын', 'дипломатиядан', 'дипломатиядағы', 'дипломатиясында', 'дипломатиямен'],
  хандық: ['хандық', 'хандықтың', 'хандығы', 'хандығының', 'хандығын', 'хандығымен', 'хандығына'],
  мемлекет: ['мемлекет', 'мемлекеттің', 'мемлекеттер', 'мемлекеттермен', 'мемлекеттердің', 'мемлекетінің', 'мемлекетіміздің', 'мемлекеті', 'мемлекетке', 'мемлекеттерінің'],
  халық: ['халық', 'халықтың', 'халықпен', 'халыққа', 'халқы', 'халқының', 'халқына', 'халқымен'],
  елшілік: ['елшілік', 'елшілігі', 'елшіліктің', 'елшілігінің', 'елшіліктер', 'елшіліктердің', 'елшілікке'],
  желі: ['желі', 'желілер', 'желіні', 'желілердегі', 'желілердің', 'желісіндегі', 'желілерде', 'желінің', 'желісі'],
  саясат: ['саясат', 'саясатының', 'саясатын', 'саясаты', 'саясаттың', 'саясатты', 'саясатта', 'саясатындағы', 'саясатқа'],
  имидж: ['имидж', 'имиджін', 'имиджі', 'имиджді', 'имиджіне', 'имиджге'],
  сайлау: ['сайлау', 'сайлаумен', 'сайлаудың', 'сайлауды', 'сайлаулар', 'сайлауындағы', 'сайлаудағы', 'сайлауға'],
};

describe('Kazakh search keys, on word families from the papers', () => {
  it('the word lists are real: every form occurs in the sources', () => {
    const missing = Object.values(FAMILIES).flat().filter((w) => !corpusWords.has(w));
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(FAMILIES))('%s: every inflected form finds the root, and the root finds every form', (root, forms) => {
    for (const form of forms) {
      expect(finds(form, root), `${form} → ${root}`).toBe(true);
      expect(finds(root, form), `${root} → ${form}`).toBe(true);
    }
  });

  it('forms of one word find each other (хандығы ↔ хандық with the ғ/қ alternation)', () => {
    expect(finds('хандығы', 'хандық')).toBe(true);
    expect(finds('хандық', 'хандығының')).toBe(true);
    expect(finds('халқы', 'халықтың')).toBe(true);
    expect(finds('халықтың', 'халқына')).toBe(true);
  });

  it('strips inflection, keeps derivation', () => {
    expect(kazakhStem('дипломатиясының')).toBe('дипломатия');
    expect(kazakhStem('мемлекеттерінің')).toBe('мемлекет');
    expect(kazakhStem('қазақстандағы')).toBe('қазақстан');
    expect(kazakhStem('хандық')).toBe('хандық'); // -дық makes a word (хан → хандық); it is not stripped
    expect(kazakhKeys('хандығы')).toEqual(['ханды']);
    expect(kazakhKeys('кітабы')).toEqual(['кіта']);
  });

  it('keeps short stems whole (ел, іс are words, not suffix remains)', () => {
    expect(kazakhStem('елдің')).toBe('елдің');
    expect(kazakhStem('елі')).toBe('елі');
  });

  it('does not let a derived word swallow its base: хандық is not searched as хан', () => {
    expect(finds('хандық', 'ханның')).toBe(false);
  });
});

describe('Russian keys, folded as the index folds ё and й', () => {
  it('ё/е and й/и are the same letter to the index', () => {
    expect(indexForm('ещё')).toBe(indexForm('еще'));
    expect(indexForm('самый')).toBe('самыи');
    expect(indexForm('байланыс')).toBe('баиланыс');
    expect(indexForm('әлеуметтік')).toBe('әлеуметтік'); // Kazakh letters survive the fold
  });

  it.each([
    ['дипломатии', 'дипломатия'], ['мягкой', 'мягкая'], ['силы', 'сила'], ['выборов', 'выборы'],
    ['общественностью', 'общественность'], ['казахстана', 'казахстан'], ['политический', 'политическая'],
  ])('%s finds %s', (query, form) => {
    expect(wordKeys(query).keys.some((k) => indexForm(form).startsWith(k))).toBe(true);
  });

  it('strips one ending and keeps three letters', () => {
    expect(russianStem(indexForm('самый'))).toBe('сам');
    expect(russianStem('мир')).toBe('мир');
  });
});
