import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { SourceError } from './errors.ts';
import type { Block, IngestedPaper } from './pipeline.ts';

/**
 * The anchors lock: every published paragraph anchor with a fingerprint of its words. A build whose
 * ingestion would make an anchor disappear or point at other words fails, unless the lock records
 * where the anchor moved (`moved`: a merge keeps both old anchors pointing at the merged paragraph;
 * a split keeps the first part under the old anchor).
 */
export interface AnchorsLock {
  version: 1;
  papers: Record<string, {
    /** "p12" → fingerprint of paragraph 12's words. */
    anchors: Record<string, string>;
    /** Old anchor → new anchor, recorded when a deliberate ingestion change moved it. */
    moved?: Record<string, string>;
  }>;
}

export interface AnchorReport {
  checked: number;
  unlocked: number;
  warnings: string[];
}

const anchorsOf = (blocks: Block[]) =>
  new Map(blocks.filter((b) => b.kind !== 'heading').map((b) => [`p${(b as { n: number }).n}`, (b as { fingerprint: string }).fingerprint]));

export function readLock(file: string): AnchorsLock {
  if (!existsSync(file)) return { version: 1, papers: {} };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SourceError(file, undefined, `the anchors lock is not valid JSON (${(e as Error).message})`, 'restore it from git (`git checkout -- ' + file + '`)');
  }
  const checked = LockShape.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const at = issue?.path.length ? issue.path.map(String).join('.') : 'the top level';
    throw new SourceError(file, undefined, `the anchors lock has the wrong shape at ${at}: ${issue?.message ?? 'invalid'}`,
      'restore it from git (`git checkout -- ' + file + '`); it is written only by `npm run anchors:lock`');
  }
  return json as AnchorsLock;
}

/** What a lock file must hold before it is read as one (other fields are left to later editions). */
const LockShape = z.looseObject({
  version: z.number().int().positive(),
  papers: z.record(z.string(), z.looseObject({
    anchors: z.record(z.string().regex(/^p\d+[a-z]?$/), z.string().min(1)),
    moved: z.record(z.string(), z.string()).optional(),
  })),
});

export function verifyAnchors(papers: Pick<IngestedPaper, 'slug' | 'blocks'>[], file: string, lock = readLock(file)): AnchorReport {
  const report: AnchorReport = { checked: 0, unlocked: 0, warnings: [] };
  for (const p of papers) {
    const locked = lock.papers[p.slug];
    const now = anchorsOf(p.blocks);
    if (!locked) {
      report.unlocked += now.size;
      report.warnings.push(`${p.slug}: ${now.size} anchors are not in ${file} yet; run \`npm run anchors:lock\` to publish them`);
      continue;
    }
    for (const [anchor, print] of Object.entries(locked.anchors)) {
      report.checked++;
      const target = locked.moved?.[anchor] ?? anchor;
      const current = now.get(target);
      if (current === undefined) {
        throw new SourceError(file, undefined, `${p.slug}: published anchor #${anchor} would disappear (the paper now has ${now.size} numbered paragraphs)`,
          `undo the ingestion change, or record where #${anchor} moved under papers.${p.slug}.moved in ${file}`);
      }
      if (current !== print && !locked.moved?.[anchor]) {
        throw new SourceError(file, undefined, `${p.slug}: published anchor #${anchor} would point at different words`,
          `undo the ingestion change, or record the new anchor of those words under papers.${p.slug}.moved ("${anchor}": "pN") in ${file}`);
      }
    }
    const extra = [...now.keys()].filter((a) => !(a in locked.anchors)).length;
    if (extra) {
      report.unlocked += extra;
      report.warnings.push(`${p.slug}: ${extra} new anchors are not locked yet; run \`npm run anchors:lock\``);
    }
  }
  return report;
}

/** Records the current anchors (keeping recorded moves); used by `npm run anchors:lock`. */
export function writeLock(papers: Pick<IngestedPaper, 'slug' | 'blocks'>[], file: string): AnchorsLock {
  const old = readLock(file);
  const lock: AnchorsLock = { version: 1, papers: {} };
  for (const p of papers) {
    const moved = old.papers[p.slug]?.moved;
    lock.papers[p.slug] = { anchors: Object.fromEntries(anchorsOf(p.blocks)), ...(moved ? { moved } : {}) };
  }
  writeFileSync(file, JSON.stringify(lock, null, 1) + '\n');
  return lock;
}
