// Search benchmark: what a query costs the reader, cold (a new browser profile) and warm (the same
// page, after another query), in bytes fetched from /pagefind/ and in time until the results are
// on screen; and, as the baseline, the size of a Lunr index (lunr + lunr-languages, ru + multi) of
// the same passages, which a Lunr search would download whole before its first query.
//   node scripts/bench-search.mjs [DIST=dist]
// Targets (issue): cold ≤ 120 KB, warm ≤ 40 KB, cold ≤ a quarter of the Lunr index.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './lib/browser.mjs';
import { startServer } from './serve.mjs';
import { collectPassages } from '../src/lib/search/records.ts';

const dist = process.argv[2] ?? 'dist';
const QUERIES = [
  ['kk', 'хандығы'], ['kk', 'дипломатиясының'], ['kk', 'сайлау науқаны'], ['ru', 'пресс-служба'],
  ['ru', 'мягкая сила'], ['en', 'soft power'], ['kk', 'qoğamdyq diplomatiia'], ['kk', 'ӛзара байланыс'],
];
const PRIMER = ['kk', 'қоғам'];
const TARGET = { cold: 120, warm: 40, lunrShare: 0.25 };
const kb = (n) => n / 1024;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

/** The Lunr baseline: the same passages the Pagefind index holds, as one serialised index. */
function lunrBaseline() {
  const require = createRequire(import.meta.url);
  const lunr = require('lunr');
  require('lunr-languages/lunr.stemmer.support')(lunr);
  require('lunr-languages/lunr.ru')(lunr);
  require('lunr-languages/lunr.multi')(lunr);
  const pages = htmlFiles(dist).map((f) => ({ path: relative(dist, f).split(sep).join('/').replace(/index\.html$/, ''), html: readFileSync(f, 'utf8') }));
  const { records } = collectPassages(pages, '/');
  const idx = lunr(function () {
    this.use(lunr.multiLanguage('en', 'ru'));
    this.ref('url');
    this.field('title');
    this.field('text');
    for (const r of records) this.add({ url: r.url, title: r.passage.title, text: r.passage.text });
  });
  const json = Buffer.from(JSON.stringify(idx));
  return { passages: records.length, raw: json.length, gzip: gzipSync(json, { level: 9 }).length };
}

async function settled(page) {
  await page.waitForFunction(() => {
    const results = document.querySelector('archive-search [data-results]');
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return results && !results.hasAttribute('aria-busy') && status && !/…$/.test(status);
  }, null, { timeout: 30_000 });
}

/** Counts the bytes of /pagefind/ responses; `total()` waits until every size is known. */
function meter(page) {
  const sizes = [];
  page.on('requestfinished', (r) => {
    if (r.url().includes('/pagefind/')) sizes.push(r.sizes().then((s) => s.responseBodySize, () => 0));
  });
  return { total: async () => { await page.waitForLoadState('networkidle'); return (await Promise.all(sizes)).reduce((a, b) => a + b, 0); } };
}

const server = await startServer(dist, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
const rows = [];
try {
  for (const [ui, q] of QUERIES) {
    // Cold: a fresh profile opens the search page with the query in its URL.
    const cold = await browser.newContext();
    const page = await cold.newPage();
    const m = meter(page);
    const t0 = performance.now();
    await page.goto(`${origin}/${ui}/search/?q=${encodeURIComponent(q)}`);
    await settled(page);
    const coldMs = performance.now() - t0;
    const coldBytes = await m.total();
    const found = await page.locator('main [data-results] a.hit').count();
    await cold.close();

    // Warm: the same query typed after another one, on the same page.
    const warm = await browser.newContext();
    const wpage = await warm.newPage();
    const wm = meter(wpage);
    await wpage.goto(`${origin}/${PRIMER[0]}/search/?q=${encodeURIComponent(PRIMER[1])}`);
    await settled(wpage);
    const before = await wm.total();
    const t1 = performance.now();
    await wpage.locator('#search-q').fill(q);
    await wpage.locator('#search-q').press('Enter');
    await wpage.waitForFunction((text) => new URLSearchParams(location.search).get('q') === text, q);
    await settled(wpage);
    const warmMs = performance.now() - t1;
    rows.push({ ui, q, found, coldKB: kb(coldBytes), coldMs, warmKB: kb((await wm.total()) - before), warmMs });
    await warm.close();
  }
} finally {
  await browser.close();
  server.close();
}

const lunrIndex = lunrBaseline();
const pad = (s, n) => String(s).padEnd(n);
const num = (x, d = 1) => x.toFixed(d).padStart(7);
console.log(`\nSearch benchmark on ${dist} (bytes from /pagefind/ as served, uncompressed HTTP)\n`);
console.log(`${pad('ui', 3)}${pad('query', 26)}${'hits'.padStart(5)}${'cold KB'.padStart(9)}${'cold ms'.padStart(9)}${'warm KB'.padStart(9)}${'warm ms'.padStart(9)}`);
for (const r of rows) console.log(`${pad(r.ui, 3)}${pad(r.q, 26)}${String(r.found).padStart(5)}  ${num(r.coldKB)}  ${num(r.coldMs, 0)}  ${num(r.warmKB)}  ${num(r.warmMs, 0)}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const first = rows[0];
console.log(`\nmedian: cold ${median(rows.map((r) => r.coldKB)).toFixed(1)} KB in ${median(rows.map((r) => r.coldMs)).toFixed(0)} ms · warm ${median(rows.map((r) => r.warmKB)).toFixed(1)} KB in ${median(rows.map((r) => r.warmMs)).toFixed(0)} ms`);
console.log(`Lunr baseline (${lunrIndex.passages} passages, lunr + lunr-languages ru + multi): ${kb(lunrIndex.raw).toFixed(0)} KB raw, ${kb(lunrIndex.gzip).toFixed(0)} KB gzipped`);
console.log(`first query cold: ${first.coldKB.toFixed(1)} KB = ${(100 * first.coldKB / kb(lunrIndex.raw)).toFixed(0)}% of the raw Lunr index, ${(100 * first.coldKB / kb(lunrIndex.gzip)).toFixed(0)}% of the gzipped one`);
const checks = [
  [`first cold query ≤ ${TARGET.cold} KB`, first.coldKB <= TARGET.cold],
  [`median warm query ≤ ${TARGET.warm} KB`, median(rows.map((r) => r.warmKB)) <= TARGET.warm],
  [`first cold query ≤ ${TARGET.lunrShare * 100}% of the gzipped Lunr index`, first.coldKB <= TARGET.lunrShare * kb(lunrIndex.gzip)],
];
for (const [what, ok] of checks) console.log(`${ok ? 'met   ' : 'MISSED'} ${what}`);
