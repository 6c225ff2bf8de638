// Checks a built site: runs every check in scripts/checks/*.mjs (one rule per file: add a file to add
// a rule), prints one line per check and its problems, and exits non-zero on any problem.
//   node scripts/check-site.mjs DIST [--base /archive/] [--only links,anchors]
//
// A check module exports `name` and `run(site)` returning { summary, problems: string[] }, where
// site is the parsed build (scripts/checks/lib/site.mjs).
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Site } from './checks/lib/site.mjs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const dist = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dist || !existsSync(resolve(dist, 'index.html'))) {
  console.error(`usage: node scripts/check-site.mjs DIST [--base /archive/] [--only a,b]\n${dist ? `no built site in ${dist}` : ''}`);
  process.exit(2);
}
const only = opt('--only')?.split(',');
const SHOWN = 15;

const t0 = performance.now();
const site = new Site(resolve(dist), opt('--base') ?? '/');
const dir = new URL('./checks/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
let failed = 0;
for (const file of files) {
  const check = await import(pathToFileURL(resolve(dir.pathname, file)).href);
  if (only && !only.includes(check.name)) continue;
  let result;
  try {
    result = await check.run(site);
  } catch (e) {
    result = { summary: 'the check itself failed', problems: [String(e?.stack ?? e)] };
  }
  const ok = result.problems.length === 0;
  if (!ok) failed++;
  console.log(`${ok ? '✓' : '✗'} ${check.name.padEnd(16)} ${result.summary}${ok ? '' : ` · ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`}`);
  for (const p of result.problems.slice(0, SHOWN)) console.log(`    ${p}`);
  if (result.problems.length > SHOWN) console.log(`    … and ${result.problems.length - SHOWN} more`);
}
const secs = ((performance.now() - t0) / 1000).toFixed(1);
console.log(failed ? `\n${failed} check${failed === 1 ? '' : 's'} failed on ${dist} (${secs} s)` : `all checks passed on ${dist}: ${site.pages.length} pages (${secs} s)`);
process.exit(failed ? 1 : 0);
