import { describe, expect, it } from 'vitest';
import { buildVocabulary, decideHyphen, joinInlineSplits, joinLines, type Vocabulary } from '../../src/lib/ingest/hyphenation.ts';
import { repairLine } from '../../src/lib/ingest/repair-glyphs.ts';
import { line, repairedLines } from '../fixtures/source-lines.ts';

const vocabularies = new Map<string, Vocabulary>();
/** The vocabulary of a real paper, built over its lines as the pipeline builds it. */
function paperVocabulary(id: string): Vocabulary {
  let v = vocabularies.get(id);
  if (!v) {
    v = buildVocabulary(repairedLines(id));
    vocabularies.set(id, v);
  }
  return v;
}
const repaired = (id: string, n: number) => repairLine(line(id, n), n).text;

/** Joins line `a` of paper `id` with the next text line `b` (double-spaced papers have a blank between). */
function join(id: string, a: number, b: number) {
  const r = joinLines(repaired(id, a), repaired(id, b), paperVocabulary(id));
  const end = repaired(id, a).trimEnd().length;
  // The split word with a little context: from the last space before the line end to the next space.
  const word = r.text.slice(r.text.lastIndexOf(' ', end - 2) + 1).split(' ')[0];
  return { how: r.how, word };
}

describe('splits in the real papers, decided with the paper\'s own vocabulary', () => {
  it('«тартым- дылығына» inside a line (003:96) is joined', () => {
    const r = joinInlineSplits(repaired('003', 96), paperVocabulary('003'));
    expect(r.joined).toEqual(['тартымдылығына']);
    expect(r.text).toContain('идеялардың тартымдылығына, мәдениет');
  });

  // Typesetting splits are joined; real compounds keep their hyphen (and lose the line break).
  it.each([
    ['004', 10497, 10499, 'join', 'қабілеттілігін'],
    ['004', 3203, 3205, 'join', 'офицеріне'],
    ['004', 9417, 9419, 'join', 'демократияландыру,'],
    ['004', 3189, 3191, 'join', 'офицерлерінің'],
    ['004', 788, 790, 'keep', 'қарым-қатынастарда'],
    ['001', 107, 108, 'keep', 'веб-порталы'],
    ['001', 695, 696, 'keep', 'e-gov'],
    ['001', 186, 187, 'keep', '18-29'],
    ['004', 9082, 9084, 'keep', 'БҰҰ-ның'],
    ['000', 107, 109, 'keep', 'интернет-сайлаулар'],
    ['004', 8412, 8414, 'keep', '«Әл-Иракия»'],
  ])('%s:%i|%i: %s → %s', (id, a, b, how, word) => {
    expect(join(id, a, b)).toEqual({ how, word });
  });

  it.each([
    ['004', 150, 152, 'хронологиялық-тарихи,'],
    ['004', 944, 946, 'үгіт-насихаттық'],
    ['004', 4409, 4411, 'индустриалды-инновациялық'],
    ['004', 3739, 3741, 'сәл-ақ'],
  ])('%s:%i|%i keeps its hyphen though the left half occurs nowhere else: %s', (id, a, b, word) => {
    // Before the fix these four were glued (хронологиялықтарихи …): the right half is a word of the
    // paper, but rule 4 then required the left half to be one too.
    expect(join(id, a, b)).toEqual({ how: 'keep', word });
  });

  it('a split whose evidence is that of a compound is kept: 004:10041 «ядролық-|ракеталық»', () => {
    // The left half is a word of the paper, the right half occurs only here: most such splits in the
    // corpus are compounds. «сурет-|теледі» below differs: its right half repeats the consonant (т|т).
    expect(join('004', 10041, 10043)).toEqual({ how: 'keep', word: 'ядролық-ракеталық' });
  });

  it('a suffix cut at a doubled consonant is joined: 004:3164 «сурет-|теледі» → суреттеледі', () => {
    expect(join('004', 3164, 3166)).toEqual({ how: 'join', word: 'суреттеледі.' });
  });

  it('a dash typed after a word inside a line stays as printed: 003:77 «мақсаты- шетелдік»', () => {
    const text = repaired('003', 77);
    expect(text).toContain('негізгі мақсаты- шетелдік');
    expect(joinInlineSplits(text, paperVocabulary('003'))).toEqual({ text, joined: [] });
  });
});

