import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Two builds of the same commit, with the same SOURCE_DATE_EPOCH, are byte-identical: the first with
// an empty content-layer cache (as on a fresh clone), the second with the cache the first one filled.
// (Both in a temporary folder: the project's own cache is left alone.)

const work = mkdtempSync(join(tmpdir(), 'archive-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(out: string, env: Record<string, string> = {}): void {
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000', ...env },
  });
  if (r.status !== 0) throw new Error(`build into ${out} failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
}

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('reproducible builds', () => {
  it('two builds of the same commit produce byte-identical files', () => {
    const a = join(work, 'a');
    const b = join(work, 'b');
    build(a, { ARCHIVE_CACHE: join(work, 'cache') });
    build(b, { ARCHIVE_CACHE: join(work, 'cache') });
    const ha = hashes(a);
    const hb = hashes(b);
    const names = [...new Set([...ha.keys(), ...hb.keys()])].sort();
    const differing = names.filter((n) => ha.get(n) !== hb.get(n))
      .map((n) => `${n}${ha.has(n) ? '' : ' (only in the second build)'}${hb.has(n) ? '' : ' (only in the first build)'}`);
    expect(ha.size).toBeGreaterThan(1000);
    expect(differing).toEqual([]);
    // The access date in the citations comes from SOURCE_DATE_EPOCH (2023-11-14).
    expect(readFileSync(join(a, 'ru/papers/facebook-twitter-diplomacy/index.html'), 'utf8')).toContain('14.11.2023');
  }, 300_000);
});
