import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));

import { PaperData } from '../../src/lib/content/paper-schema.ts';
import { loadDatasets } from '../../src/lib/data/datasets.ts';
import { missingNumbers, numberRuns, passageNumbers, shownNumbers } from '../../src/lib/data/numbers.ts';
import { Embassies, Timeline } from '../../src/lib/data/schemas.ts';
import { parseYaml } from '../../src/lib/core/yaml.ts';
import { verifyDataset } from '../../src/lib/data/verify.ts';
import { loadCorpus } from '../../src/lib/ingest/corpus.ts';
import { SourceError } from '../../src/lib/core/errors.ts';

const papers = loadCorpus('content/sources').papers.map((p) => PaperData.parse({ ...p, lineToParagraph: [...p.lineToParagraph.entries()] }));

/** Parses a YAML dataset with its schema and runs the number check, as the build does. */
function check(yaml: string, schema: typeof Embassies | typeof Timeline, file = 'content/data/test.yaml') {
  return verifyDataset(parseYaml(yaml, file, schema), file, yaml, papers);
}

const embassy = (subscribers: number | string, lines = '[5534, 5548]') => `version: "1.0"
title: { kk: "Елшіліктер", ru: "Посольства", en: "Embassies" }
description: { kk: "21 парақша", ru: "21 страница", en: "21 pages" }
source: { paper: "004", lines: [5502, 5512] }
rows:
  - rank: 1
    label: { kk: "Корея", ru: "Корея", en: "Korea" }
    short: { kk: "Корея", ru: "Корея", en: "Korea" }
    country: KR
    city: { kk: "Сеул", ru: "Сеул", en: "Seoul" }
    lat: 37.57
    lon: 126.98
    subscribers: ${subscribers}
    url: "https://www.facebook.com/x/"
    source: { paper: "004", lines: ${lines} }
`;

describe('numbers in a passage', () => {
  it('reads digit runs and ignores thousand separators', () => {
    const found = passageNumbers('Сингапурдағы Елшілігі 13 383, ал 2,20 млн және 1 804');
    expect([...found]).toEqual(expect.arrayContaining(['13383', '13', '383', '2', '20', '1804']));
  });

  it('reads dataset text the same way: grouped thousands are one number, decimals two runs', () => {
    expect(numberRuns('some 1,200 journalists and 4.5 thousand volunteers in 2017')).toEqual(['1200', '4', '5', '2017']);
  });

  it('exempts ids, ranks, coordinates, versions and URLs, and checks the years and days of dates', () => {
    const shown = shownNumbers({
      id: 'expo-2017', rank: 3, lat: 51.1, lon: 71.4, version: '1.2', url: 'https://x/252755245611971/',
      date: { start: '1993-11-05', precision: 'day' }, label: { en: 'UN Security Council, 2017–2018' }, source: {},
    });
    expect(shown.map((n) => n.run)).toEqual(['1993', '5', '2017', '2018']);
  });

  it('does not treat the editorial bounds of a century as numbers the source states', () => {
    expect(shownNumbers({ date: { start: '1401', end: '1500', precision: 'century', label: { en: 'mid-fifteenth century' } } })).toEqual([]);
  });

  it('finds a number that its passage does not contain', () => {
    expect(missingNumbers({ subscribers: 33344 }, 'Қазақстанның Корей Республикасындағы елшілігі 33343').map((m) => m.run)).toEqual(['33344']);
  });
});

describe('the number check on datasets', () => {
  it('passes a record whose numbers all occur in its passage and resolves it to its paragraph', () => {
    const cites = check(embassy(33343), Embassies);
    const table = papers.find((p) => p.id === '004')!.blocks.find((b) => b.kind === 'table' && b.id === 'embassies-facebook');
    expect(table).toBeDefined();
    expect(cites.get('004:5534-5548')).toMatchObject({ paper: '004', slug: 'public-diplomacy-dissertation', n: (table as { n: number }).n });
  });

  it('stops at a record whose number is not in its passage, naming the file, the line of the record and the fix', () => {
    let error: unknown;
    try { check(embassy(33344), Embassies); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(SourceError);
    const e = error as SourceError;
    expect(e.file).toBe('content/data/test.yaml');
    expect(e.line).toBe(6);
    expect(e.message.replace(/¶\d+/, '¶N')).toMatchInlineSnapshot(`
      "content/data/test.yaml:6: rows.0: the number 33344 (at rows.0.subscribers: "33344") does not occur in its passage, paper 004 lines 5534–5548 (¶N)
        Fix: correct the number to the one the source prints, or widen source.lines to the passage that states it"
    `);
  });

  it('rejects a passage that belongs to no paragraph (URL dump lines)', () => {
    expect(() => check(embassy(33343, '[5550, 5553]'), Embassies)).toThrow(/lines 5550–5553 of paper 004, which belong to no numbered paragraph/);
  });

  it('checks the date of a timeline event against its passage', () => {
    const yaml = (year: string) => `id: test
title: { kk: "a", ru: "a", en: "a" }
description: { kk: "a", ru: "a", en: "a" }
events:
  - id: moghulistan
    theme: steppe
    date: { start: "${year}", precision: year }
    label: { kk: "Одақ", ru: "Союз", en: "Alliance" }
    description: { kk: "Одақ", ru: "Союз", en: "Alliance" }
    source: { paper: "004", lines: [1878, 1886] }
`;
    expect(() => check(yaml('1468'), Timeline)).not.toThrow();
    expect(() => check(yaml('1469'), Timeline)).toThrow(/content\/data\/test\.yaml:5: events\.0: the number 1469 \(at events\.0\.date\.start/);
  });

  it('every dataset in content/data passes the check', () => {
    const ds = loadDatasets(papers);
    expect(ds.embassies.data.rows).toHaveLength(21);
    expect(ds.timelines.map((t) => t.data.id)).toEqual(['steppe', 'independence', 'us-uk', 'digital']);
    expect(ds.timelines.reduce((n, t) => n + t.data.events.length, 0)).toBeGreaterThanOrEqual(60);
  });
});
