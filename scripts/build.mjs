// Builds the archive into a fresh temporary folder and moves it to dist/ only when every step
// succeeded, so a failed build never leaves a half-built site where a good one was.
//   node scripts/build.mjs [--out DIR] [--base /archive/]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const out = resolve(opt('--out', 'dist'));
const base = opt('--base', process.env.ARCHIVE_BASE ?? '/');
const tmp = resolve('.build', `out-${process.pid}`);
rmSync(tmp, { recursive: true, force: true });
mkdirSync(resolve('.build'), { recursive: true });

const t0 = performance.now();
const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ARCHIVE_OUT: tmp, ARCHIVE_BASE: base, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (r.status !== 0 || !existsSync(resolve(tmp, 'index.html'))) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(`\nBuild failed: ${existsSync(out) ? `the previous site in ${out} was left as it was` : 'no site was written'}.`);
  process.exit(r.status || 1);
}
const old = `${out}.old-${process.pid}`;
if (existsSync(out)) renameSync(out, old);
renameSync(tmp, out);
rmSync(old, { recursive: true, force: true });
console.log(`Built ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
