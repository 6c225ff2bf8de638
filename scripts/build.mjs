// Builds the archive into a fresh temporary folder and moves it to dist/ only when every step
// succeeded, so a failed build never leaves a half-built site where a good one was.
//   node scripts/build.mjs [--out DIR] [--base /archive/]
//
// Environment:
//   ARCHIVE_CONTENT     another content folder (tests, the scale benchmark); its content-layer cache
//                       goes to .build/cache/content-<hash>/ (ARCHIVE_CACHE) so that the main cache in
//                       node_modules/.astro/ is never filled with another folder's entries.
//   SOURCE_DATE_EPOCH   the build date (citations' access date). When unset: the time of the last
//                       commit, so two builds of the same commit are byte-identical; now when git is
//                       not available (a tarball). Set it yourself for another date.
//
// The search index is written after Astro has exited (ARCHIVE_SEARCH_INDEX=after-astro tells the
// integration in src/integrations/search-index.ts to leave it to this script): Astro's memory and
// Pagefind's are then never needed at the same time (at 50× the corpus: 2.8 GB instead of 3.9 GB).
//
// Builds of one checkout run one at a time (a lock in .build/): Astro writes .astro/content-modules.mjs,
// the list of chapter modules of *its* content folder, and reads it back later in the build, so two
// concurrent builds of different content folders would render each other's chapters.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

/** The content-layer cache of a content folder other than the project's own. */
export function cacheDirFor(contentDir) {
  const dir = resolve(contentDir);
  if (dir === resolve('content')) return undefined;
  return resolve('.build', 'cache', `content-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}`);
}

/** Seconds since 1970 of the last commit, or of now outside a git checkout. */
export function sourceDateEpoch() {
  const git = spawnSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' });
  const commit = git.status === 0 ? git.stdout.trim() : '';
  return /^\d+$/.test(commit) ? commit : String(Math.floor(Date.now() / 1000));
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };

/** Waits until no other build of this checkout runs, then holds the lock; returns its release. */
function lock() {
  const dir = resolve('.build', 'build.lock');
  let told = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      const release = () => {
        process.off('exit', release);
        rmSync(dir, { recursive: true, force: true });
      };
      process.on('exit', release);
      return release;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let holder = 0;
      try { holder = Number(readFileSync(join(dir, 'pid'), 'utf8')); } catch { /* being written */ }
      let age = 0;
      try { age = Date.now() - statSync(dir).mtimeMs; } catch { continue; }
      // A lock left by a build that was killed: its process is gone (or it never wrote its pid).
      if (holder ? !alive(holder) : age > 30_000) { rmSync(dir, { recursive: true, force: true }); continue; }
      if (!told) { console.log(`waiting for another build of this checkout to finish (process ${holder || '?'})…`); told = true; }
      sleep(250);
    }
  }
}

/** `.dist.building-<pid>` / `.dist.old-<pid>` beside `out`: on its filesystem, so the swap is a rename. */
const siblings = (out) => {
  const parent = dirname(out);
  const name = basename(out);
  return {
    tmp: join(parent, `.${name}.building-${process.pid}`),
    old: join(parent, `.${name}.old-${process.pid}`),
    /** Folders a killed build of `out` left behind (its process is gone); also the older `dist.old-<pid>`. */
    leftovers: () => (existsSync(parent) ? readdirSync(parent) : []).flatMap((entry) => {
      const m = entry.match(/^(?:\.(.+)\.(?:building|old)|(.+)\.old)-(\d+)$/);
      return m && (m[1] ?? m[2]) === name && !alive(Number(m[3])) ? [join(parent, entry)] : [];
    }),
  };
};

