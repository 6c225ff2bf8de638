import { describe, expect, it } from 'vitest';
import { romanize } from '../../src/lib/cite/romanize.ts';

describe('ALA-LC romanisation', () => {
  it('Kazakh: the letters Russian lacks, and и, у as the Kazakh table has them', () => {
    expect(romanize('Копежанова Данагүл Едігеқызы', 'kk')).toBe('Kopezhanova Danagu̇l Edigeqyzy');
    expect(romanize('Әлеуметтік медиа', 'kk')).toBe('Äleūmettik medīa');
    expect(romanize('Қазақстан мемлекеттік органдарындағы саяси PR-дың', 'kk')).toBe('Qazaqstan memlekettik organdaryndaghy sai͡asī PR-dyng');
    expect(romanize('Өнер, ұлт, һ, ң, иу', 'kk')).toBe('Ȯner, ult, h, ng, īū');
  });
  it('Russian: ties on t͡s, i͡u, i͡a; й ĭ, э ė, hard and soft signs', () => {
    expect(romanize('Лагуткина Юлия Николаевна', 'ru')).toBe('Lagutkina I͡ulii͡a Nikolaevna');
    expect(romanize('Публичная дипломатия: объект, цель, эффект', 'ru')).toBe('Publichnai͡a diplomatii͡a: obʺekt, t͡selʹ, ėffekt');
    expect(romanize('Щукин Ёж Чай', 'ru')).toBe('Shchukin Ëzh Chaĭ');
  });
  it('capitals: the first letter of a word, or every letter of an all-capitals word; Latin text untouched', () => {
    expect(romanize('БАҚ кафедрасы', 'kk')).toBe('BAQ kafedrasy');
    expect(romanize('Жаһандық Facebook', 'kk')).toBe('Zhahandyq Facebook');
    expect(romanize('Кремль', 'en')).toBe('Кремль');
  });
});

import { sentenceCase } from '../../src/lib/cite/sentence-case.ts';

describe('APA sentence case', () => {
  it('keeps the first word, the word after the colon, acronyms and the proper nouns the abstract capitalises', () => {
    expect(sentenceCase('Political PR in Kazakhstan: Seasonal Campaigns, Press Services and the Missing Dialogue', 'How three papers describe political PR in Kazakhstan between about 2016 and 2023.'))
      .toBe('Political PR in Kazakhstan: Seasonal campaigns, press services and the missing dialogue');
    expect(sentenceCase("Digital Diplomacy: Twiplomacy, Facebook and Kazakhstan's Embassies Online", "what they say about Facebook and Twitter, and how Kazakhstan's embassies used them"))
      .toBe("Digital diplomacy: Twiplomacy, Facebook and Kazakhstan's embassies online");
    expect(sentenceCase('Steppe diplomacy: from the Kazakh Khanate to the multi-vector state', 'traces Kazakh diplomacy from the khans'))
      .toBe('Steppe diplomacy: From the Kazakh Khanate to the multi-vector state');
  });
});
