import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { fingerprint, tableWords } from './text.ts';
import { SourceError } from '../core/errors.ts';
import type { Block, NumberedBlock } from './blocks.ts';
import type { IngestedPaper } from './pipeline.ts';

/**
 * The anchors lock: every published paragraph anchor (#pN) with the source lines it was made from
 * and a fingerprint of its words. The numbering recorded in it is an edition; from edition 1 on a
 * published anchor keeps resolving to the same words, whatever later ingestion changes do:
 *
 * - a block that starts where an anchor started keeps its number;
 * - a split: the first part keeps the number, the new parts take the next free numbers at the end
 *   of the paper (12 stays 12, its second half becomes 832);
 * - a merge: the merged block takes the first number and keeps the others as aliases (ids of their
 *   own inside it), so #p12 and #p13 both still lead to those words;
 * - lines that no anchor held (a new paper, an excluded range reopened) take the next free numbers.
 *
 * A change that moves a boundary across an anchor (its block now starts elsewhere) cannot keep that
 * promise: the build stops, naming the anchor. The source files never change, so line ranges are
 * the anchors' identity; the fingerprint guards the words a repair rule might change.
 */
export interface AnchorsLock {
  version: 2;
  /** The edition the numbering belongs to: 1 from the first publication on. */
  edition: number;
  /** slug → "p12" → [first source line, last source line, fingerprint of the words]. */
  papers: Record<string, Record<string, [number, number, string]>>;
}

export interface LockedAnchor {
  n: number;
  lines: [number, number];
  fingerprint: string;
}

export interface AnchorReport {
  checked: number;
  unlocked: number;
  warnings: string[];
}

const LockShape = z.object({
  version: z.literal(2),
  edition: z.number().int().positive(),
  papers: z.record(z.string(), z.record(z.string().regex(/^p\d+$/), z.tuple([z.number().int().positive(), z.number().int().positive(), z.string().min(1)]))),
});

const FIX = (file: string) => 'restore it from git (`git checkout -- ' + file + '`); it is written only by `npm run anchors:lock`';

export function readLock(file: string): AnchorsLock {
  if (!existsSync(file)) return { version: 2, edition: 1, papers: {} };
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
    throw new SourceError(file, undefined, `the anchors lock has the wrong shape at ${at}: ${issue?.message ?? 'invalid'}`, FIX(file));
  }
  return checked.data as AnchorsLock;
}

/** The anchors of one paper in the lock, in the order of their lines; undefined when the paper is not locked yet. */
export function lockedAnchors(lock: AnchorsLock, slug: string): LockedAnchor[] | undefined {
  const entry = lock.papers[slug];
  if (!entry) return undefined;
  return Object.entries(entry).map(([id, [first, last, fingerprint]]) => ({ n: Number(id.slice(1)), lines: [first, last] as [number, number], fingerprint }))
    .sort((a, b) => a.lines[0] - b.lines[0]);
}

const isNumbered = (b: Block): b is NumberedBlock => b.kind !== 'heading';

/**
 * Numbers the blocks of a paper: 1…N in order when the paper has no locked anchors, and by the
 * lock's rules (above) when it has. Returns new blocks; headings pass through.
 */
export function numberBlocks(blocks: readonly Block[], locked: readonly LockedAnchor[] | undefined): Block[] {
  if (!locked) {
    let n = 0;
    return blocks.map((b) => (isNumbered(b) ? { ...b, n: ++n, aliases: [] } : b));
  }
  let next = locked.reduce((max, a) => Math.max(max, a.n), 0);
  return blocks.map((b) => {
    if (!isNumbered(b)) return b;
    const starting = locked.filter((a) => a.lines[0] >= b.lines[0] && a.lines[0] <= b.lines[1]);
    if (starting.length === 0) return { ...b, n: ++next, aliases: [] };
    return { ...b, n: starting[0]!.n, aliases: starting.slice(1).map((a) => a.n) };
  });
}

/**
 * Checks that every locked anchor of every paper still resolves to its words under the current
 * numbering. Stops with a SourceError naming the anchor otherwise.
 */
