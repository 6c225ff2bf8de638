import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml, yamlLocator } from '../../src/lib/core/yaml.ts';
import { lockedAnchors, readLock, verifyAnchors, writeLock, type AnchorsLock } from '../../src/lib/ingest/anchors.ts';
import { loadCorpus } from '../../src/lib/ingest/corpus.ts';
import { Manifest, Tables, type PaperManifest } from '../../src/lib/ingest/manifest.ts';
import { compact } from '../../src/lib/ingest/text.ts';
import { ingestPaper, type IngestedPaper } from '../../src/lib/ingest/pipeline.ts';

// The sixth-paper fixture, ingested under its own manifest and under changed ones: a changed
// ingestion rule must not silently move a published anchor (#pN).
const DIR = 'tests/fixtures/sixth-paper';
const manifest = parseYaml(readFileSync(join(DIR, 'papers.yaml'), 'utf8'), 'papers.yaml', Manifest, 'manifest')[0] as PaperManifest;
const tablesText = readFileSync(join(DIR, 'tables.yaml'), 'utf8');
const tables = parseYaml(tablesText, 'tables.yaml', Tables, 'tables file');

/** The fixture paper ingested with `change` applied to its manifest entry, numbered by `lock` when given. */
function ingest(change: Partial<PaperManifest> = {}, lock?: AnchorsLock): IngestedPaper {
  const m = { ...manifest, ...change };
  return ingestPaper({
    bytes: readFileSync(join(DIR, m.file)), file: m.file, manifest: m, tables: tables[m.slug] ?? [],
    tablesFile: 'tables.yaml', tableLine: yamlLocator(tablesText), manifestFile: 'papers.yaml', manifestLine: () => undefined,
    locked: lock ? lockedAnchors(lock, m.slug) : undefined,
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'archive-anchors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let files = 0;
/** A fresh lock file holding the anchors of `papers` (edition 1). */
function lockOf(papers: IngestedPaper[]): string {
  const file = join(tmp, `anchors-${++files}.lock.json`);
  writeLock(papers, file);
  return file;
}
// Messages name the lock as the build does; the lock itself is passed in.
const LOCK = 'content/anchors.lock.json';
/** "n lines" of each numbered block, with its aliases: "3 5–7 (+4)". */
const numbering = (p: IngestedPaper) => p.blocks.flatMap((b) => (b.kind === 'heading' ? [] : [`${b.n} ${b.lines[0]}–${b.lines[1]}${b.aliases.length ? ` (+${b.aliases.join(',')})` : ''}`]));

const original = ingest();
const edition1 = readLock(lockOf([original]));
// An extra run-in head at line 9 splits paragraph 3 (lines 5–11) in two: 5–7 and 9–11.
const SPLIT = { runIn: [9] };

describe('the anchors lock (edition 1)', () => {
  it('writeLock records every numbered block with its source lines and a fingerprint of its words; verifyAnchors then passes', () => {
    expect(edition1.edition).toBe(1);
    expect(Object.keys(edition1.papers[manifest.slug] ?? {})).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(edition1.papers[manifest.slug]?.p3?.slice(0, 2)).toEqual([5, 11]);
    expect(verifyAnchors([original], LOCK, edition1)).toEqual({ checked: 6, unlocked: 0, warnings: [] });
  });

  it('a paper missing from the lock is numbered 1…N and reported, not refused', () => {
    const report = verifyAnchors([original], join(tmp, 'absent.lock.json'));
    expect(report).toMatchObject({ checked: 0, unlocked: 6 });
    expect(report.warnings).toEqual([`regional-akimats-telegram: 6 anchors are not in ${join(tmp, 'absent.lock.json')} yet; run \`npm run anchors:lock\` to publish them`]);
  });

  it('a change that keeps the words in place keeps the anchors: read as single-spaced, the fixture splits the same way', () => {
    const single = ingest({ spacing: 'single' }, edition1);
    expect(numbering(single)).toEqual(numbering(original));
    expect(verifyAnchors([single], LOCK, edition1)).toMatchObject({ checked: 6, unlocked: 0 });
  });
});

describe('a changed ingestion rule after edition 1', () => {
  it('a split: the first part keeps #p3, the new part takes the next free number, every later anchor stays', () => {
    const split = ingest(SPLIT, edition1);
    expect(numbering(split)).toEqual(['1 1–1', '2 3–3', '3 5–7', '7 9–11', '4 13–18', '5 20–28', '6 30–36']);
    expect(verifyAnchors([split], LOCK, edition1)).toEqual({
      checked: 6, unlocked: 1, warnings: ['regional-akimats-telegram: 1 new anchors are not locked yet; run `npm run anchors:lock`'],
    });
  });

  it('a merge: the merged block keeps both anchors, the second as an alias', () => {
    const splitLock = readLock(lockOf([ingest(SPLIT)])); // an edition whose paragraph 3 was split
    const merged = ingest({}, splitLock);
    expect(numbering(merged)).toEqual(['1 1–1', '2 3–3', '3 5–11 (+4)', '5 13–18', '6 20–28', '7 30–36']);
    expect(verifyAnchors([merged], LOCK, splitLock)).toEqual({ checked: 7, unlocked: 0, warnings: [] });
  });

  it('changed words under a published anchor stop the build, naming the anchor', () => {
    const changed = { ...original, blocks: original.blocks.map((b) => (b.kind === 'paragraph' && b.n === 4 ? { ...b, fingerprint: 'changed words' } : b)) };
    expect(() => verifyAnchors([changed], LOCK, edition1)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/anchors.lock.json: regional-akimats-telegram: published anchor #p4 (lines 13–18) would point at different words
        Fix: undo the ingestion change; a change after edition 1 may split a paragraph (its new parts get new numbers) or merge paragraphs (they keep their anchors), but not move a paragraph's first line]
    `);
  });

  it('an anchor that would disappear (the exclusion widened over the last paragraph) stops the build', () => {
    const shorter = ingest({ exclude: [{ ...manifest.exclude[0]!, lines: [30, 40] }] }, edition1);
    expect(() => verifyAnchors([shorter], LOCK, edition1)).toThrow('published anchor #p6 (lines 30–36) would disappear');
  });

  it('after relocking a split, a later change to a paragraph is still caught (the lock never rewrites a published anchor)', () => {
    const file = lockOf([original]);
    const split = ingest(SPLIT, readLock(file));
    const relocked = writeLock([split], file);
    expect(relocked.papers[manifest.slug]?.p3).toEqual(edition1.papers[manifest.slug]?.p3); // 5–11, as published
    expect(relocked.papers[manifest.slug]?.p7?.slice(0, 2)).toEqual([9, 11]);
    const changed = { ...split, blocks: split.blocks.map((b) => (b.kind === 'paragraph' && b.n === 4 ? { ...b, fingerprint: 'changed words' } : b)) };
    expect(() => verifyAnchors([changed], LOCK, readLock(file))).toThrow('published anchor #p4 (lines 13–18) would point at different words');
    expect(verifyAnchors([split], LOCK, readLock(file))).toEqual({ checked: 7, unlocked: 0, warnings: [] });
  });
});

describe('the real corpus', () => {
  const corpus = loadCorpus('content/sources');
  const lock = readLock('content/anchors.lock.json');

  it('matches the published lock, content/anchors.lock.json (edition 1)', () => {
    const total = corpus.papers.reduce((n, p) => n + p.paragraphCount, 0);
    expect(lock.edition).toBe(1);
    expect(verifyAnchors(corpus.papers, 'content/anchors.lock.json', lock)).toEqual({ checked: total, unlocked: 0, warnings: [] });
  });

  it('re-segmented by changed rules, every edition-1 anchor still resolves to its words', () => {
    // Two rule changes on the dissertation: run-in heads added in the middle of five long paragraphs
    // (splits), and a run-in head of the manifest removed where the layout sees no break (a merge).
    const text = readFileSync('content/sources/papers.yaml', 'utf8');
    const m = parseYaml(text, 'papers.yaml', Manifest, 'manifest').find((p) => p.id === '004')!;
    const paper = corpus.papers.find((p) => p.id === '004')!;
    const tablesFile = readFileSync('content/sources/tables.yaml', 'utf8');
    const reingest = (manifest: PaperManifest) => ingestPaper({
      bytes: readFileSync(join('content/sources', m.file)), file: m.file, manifest,
      tables: parseYaml(tablesFile, 'tables.yaml', Tables, 'tables file')[m.slug] ?? [], tablesFile: 'tables.yaml', tableLine: yamlLocator(tablesFile),
      manifestFile: 'papers.yaml', manifestLine: () => undefined, locked: lockedAnchors(lock, m.slug),
    });
    const long = paper.blocks.filter((b) => b.kind === 'paragraph' && b.lines[1] - b.lines[0] >= 12).slice(10, 15);
    const middles = long.map((b) => paper.lines.find((l) => l.n >= b.lines[0] + 6 && l.status === 'text')!.n);
    const removed = m.runIn.find((n) => reingest({ ...m, runIn: m.runIn.filter((k) => k !== n) }).paragraphCount < paper.paragraphCount)!;
    expect(removed, 'a run-in head whose removal merges two paragraphs').toBeDefined();
    const re = reingest({ ...m, runIn: [...m.runIn.filter((n) => n !== removed), ...middles] });
    expect(re.blocks.filter((b) => b.kind !== 'heading' && b.aliases.length > 0).length).toBeGreaterThan(0);
    expect(verifyAnchors([re], LOCK, lock)).toMatchObject({ checked: paper.paragraphCount, unlocked: re.paragraphCount - paper.paragraphCount + re.blocks.reduce((n, b) => n + (b.kind === 'heading' ? 0 : b.aliases.length), 0) });
    expect(re.paragraphCount).toBeGreaterThan(paper.paragraphCount); // five splits, one merge
    // Every published anchor leads to a block that holds the beginning of its words: all of them
    // (unchanged, or merged into a larger block) or the first part of them (split).
    const words = (b: IngestedPaper['blocks'][number]) => compact('text' in b ? b.text : b.kind === 'table' ? b.rows.flat().join(' ') : '');
    for (const old of paper.blocks) {
      if (old.kind === 'heading') continue;
      const host = re.blocks.find((b) => b.kind !== 'heading' && (b.n === old.n || b.aliases.includes(old.n)))!;
      expect(host, `#p${old.n}`).toBeDefined();
      const [was, now] = [words(old), words(host)];
      expect(now.includes(was.slice(0, 40)), `#p${old.n} (lines ${old.lines.join('–')})`).toBe(true);
    }
  });
});