describe('decideHyphen, one rule at a time, on tiny vocabularies', () => {
  const none = buildVocabulary([]);
  const vocab = (...lines: string[]) => buildVocabulary(lines);

  it('1. digits, an abbreviation, a capital on the right, a change of script or a one-letter left half: keep', () => {
    expect(decideHyphen('18', '29', none)).toBe('keep');
    expect(decideHyphen('Қазақстан', '2050', none)).toBe('keep');
    expect(decideHyphen('БҰҰ', 'ның', none)).toBe('keep');
    expect(decideHyphen('Әл', 'Иракия', none)).toBe('keep');
    expect(decideHyphen('Facebook', 'тың', none)).toBe('keep');
    expect(decideHyphen('e', 'gov', none)).toBe('keep');
  });

  it('2. the hyphenated form is more frequent in the paper than the joined one: keep', () => {
    expect(decideHyphen('қарым', 'қатынас', vocab('екі ел арасындағы қарым-қатынас', 'қарым-қатынас орнату'))).toBe('keep');
    expect(decideHyphen('қарым', 'қатынас', vocab('қарым-қатынас', 'қарымқатынас', 'қарымқатынас'))).toBe('join');
  });

  it('3. the joined form occurs in the paper: join', () => {
    expect(decideHyphen('қабілет', 'тілігін', vocab('бәсекеге қабілеттілігін арттыру'))).toBe('join');
  });

  it('4. the right half is a word of the paper away from any split: keep', () => {
    expect(decideHyphen('хронологиялық', 'тарихи', vocab('тарихи деректер'))).toBe('keep');
  });

  it('4. …but a fragment is no evidence for itself (the line after a split, the word after «- »)', () => {
    const v = vocab('жан-жақты сурет-', 'теледі. Романды', 'идеялардың тартым- дылығына');
    expect(v.words.get('теледі')).toBe(1);
    expect(v.fragments.get('теледі')).toBe(1);
    expect(v.fragments.get('дылығына')).toBe(1);
    expect(v.words.has('сурет')).toBe(false); // the half before a split is not counted either
    expect(decideHyphen('сурет', 'теледі', v)).toBe('join');
  });

  it('5. both halves are words of the paper: keep', () => {
    expect(decideHyphen('интернет', 'сайлаулар', vocab('интернет желісі', 'сайлаулар өтті'))).toBe('keep');
    expect(decideHyphen('сурет', 'теледі', vocab('сурет салу', 'теледі айтты', 'жан-жақты сурет-', 'теледі.'))).toBe('keep');
  });

  it('6. otherwise the right half is a fragment: join', () => {
    expect(decideHyphen('офи', 'церіне', vocab('армиясының әрбір офи-', 'церіне қарумен бірге'))).toBe('join');
    expect(decideHyphen('демокра', 'тияландыру', none)).toBe('join');
  });
});

describe('joinLines', () => {
  const v = buildVocabulary(['бәсекеге қабілеттілігін']);

  it('joins ordinary lines with one space and trims the seams', () => {
    expect(joinLines('ретінде сыртқы саяси мәселелерді шешуге  ', ' ролін күшейтеді.', v)).toEqual({ text: 'ретінде сыртқы саяси мәселелерді шешуге ролін күшейтеді.', how: 'space' });
    expect(joinLines('', 'Дипломатия – мемлекеттің', v)).toEqual({ text: 'Дипломатия – мемлекеттің', how: 'space' });
  });

  it('removes the hyphen of a joined split, keeps it (without a space) for a compound', () => {
    expect(joinLines('оның бәсекеге қабілет-', 'тілігін арттыруда', v)).toEqual({ text: 'оның бәсекеге қабілеттілігін арттыруда', how: 'join' });
    expect(joinLines('Қазіргі таңда БҰҰ-', 'ның ресми тілі', v)).toEqual({ text: 'Қазіргі таңда БҰҰ-ның ресми тілі', how: 'keep' });
  });

  it('a dash after a space is punctuation, not a split', () => {
    expect(joinLines('Дипломатия -', 'мемлекеттің', v)).toEqual({ text: 'Дипломатия - мемлекеттің', how: 'space' });
  });
});