/** Moves the new site in place of the old one; copies it where a rename cannot (another filesystem, a mount point). */
export function swapIn(tmp, out, old, rename = renameSync) {
  try {
    if (existsSync(out)) rename(out, old);
    try {
      rename(tmp, out);
    } catch (e) {
      if (existsSync(old) && !existsSync(out)) rename(old, out); // the old site back in place first
      throw e;
    }
  } catch (e) {
    if (!['EXDEV', 'EBUSY', 'EPERM', 'EACCES'].includes(e.code)) throw e;
    // The target cannot be replaced by a rename: write the new site into it (staged inside it, so on
    // its filesystem), then swap its entries one by one.
    mkdirSync(out, { recursive: true });
    const staged = join(out, `.incoming-${process.pid}`);
    cpSync(tmp, staged, { recursive: true });
    for (const entry of readdirSync(out)) if (join(out, entry) !== staged) rmSync(join(out, entry), { recursive: true, force: true });
    for (const entry of readdirSync(staged)) renameSync(join(staged, entry), join(out, entry));
    rmSync(staged, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

async function build(args) {
  const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
  const out = resolve(opt('--out', 'dist'));
  let config;
  try {
    const { readConfig } = await import('../src/site/config.ts');
    config = readConfig({ ...process.env, ARCHIVE_BASE: opt('--base', process.env.ARCHIVE_BASE) });
  } catch (e) {
    if (e?.name !== 'ConfigError') throw e;
    console.error(`\n${e.message}\n\nBuild failed: ${existsSync(out) ? `the previous site in ${out} was left as it was` : 'no site was written'}.`);
    process.exit(1);
  }
  const base = config.ARCHIVE_BASE;
  const { tmp, old, leftovers } = siblings(out);
  mkdirSync(resolve('.build'), { recursive: true });
  mkdirSync(dirname(out), { recursive: true });

  /** @type {Record<string, string | undefined>} */
  // Astro moves its assets into the output folder by rename, which fails across filesystems (EXDEV):
  // when the target is on another filesystem, Astro builds inside .build/ and the finished site is
  // copied beside the target before the swap.
  const sameFs = statSync(dirname(out)).dev === statSync(resolve('.build')).dev;
  const site = sameFs ? tmp : resolve('.build', `out-${process.pid}`);
  const env = { ...process.env, ARCHIVE_OUT: site, ARCHIVE_BASE: base, ASTRO_TELEMETRY_DISABLED: '1', ARCHIVE_SEARCH_INDEX: 'after-astro' };
  // Vite fills import.meta.env from these names, and a value in the caller's environment (a test
  // runner sets BASE_URL=/) would override the base path the pages link with.
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete env[name];
  env.SOURCE_DATE_EPOCH ||= sourceDateEpoch();
  const cache = process.env.ARCHIVE_CONTENT && cacheDirFor(process.env.ARCHIVE_CONTENT);
  if (cache && !env.ARCHIVE_CACHE) env.ARCHIVE_CACHE = cache;

  const release = lock();
  // What killed builds left: their temporary sites (and those of the older layout in .build/).
  for (const dir of leftovers()) rmSync(dir, { recursive: true, force: true });
  for (const entry of readdirSync(resolve('.build'))) {
    const m = entry.match(/^out-(\d+)$/);
    if (m && !alive(Number(m[1]))) rmSync(resolve('.build', entry), { recursive: true, force: true });
  }
  rmSync(tmp, { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env });
  release();
  let ok = r.status === 0 && existsSync(resolve(site, 'index.html'));
  if (ok) {
    try {
      const { writeSearchIndex } = await import('../src/integrations/search-index.ts');
      console.log(`[archive-search-index] ${await writeSearchIndex(site, base)}`);
      const { writeHeaders } = await import('./lib/headers.mjs');
      const h = writeHeaders(site, base);
      console.log(`[archive-headers] _headers: ${h.rules} rules, one Content-Security-Policy merged from ${h.policies} page policies`);
      if (site !== tmp) cpSync(site, tmp, { recursive: true });
    } catch (e) {
      console.error(`[archive-build] ${e?.stack ?? e}`);
      ok = false;
    }
  }
  if (site !== tmp) rmSync(site, { recursive: true, force: true });
  if (!ok) {
    rmSync(tmp, { recursive: true, force: true });
    console.error(`\nBuild failed: ${existsSync(out) ? `the previous site in ${out} was left as it was` : 'no site was written'}.`);
    process.exit(r.status || 1);
  }
  swapIn(tmp, out, old);
  const date = new Date(Number(env.SOURCE_DATE_EPOCH) * 1000).toISOString().slice(0, 10);
  console.log(`Built ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s (build date ${date}, SOURCE_DATE_EPOCH=${env.SOURCE_DATE_EPOCH})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await build(process.argv.slice(2));
