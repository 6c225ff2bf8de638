import { describe, expect, it } from 'vitest';
import { isMixedScript, repairFontEncoding, repairLine } from '../../src/lib/ingest/repair-glyphs.ts';
import { line } from '../fixtures/source-lines.ts';

/** Repairs line n of paper id as the pipeline does. */
const repair = (id: string, n: number) => repairLine(line(id, n), n);
/** 0-based column of `text` in line n of paper id, as printed. */
const col = (id: string, n: number, text: string) => {
  const at = line(id, n).indexOf(text);
  if (at < 0) throw new Error(`${id}:${n} does not contain «${text}»`);
  return at;
};

describe('font-encoding letters (ӛ for ө, ҥ for ү, ҧ for ұ, ҽ for ә)', () => {
  it('«ӛз» at the start of 000:25', () => {
    const r = repair('000', 25);
    expect(r.text.startsWith('өз ойын ашық')).toBe(true);
    expect(r.repairs).toEqual([{ kind: 'font-encoding', line: 25, column: 0, from: 'ӛ', to: 'ө' }]);
  });

  it('«Данагҥл», the author of 000 (000:9)', () => {
    const r = repair('000', 9);
    expect(r.text.trim()).toBe('Копежанова Данагүл Едігеқызы');
    expect(r.repairs).toEqual([{ kind: 'font-encoding', line: 9, column: col('000', 9, 'ҥ'), from: 'ҥ', to: 'ү' }]);
  });

  it('capitals too: «ҚҦРАЛ» in the title of 000 (000:5)', () => {
    const r = repair('000', 5);
    expect(r.text).toContain('ЖАҢА САЯСИ ҚҰРАЛ РЕТІНДЕ');
    expect(r.repairs).toEqual([{ kind: 'font-encoding', line: 5, column: col('000', 5, 'Ҧ'), from: 'Ҧ', to: 'Ұ' }]);
  });

  it('«жҧмсақ кҥш» and «мҽжбүрлеу» in 003:93, each letter recorded where it is', () => {
    const r = repair('003', 93);
    expect(r.text).toContain('«жұмсақ күш» – қалағаныңа мәжбүрлеу');
    expect(r.repairs).toEqual([
      { kind: 'font-encoding', line: 93, column: col('003', 93, 'ҧ'), from: 'ҧ', to: 'ұ' },
      { kind: 'font-encoding', line: 93, column: col('003', 93, 'ҥ'), from: 'ҥ', to: 'ү' },
      { kind: 'font-encoding', line: 93, column: col('003', 93, 'ҽ'), from: 'ҽ', to: 'ә' },
    ]);
  });

  it('repairFontEncoding mends a search query pasted from the old PDF', () => {
    expect(repairFontEncoding('жҧмсақ кҥш')).toBe('жұмсақ күш');
    expect(repairFontEncoding('Данагҥл ӛз')).toBe('Данагүл өз');
  });
});

describe('look-alike letters from the other script, inside a word', () => {
  it('Latin «i» in «жүргiзген» (000:389) becomes Cyrillic «і»', () => {
    const r = repair('000', 389);
    expect(r.text).toContain('сұрау салуды жүргізген ұйымды');
    expect(r.repairs).toEqual([{ kind: 'latin-in-cyrillic', line: 389, column: col('000', 389, 'жүргiзген'), from: 'жүргiзген', to: 'жүргізген' }]);
  });

  it('Latin «c», «a» in «caлу» (000:387)', () => {
    expect(repair('000', 387).repairs).toEqual([{ kind: 'latin-in-cyrillic', line: 387, column: col('000', 387, 'caлу'), from: 'caлу', to: 'салу' }]);
  });

  it('Latin «c» in «дипломатияcымен» (004:974)', () => {
    const r = repair('004', 974);
    expect(r.text).toContain('қоғамдық дипломатиясымен ортақ');
    expect(r.repairs).toMatchObject([{ kind: 'latin-in-cyrillic', line: 974, from: 'дипломатияcымен', to: 'дипломатиясымен' }]);
  });

  it('Cyrillic «Т» in «Тwitter» (004:8531) and «Ме» in «Меlissen» (004:181) become Latin', () => {
    expect(repair('004', 8531).repairs).toEqual([{ kind: 'cyrillic-in-latin', line: 8531, column: col('004', 8531, 'Тwitter'), from: 'Тwitter', to: 'Twitter' }]);
    const melissen = repair('004', 181);
    expect(melissen.text).toContain('J. Melissen [24]');
    expect(melissen.repairs).toMatchObject([{ kind: 'cyrillic-in-latin', from: 'Меlissen', to: 'Melissen' }]);
  });

  it('a word that no rule can repair is left as printed, and no repair is claimed', () => {
    // «PRдың» (the title of 002 prints «PR-дың»): «R» has no Cyrillic look-alike.
    expect(isMixedScript('PRдың')).toBe(true);
    expect(repairLine('саяси PRдың ерекшеліктері', 1)).toEqual({ text: 'саяси PRдың ерекшеліктері', repairs: [] });
  });

  it('a clean line is untouched (004:595)', () => {
    expect(repair('004', 595)).toEqual({ text: line('004', 595), repairs: [] });
  });
});

