// Compares two builds file by file: lists files only in one, and for changed HTML/text files the
// changed lines (first few). Usage: node scripts/compare-builds.mjs BEFORE AFTER
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [a, b] = process.argv.slice(2);
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const files = (d) => new Set(walk(d).map((f) => relative(d, f)).filter((f) => !f.startsWith('pagefind/') && !f.startsWith('_astro/')));
const A = files(a), B = files(b);
const only = (x, y) => [...x].filter((f) => !y.has(f));
console.log(`only before: ${only(A, B).join(', ') || 'none'}\nonly after: ${only(B, A).join(', ') || 'none'}`);
let changed = 0;
for (const f of [...A].filter((f) => B.has(f)).sort()) {
  const x = readFileSync(join(a, f), 'utf8'), y = readFileSync(join(b, f), 'utf8');
  if (x === y) continue;
  changed++;
  // Split HTML at tags so that a change shows as the few elements that differ.
  const parts = (s) => s.replace(/sha256-[A-Za-z0-9+/=]+/g, 'sha256-…').replace(/\/_astro\/[^"']+/g, '/_astro/…').split(/(?=<(?:p|h[1-6]|li|meta|style|a|dd|span)\b)/);
  const px = parts(x), py = new Set(parts(y)), sx = new Set(px);
  const gone = px.filter((p) => !py.has(p)), come = parts(y).filter((p) => !sx.has(p));
  if (!gone.length && !come.length) { console.log(`~ ${f}: only hashed asset names / CSP hashes`); continue; }
  console.log(`~ ${f}: ${gone.length} parts out, ${come.length} in`);
  for (const g of gone.slice(0, 3)) console.log(`   - ${g.slice(0, 220).replace(/\n/g, ' ')}`);
  for (const c of come.slice(0, 3)) console.log(`   + ${c.slice(0, 220).replace(/\n/g, ' ')}`);
}
console.log(`${changed} files changed of ${A.size}`);
