import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/ingest/corpus.ts';
import { sourceErrorOf } from '../fixtures/source-error.ts';

// Each case copies the sixth-paper fixture to <tmp>/sources, breaks one thing, and loads it with
// loadCorpus(<tmp>/sources, <tmp>), so that messages name files as from the root of a project.
const FIXTURE = 'tests/fixtures/sixth-paper';
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture with `edit` applied (file name → [from, to] replacements, or null to delete the file); returns its root. */
function brokenFixture(edit: Record<string, [string, string][] | null>): string {
  const root = mkdtempSync(join(tmpdir(), 'archive-ingest-'));
  made.push(root);
  const dir = join(root, 'sources');
  cpSync(FIXTURE, dir, { recursive: true });
  for (const f of ['topics.yaml', 'genres.yaml']) cpSync(join('content', f), join(root, f));
  for (const [name, replacements] of Object.entries(edit)) {
    const file = join(dir, name);
    if (replacements === null) {
      unlinkSync(file);
      continue;
    }
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of replacements) {
      if (!text.includes(from)) throw new Error(`${name} does not contain ${JSON.stringify(from)}`);
      text = text.replace(from, to);
    }
    writeFileSync(file, text);
  }
  return root;
}

const load = (root: string) => loadCorpus(join(root, 'sources'), root);