describe('Roman numerals typed with Cyrillic Х and І', () => {
  it('«ХVІ-ХVІІІ» (004:1812)', () => {
    const r = repair('004', 1812);
    expect(r.text.startsWith('XVI-XVIII ғасыр')).toBe(true);
    expect(r.repairs).toEqual([
      { kind: 'roman-numeral', line: 1812, column: 0, from: 'ХVІ', to: 'XVI' },
      { kind: 'roman-numeral', line: 1812, column: 4, from: 'ХVІІІ', to: 'XVIII' },
    ]);
  });

  it('a single Cyrillic І among Latin letters, «XVIІ» (004:2379)', () => {
    expect(repair('004', 2379).repairs).toMatchObject([{ kind: 'roman-numeral', from: 'XVIІ', to: 'XVII' }, { kind: 'roman-numeral', from: 'XVIІІ', to: 'XVIII' }]);
  });
});

describe('private-use bullets and typographic debris', () => {
  it('U+F0B7 before a list item becomes a bullet (000:369)', () => {
    const r = repair('000', 369);
    expect(line('000', 369).codePointAt(0)).toBe(0xf0b7);
    expect(r.text.startsWith('• Мемлекеттік және жеке меншік')).toBe(true);
    expect(r.repairs).toEqual([{ kind: 'private-use-bullet', line: 369, column: 0, from: '\uf0b7', to: '•' }]);
  });

  it('U+F02D becomes a dash (004:4282)', () => {
    expect(repair('004', 4282).text.startsWith('– экономикалық жобалар')).toBe(true);
  });

  it('an unknown private-use character is removed, and recorded', () => {
    expect(repairLine('\uf0fc мәдени жобалар', 7)).toEqual({
      text: ' мәдени жобалар',
      repairs: [{ kind: 'private-use-bullet', line: 7, column: 0, from: '\uf0fc', to: '' }],
    });
  });

  it('a stray «¬» inside «са¬лынған» is removed (004:5134)', () => {
    const r = repair('004', 5134);
    expect(r.text.startsWith('салынған инвестицияның')).toBe(true);
    expect(r.repairs).toEqual([{ kind: 'debris', line: 5134, column: 2, from: '¬', to: '' }]);
  });

  it('«¬» between words is not debris', () => {
    expect(repairLine('a ¬ b', 1).repairs).toEqual([]);
  });

  it('after a removed character, a word repair still records its column in the line as printed', () => {
    // 004:5134 and 004:974 on one line. Before the fix the second repair said column 9 (its place after removal).
    const printed = 'са¬лынған дипломатияcымен';
    const r = repairLine(printed, 3);
    expect(r.text).toBe('салынған дипломатиясымен');
    expect(r.repairs.map((x) => [x.kind, x.column, printed.slice(x.column, x.column + x.from.length)])).toEqual([
      ['debris', 2, '¬'],
      ['latin-in-cyrillic', 10, 'дипломатияcымен'],
    ]);
  });
});