export function verifyAnchors(papers: Pick<IngestedPaper, 'slug' | 'blocks'>[], file: string, lock = readLock(file)): AnchorReport {
  const report: AnchorReport = { checked: 0, unlocked: 0, warnings: [] };
  for (const p of papers) {
    const locked = lockedAnchors(lock, p.slug);
    const numbered = p.blocks.filter(isNumbered);
    if (!locked) {
      report.unlocked += numbered.length;
      report.warnings.push(`${p.slug}: ${numbered.length} anchors are not in ${file} yet; run \`npm run anchors:lock\` to publish them`);
      continue;
    }
    for (const a of locked) {
      report.checked++;
      const problem = resolve(a, numbered);
      if (problem) {
        throw new SourceError(file, undefined, `${p.slug}: published anchor #p${a.n} (lines ${a.lines[0]}–${a.lines[1]}) ${problem}`,
          'undo the ingestion change; a change after edition 1 may split a paragraph (its new parts get new numbers) or merge paragraphs (they keep their anchors), but not move a paragraph\'s first line');
      }
    }
    const known = new Set(locked.map((a) => a.n));
    const extra = numbered.filter((b) => !known.has(b.n)).length;
    if (extra) {
      report.unlocked += extra;
      report.warnings.push(`${p.slug}: ${extra} new anchors are not locked yet; run \`npm run anchors:lock\``);
    }
  }
  return report;
}

/** Why a locked anchor no longer resolves to its words, or undefined when it does. */
function resolve(a: LockedAnchor, blocks: readonly NumberedBlock[]): string | undefined {
  const host = blocks.find((b) => b.n === a.n || b.aliases.includes(a.n));
  if (!host) return 'would disappear';
  const [first, last] = a.lines;
  if (host.lines[0] > first || host.lines[1] < first) return `would now start at line ${host.lines[0]}`;
  if (host.lines[0] === first && host.lines[1] === last) {
    return host.fingerprint === a.fingerprint ? undefined : 'would point at different words';
  }
  if (host.lines[1] >= last) return undefined; // merged into a larger block: all its words are there
  // Split: the parts that follow the host must end where the anchor ended.
  const parts = blocks.filter((b) => b.lines[0] > host.lines[1] && b.lines[0] <= last);
  if (parts.some((b) => b.lines[1] > last)) return 'would be split across a paragraph boundary that moved';
  if (host.lines[0] < first) return undefined; // merged at its start, split at its end: the words are in host and parts
  return fingerprint([host, ...parts].map(textOf).join(' ')) === a.fingerprint ? undefined : 'would point at different words';
}

const textOf = (b: NumberedBlock): string => (b.kind === 'table' ? tableWords(b) : b.text);

/**
 * Records the anchors in the lock: the anchors of papers not in it yet, and the new anchors of
 * papers in it (new numbers after a split, new lines). A published anchor is never rewritten.
 */
export function writeLock(papers: Pick<IngestedPaper, 'slug' | 'blocks'>[], file: string, edition = 1): AnchorsLock {
  const old = existsSync(file) ? readLock(file) : { version: 2 as const, edition, papers: {} };
  const lock: AnchorsLock = { version: 2, edition: old.edition, papers: {} };
  for (const p of papers) {
    const entry: Record<string, [number, number, string]> = { ...old.papers[p.slug] };
    for (const b of p.blocks.filter(isNumbered)) if (!entry[`p${b.n}`]) entry[`p${b.n}`] = [b.lines[0], b.lines[1], b.fingerprint];
    lock.papers[p.slug] = Object.fromEntries(Object.entries(entry).sort(([x], [y]) => Number(x.slice(1)) - Number(y.slice(1))));
  }
  writeFileSync(file, `{\n "version": 2,\n "edition": ${lock.edition},\n "papers": {\n${Object.entries(lock.papers).map(([slug, anchors]) =>
    `  ${JSON.stringify(slug)}: {\n${Object.entries(anchors).map(([id, v]) => `   ${JSON.stringify(id)}: ${JSON.stringify(v)}`).join(',\n')}\n  }`).join(',\n')}\n }\n}\n`);
  return lock;
}
