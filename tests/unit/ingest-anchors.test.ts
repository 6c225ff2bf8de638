import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/data/yaml-file.ts';
import { readLock, verifyAnchors, writeLock, type AnchorsLock } from '../../src/lib/ingest/anchors.ts';
import { loadCorpus, yamlLocator } from '../../src/lib/ingest/corpus.ts';
import { Manifest, Tables, type PaperManifest } from '../../src/lib/ingest/manifest.ts';
import { ingestPaper, type IngestedPaper } from '../../src/lib/ingest/pipeline.ts';

// The sixth-paper fixture, ingested under its own manifest and under changed ones: a changed
// ingestion rule must not silently move a published anchor (#pN).
const DIR = 'tests/fixtures/sixth-paper';
const manifest = parseYaml(readFileSync(join(DIR, 'papers.yaml'), 'utf8'), 'papers.yaml', Manifest, 'manifest')[0] as PaperManifest;
const tablesText = readFileSync(join(DIR, 'tables.yaml'), 'utf8');
const tables = parseYaml(tablesText, 'tables.yaml', Tables, 'tables file');

/** The fixture paper ingested with `change` applied to its manifest entry. */
function ingest(change: Partial<PaperManifest> = {}): IngestedPaper {
  const m = { ...manifest, ...change };
  return ingestPaper({
    bytes: readFileSync(join(DIR, m.file)), file: m.file, manifest: m, tables: tables[m.slug] ?? [],
    tablesFile: 'tables.yaml', tableLine: yamlLocator(tablesText), manifestFile: 'papers.yaml', manifestLine: () => undefined,
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'archive-anchors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let files = 0;
/** A fresh lock file holding the anchors of `papers`. */
function lockOf(papers: IngestedPaper[]): string {
  const file = join(tmp, `anchors-${++files}.lock.json`);
  writeLock(papers, file);
  return file;
}
/** The lock with `moved` recorded for the fixture paper. */
function withMoves(file: string, moved: Record<string, string>): AnchorsLock {
  const lock = readLock(file);
  const entry = lock.papers[manifest.slug];
  if (!entry) throw new Error('the fixture paper is not in the lock');
  entry.moved = moved;
  return lock;
}
// Messages name the lock as the build does; the lock itself is passed in.
const LOCK = 'content/anchors.lock.json';

const original = ingest();
// An extra run-in head at line 9 splits paragraph 3 (lines 5–11) in two: 5–7 and 9–11.
const split = ingest({ runIn: [9] });

describe('the anchors lock', () => {
  it('writeLock records every numbered block with a fingerprint of its words; verifyAnchors then passes', () => {
    const file = lockOf([original]);
    expect(Object.keys(readLock(file).papers[manifest.slug]?.anchors ?? {})).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(verifyAnchors([original], file)).toEqual({ checked: 6, unlocked: 0, warnings: [] });
  });

  it('a paper missing from the lock is reported, not refused', () => {
    const report = verifyAnchors([original], join(tmp, 'absent.lock.json'));
    expect(report).toMatchObject({ checked: 0, unlocked: 6 });
    expect(report.warnings).toEqual([`regional-akimats-telegram: 6 anchors are not in ${join(tmp, 'absent.lock.json')} yet; run \`npm run anchors:lock\` to publish them`]);
  });

  it('a change that keeps the words in place keeps the anchors: read as single-spaced, the fixture splits the same way', () => {
    // Fingerprints compare letters and digits only, so hyphens and spaces do not count either.
    const single = ingest({ spacing: 'single' });
    expect(single.blocks.map((b) => b.lines)).toEqual(original.blocks.map((b) => b.lines));
    expect(verifyAnchors([single], LOCK, readLock(lockOf([original])))).toMatchObject({ checked: 6, unlocked: 0 });
  });
});

describe('a changed ingestion rule that moves anchors', () => {
  it('a split (an extra run-in head at line 9): the build stops, naming the anchor that moved', () => {
    expect(split.blocks.filter((b) => b.kind !== 'heading').map((b) => b.lines)).toEqual([[1, 1], [3, 3], [5, 7], [9, 11], [13, 18], [20, 28], [30, 36]]);
    const lock = readLock(lockOf([original]));
    expect(() => verifyAnchors([split], LOCK, lock)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/anchors.lock.json: regional-akimats-telegram: published anchor #p3 would point at different words
        Fix: undo the ingestion change, or record the new anchor of those words under papers.regional-akimats-telegram.moved ("p3": "pN") in content/anchors.lock.json]
    `);
  });

  it('a split recorded in `moved` passes: the old anchor keeps the first part, the later ones shift', () => {
    const lock = withMoves(lockOf([original]), { p3: 'p3', p4: 'p5', p5: 'p6', p6: 'p7' });
    expect(verifyAnchors([split], LOCK, lock)).toEqual({
      checked: 6,
      unlocked: 1,
      warnings: ['regional-akimats-telegram: 1 new anchors are not locked yet; run `npm run anchors:lock`'],
    });
  });

  it('a move recorded wrongly still fails', () => {
    const lock = withMoves(lockOf([original]), { p3: 'p3', p4: 'p4' });
    expect(() => verifyAnchors([split], LOCK, lock)).toThrow('published anchor #p5 would point at different words');
  });

  it('a merge (the run-in head removed again): both old anchors of the merged paragraph must be recorded', () => {
    const file = lockOf([split]);
    expect(() => verifyAnchors([original], LOCK, readLock(file))).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/anchors.lock.json: regional-akimats-telegram: published anchor #p3 would point at different words
        Fix: undo the ingestion change, or record the new anchor of those words under papers.regional-akimats-telegram.moved ("p3": "pN") in content/anchors.lock.json]
    `);
    const lock = withMoves(file, { p3: 'p3', p4: 'p3', p5: 'p4', p6: 'p5', p7: 'p6' });
    expect(verifyAnchors([original], LOCK, lock)).toEqual({ checked: 7, unlocked: 0, warnings: [] });
  });

  it('an anchor that would disappear (the exclusion widened over the last paragraph)', () => {
    const shorter = ingest({ exclude: [{ ...manifest.exclude[0]!, lines: [30, 40] }] });
    expect(() => verifyAnchors([shorter], LOCK, readLock(lockOf([original])))).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/anchors.lock.json: regional-akimats-telegram: published anchor #p6 would disappear (the paper now has 5 numbered paragraphs)
        Fix: undo the ingestion change, or record where #p6 moved under papers.regional-akimats-telegram.moved in content/anchors.lock.json]
    `);
  });

  it('writeLock keeps the recorded moves when the anchors are locked again', () => {
    const file = lockOf([original]);
    const moved = { p3: 'p3', p4: 'p5', p5: 'p6', p6: 'p7' };
    writeFileSync(file, JSON.stringify(withMoves(file, moved)));
    const relocked = writeLock([split], file);
    expect(relocked.papers[manifest.slug]?.moved).toEqual(moved);
    expect(Object.keys(relocked.papers[manifest.slug]?.anchors ?? {})).toHaveLength(7);
  });

  // Known defect, reported to the lead (the lock format is theirs): once relocked, the kept moves
  // still redirect the *new* anchors (#p4 is checked at p5) and skip their fingerprints, so a
  // later change to those paragraphs goes unnoticed.
  it.fails('after relocking, a later change to a paragraph whose anchor once moved is still caught', () => {
    const file = lockOf([original]);
    writeFileSync(file, JSON.stringify(withMoves(file, { p3: 'p3', p4: 'p5', p5: 'p6', p6: 'p7' })));
    writeLock([split], file);
    const changed = { ...split, blocks: split.blocks.map((b) => (b.kind === 'paragraph' && b.n === 4 ? { ...b, fingerprint: 'changed words' } : b)) };
    expect(() => verifyAnchors([changed], LOCK, readLock(file))).toThrow('published anchor #p4 would point at different words');
  });
});

describe('the real corpus', () => {
  it('matches the published lock, content/anchors.lock.json', () => {
    const report = verifyAnchors(loadCorpus('content/sources').papers, 'content/anchors.lock.json');
    expect(report).toEqual({ checked: 880, unlocked: 0, warnings: [] });
  });
});