const papersLine = (needle: string) => readFileSync(join(FIXTURE, 'papers.yaml'), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
const ENTRY = '- slug: regional-akimats-telegram';

describe('loadCorpus on a sound folder', () => {
  it('loads the fixture unchanged from a copy', () => {
    expect(load(brokenFixture({})).papers.map((p) => p.slug)).toEqual(['regional-akimats-telegram']);
  });
});

describe('front matter in several ranges (a trilingual paper prints three title blocks)', () => {
  it('marks every range as front matter, and one range still works', () => {
    const several = load(brokenFixture({ 'papers.yaml': [['  front: [1, 3]\n', '  front: [[1, 1], [3, 3]]\n']] })).papers[0]!;
    const one = load(brokenFixture({})).papers[0]!;
    const front = (p: typeof one) => p.lines.filter((l) => l.status === 'front').map((l) => l.n);
    expect(front(several)).toEqual([1, 3]);
    expect(front(one)).toEqual([1, 3]);
    expect(several.manifest.front).toEqual([[1, 1], [3, 3]]);
  });

  it('checks each range against the file, naming the range', () => {
    const dir = brokenFixture({ 'papers.yaml': [['  front: [1, 3]\n', '  front: [[1, 1], [3, 50]]\n']] });
    expect(sourceErrorOf(() => load(dir))).toMatchObject({ problem: expect.stringMatching(/the front matter 3–50 goes beyond the end/) });
  });
});

describe('manifest errors name the file, the line and the fix', () => {
  it('an entry without a required field', () => {
    const dir = brokenFixture({ 'papers.yaml': [['  spacing: double\n', '']] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/papers.yaml:7: invalid manifest at papers[0].spacing: the field "spacing" is missing (Invalid option: expected one of "single"|"double")
        Fix: add "spacing:" to the entry that starts at this line (the schema, with a description of each field, is content/papers.schema.json (generated from src/lib/ingest/manifest.ts); see also the README)]
    `);
    expect(sourceErrorOf(() => load(dir)).line).toBe(papersLine(ENTRY)); // the field is missing: its entry
  });

  it('a field with a value of the wrong form, at its own line', () => {
    const dir = brokenFixture({ 'papers.yaml': [[ENTRY, '- slug: Regional Akimats']] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/papers.yaml:7: invalid manifest at papers[0].slug: a slug is lower-case ASCII letters, digits and hyphens
        Fix: give papers[0].slug a value of the expected form (the schema, with a description of each field, is content/papers.schema.json (generated from src/lib/ingest/manifest.ts); see also the README)]
    `);
  });

  it('a topic that content/topics.yaml does not define: the field by its path, the allowed values, where to add one', () => {
    const dir = brokenFixture({ 'papers.yaml': [['topics: [political-pr, digital-diplomacy]', 'topics: [political-pr, e-government]']] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/papers.yaml:27: invalid manifest at papers[0].topics[1]: "e-government" is not a topic of content/topics.yaml
        Fix: give papers[0].topics[1] one of: political-pr, steppe-diplomacy, digital-diplomacy; or add the topic to content/topics.yaml (see the README, "Topics and genres")]
    `);
    expect(sourceErrorOf(() => load(dir)).line).toBe(papersLine('topics: [political-pr'));
  });

  it('a genre that content/genres.yaml does not define', () => {
    const dir = brokenFixture({ 'papers.yaml': [['genre: article', 'genre: thesis']] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/papers.yaml:25: invalid manifest at papers[0].genre: "thesis" is not a genre of content/genres.yaml
        Fix: give papers[0].genre one of: article, conference-paper, student-paper, masters-thesis, dissertation; or add the genre to content/genres.yaml]
    `);
  });

  it('a role the genre does not allow (an article names no supervisor)', () => {
    const dir = brokenFixture({ 'papers.yaml': [['      affiliation: "әл-Фараби', '      role: supervisor\n      affiliation: "әл-Фараби']] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/papers.yaml:17: invalid manifest at papers[0].authors[0].role: the genre "article" names no supervisor (its roles in content/genres.yaml: author)
        Fix: give papers[0].authors[0].role one of: author; or change the genre]
    `);
  });

  it('a role that is no role: the allowed values', () => {
    const dir = brokenFixture({ 'papers.yaml': [['      affiliation: "әл-Фараби', '      role: advisor\n      affiliation: "әл-Фараби']] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/papers.yaml:17: invalid manifest at papers[0].authors[0].role: Invalid option: expected one of "author"|"supervisor"|"editor"
        Fix: give papers[0].authors[0].role one of: author, supervisor, editor]
    `);
  });

  it('a duplicate slug', () => {
    const entry = readFileSync(join(FIXTURE, 'papers.yaml'), 'utf8').split(ENTRY)[1] as string;
    const dir = brokenFixture({ 'papers.yaml': [[`${ENTRY}${entry}`, `${ENTRY}${entry}\n${ENTRY}${entry.replace('id: "005"', 'id: "006"')}`]] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/papers.yaml:41: duplicate slug "regional-akimats-telegram" (also used by entry 1)
        Fix: give each paper its own slug; published slugs never change]
    `);
  });

  it('a duplicate id', () => {
    const entry = readFileSync(join(FIXTURE, 'papers.yaml'), 'utf8').split(ENTRY)[1] as string;
    const dir = brokenFixture({
      'papers.yaml': [[`${ENTRY}${entry}`, `${ENTRY}${entry}\n- slug: another-paper${entry}`]],
    });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/papers.yaml:42: duplicate id "005" (also used by entry 1)
        Fix: give each paper its own short id]
    `);
  });

  it('an excluded range beyond the end of the source file, at the line of the range', () => {
    // Before the fix the error named the line of the paper's entry, inside its `file` ("papers.yaml:7").
    const dir = brokenFixture({ 'papers.yaml': [['- lines: [38, 40]', '- lines: [38, 48]']] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/papers.yaml:31: regional-akimats-telegram: the excluded range 38–48 goes beyond the end of 005_sixth_paper.txt (40 lines)
        Fix: correct the line numbers of the excluded range (the file has 40 lines)]
    `);
    expect(sourceErrorOf(() => load(dir))).toMatchObject({ file: 'sources/papers.yaml', line: papersLine('- lines: [38, 40]') });
  });

  it('a table range beyond the end of the source file, in tables.yaml', () => {
    const dir = brokenFixture({ 'tables.yaml': [['lines: [20, 28]', 'lines: [20, 42]']] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/tables.yaml:4: regional-akimats-telegram: table "akimat-channels" 20–42 goes beyond the end of 005_sixth_paper.txt (40 lines)
        Fix: correct the line numbers of table "akimat-channels" (the file has 40 lines)]
    `);
  });

  it('a heading that points at a blank line', () => {
    const dir = brokenFixture({ 'papers.yaml': [['  front: [1, 3]\n', '  front: [1, 1]\n  headings:\n    - { lines: [2, 2], level: 2 }\n']] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/papers.yaml:31: regional-akimats-telegram: the heading at line 2 of 005_sixth_paper.txt is a blank line
        Fix: point the heading at the line that holds its words]
    `);
  });

  it('a missing source file', () => {
    const dir = brokenFixture({ '005_sixth_paper.txt': null });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/papers.yaml:9: the source file "005_sixth_paper.txt" does not exist in sources
        Fix: put the text file there under that name, or correct \`file\`]
    `);
    expect(sourceErrorOf(() => load(dir)).line).toBe(papersLine('file: 005_sixth_paper.txt'));
  });

  it('a paper without editorial renderings', () => {
    const dir = brokenFixture({ 'editorial.yaml': [['regional-akimats-telegram:', 'regional-akimats:']] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/editorial.yaml: no editorial title renderings and summaries for "regional-akimats-telegram"
        Fix: add an entry "regional-akimats-telegram:" with title and summary in kk, ru and en]
    `);
  });

  it('tables for a paper that is not in the manifest', () => {
    const dir = brokenFixture({ 'tables.yaml': [['regional-akimats-telegram:', 'regional-akimat-telegram:']] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/tables.yaml:3: tables for unknown paper "regional-akimat-telegram"
        Fix: use the slug of a paper in papers.yaml]
    `);
  });

  it('a table value that the source does not print', () => {
    const dir = brokenFixture({ 'tables.yaml': [['["Павлодар", "38 900", "467"]', '["Павлодар", "39 900", "467"]']] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/tables.yaml:10: table "akimat-channels": the value «39 900» does not occur in source lines 20–28
        Fix: copy the value exactly as printed in those lines (letters and digits are compared), split it into \`parts\` if the source interrupts it, or widen \`lines\`]
    `);
  });

  it('a manifest that is not valid YAML', () => {
    const dir = brokenFixture({ 'papers.yaml': [['  genre: article', '  genre: article: conference']] });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/papers.yaml:25: the manifest is not valid YAML: Nested mappings are not allowed in compact mappings at line 25, column 10:
        Fix: correct the YAML syntax at that line (quote values that contain ": " or start with a special character)]
    `);
  });

  it('a folder without papers.yaml', () => {
    const dir = brokenFixture({ 'papers.yaml': null });
    expect(() => load(dir)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: sources/papers.yaml: papers.yaml is missing
        Fix: create sources/papers.yaml (see the README, "Adding a paper")]
    `);
  });
});
