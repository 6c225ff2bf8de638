import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/core/yaml.ts';
import { yamlLocator } from '../../src/lib/core/yaml.ts';
import { cellText, Manifest, Tables, type TableManifest } from '../../src/lib/ingest/manifest.ts';
import { repairLine } from '../../src/lib/ingest/repair-glyphs.ts';
import { tableRows, verifyTable } from '../../src/lib/ingest/tables.ts';
import { SOURCES } from '../fixtures/source-lines.ts';
import { sourceErrorOf } from '../fixtures/source-error.ts';

const TABLES_FILE = join(SOURCES, 'tables.yaml');
const tablesText = readFileSync(TABLES_FILE, 'utf8');
const manifest = parseYaml(readFileSync(join(SOURCES, 'papers.yaml'), 'utf8'), 'papers.yaml', Manifest, 'manifest');

/** The repaired text of the source lines a table replaces, as the pipeline checks it. */
function rangeText(slug: string, table: TableManifest): string {
  const paper = manifest.find((m) => m.slug === slug);
  if (!paper) throw new Error(`no paper ${slug}`);
  const lines = readFileSync(join(SOURCES, paper.file), 'utf8').split('\n');
  return lines.slice(table.lines[0] - 1, table.lines[1]).map((l, i) => repairLine(l, table.lines[0] + i).text).join('\n');
}

/** Verifies every table of `text` (a tables.yaml) against the real sources; returns values checked per table. */
function verifyAll(text: string): Record<string, number> {
  const tables = parseYaml(text, TABLES_FILE, Tables, 'tables file');
  const line = yamlLocator(text);
  const checked: Record<string, number> = {};
  for (const [slug, list] of Object.entries(tables)) {
    list.forEach((table, index) => {
      checked[table.id] = verifyTable(table, rangeText(slug, table), { file: TABLES_FILE, line, slug, index });
    });
  }
  return checked;
}

/** tables.yaml with one printed value changed; fails the test if `from` is not in the file exactly once. */
function edited(from: string, to: string): string {
  expect(tablesText.split(from).length - 1).toBe(1);
  return tablesText.replace(from, to);
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('verifyTable on the real tables.yaml', () => {
  it('accepts every reconstructed table, each value found in the lines it replaces', () => {
    // Values checked: caption, non-empty header and body cells (each part of a `parts` cell), a quoted note.
    expect(verifyAll(tablesText)).toEqual({
      'embassies-facebook': 1 + 3 + 21 * 3 + 2,
      'us-relations': 1 + 1 + 8 * 2,
      'uk-relations': 1 + 1 + 5 * 2,
      'akimat-engagement': 1 + 11 + 4 * 6 + 1,
      'press-vs-pr': 2 + 2 * 3 + 14 * 2 + 2 + 4 * 1,
    });
  });

  it('rejects a changed number, naming tables.yaml and the line of the bad cell', () => {
    // 004:5514–5812: the Singapore embassy has 13 383 followers, not 13 388.
    const text = edited('"13 383"', '"13 388"');
    expect(() => verifyAll(text)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/sources/tables.yaml:14: table "embassies-facebook": the value «13 388» does not occur in source lines 5514–5812
        Fix: copy the value exactly as printed in those lines (letters and digits are compared), split it into \`parts\` if the source interrupts it, or widen \`lines\`]
    `);
    expect(sourceErrorOf(() => verifyAll(text)).line).toBe(lineOf(text, '"13 388"'));
  });

  it('rejects a changed date in a cell of running text', () => {
    // 004:8458–8495: «1992 ж. 7 қаңтарда» – diplomatic relations with the USA.
    const text = edited('1992 ж. 7 қаңтарда', '1992 ж. 8 қаңтарда');
    expect(sourceErrorOf(() => verifyAll(text)).line).toBe(lineOf(text, '1992 ж. 8 қаңтарда'));
  });

  it('checks each part of a `parts` cell (a value the source interrupts) on its own', () => {
    // 001:460–479: "Орташа" / "лайк саны" are printed on different lines of the table.
    const text = edited('{ parts: ["Орташа", "лайк саны"] }', '{ parts: ["Орташа", "лайк сандары"] }');
    expect(sourceErrorOf(() => verifyAll(text)).problem).toBe('table "akimat-engagement": the value «лайк сандары» does not occur in source lines 460–479');
  });

  it('rejects a row with a missing cell', () => {
    const text = edited('- ["Түркістан облысы", "Facebook", "35", "256", "3-4", "118"]', '- ["Түркістан облысы", "Facebook", "35", "256", "3-4"]');
    expect(() => verifyAll(text)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/sources/tables.yaml:75: table "akimat-engagement": row 1 has 5 cells but the header has 6
        Fix: give every row as many cells as the header (use "" for an empty cell)]
    `);
  });

  it('does not check an editors\' note marked [Ред.], but checks a note quoted from the source', () => {
    expect(edited('note: "[Ред.] Дереккөздің мәтіні осы жерде', 'note: "[Ред.] Дереккөз мәтіні осы жерде')).not.toBe(tablesText);
    expect(() => verifyAll(edited('note: "[Ред.] Дереккөздің мәтіні осы жерде', 'note: "[Ред.] Дереккөз мәтіні осы жерде'))).not.toThrow();
    expect(sourceErrorOf(() => verifyAll(edited('"Ескерту: жинақталған деректер', '"Ескерту: жиналған деректер'))).problem).toContain('«Ескерту: жиналған деректер');
  });

  it('publishes a `parts` cell as one value: words with a space, a broken URL without one', () => {
    // Before the fix parts were glued: «ҚазақстанныңӘзірбайжандағы», «Әлеуметтікжелі», «Орташалайк саны».
    const tables = parseYaml(tablesText, TABLES_FILE, Tables, 'tables file');
    const embassies = tables['public-diplomacy-dissertation']?.find((t) => t.id === 'embassies-facebook');
    const akimats = tables['akimats-social-networks']?.find((t) => t.id === 'akimat-engagement');
    expect(embassies && tableRows(embassies)[15]).toEqual(['Қазақстанның Әзірбайжандағы Елшілігі', 'https://www.facebook.com/kazembbaku/', '1196']);
    expect(akimats?.header.map(cellText)).toEqual(['Өңір атауы', 'Әлеуметтік желі', 'Орташа лайк саны', 'Максималды лайк саны', 'Орташа пікір саны', 'Максималды пікір саны']);
    expect(cellText({ parts: ['www.facebook.com/Kazakh', 'EmbassyUK/'] })).toBe('www.facebook.com/KazakhEmbassyUK/');
  });
});
