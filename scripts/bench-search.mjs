// Search benchmark, side by side with stock Pagefind: the same built pages are also indexed by
// Pagefind with its default settings (as the CLI, or Starlight, would index them) and searched
// through its pagefind.js the way its default UI does (the query, then the first five results'
// fragments). Both run in the same headless Chromium, the same run, the same queries, cold (a new
// browser profile opens the search page with the query) and warm (the query typed after another
// one on the same page). Printed: bytes fetched from the index folder (as served), time until the
// first results are on screen (stock: until its five fragments are loaded), the ratio to stock,
// and the archive engine's start-up time (from its first request to ready to search).
//   npm run bench:search -- [DIST=dist] [--scale N]
// --scale N: the corpus N times over, as `npm run scale` builds it (the papers repeated under new
// slugs), made here from the built pages: every Kazakh-interface paper page of DIST (the copy the
// archive indexes; the copies carry no translations, like scale's) is repeated N-1 times under the
// slug "{slug}-x{c}", and both indexes are built from the result. DIST itself is never changed:
// the site is copied to a temporary folder.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { startServer } from './serve.mjs';
import { writeSearchIndex } from '../src/integrations/search-index.ts';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const dist = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
const SCALE = Number(opt('--scale') ?? 1);
const QUERIES = [
  ['kk', 'хандығы'], ['kk', 'дипломатиясының'], ['kk', 'сайлау науқаны'], ['ru', 'пресс-служба'],
  ['ru', 'мягкая сила'], ['en', 'soft power'], ['kk', 'qoğamdyq diplomatiia'], ['kk', 'ӛзара байланыс'],
];
/** Warm: this query first, on the search page of the query's interface language. */
const PRIMER = 'қоғам';
const STOCK = 'pagefind-stock';
const kb = (n) => n / 1024;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' || name === STOCK || name === '_astro' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  }).sort();
}

/** The site's pages, and with --scale the paper copies: read one at a time, never held together. */
function* pages(site) {
  const PAPER = /^kk\/papers\/([^/]+)\/(?!source\/)/;
  for (const file of htmlFiles(site)) {
    const path = relative(site, file).split(sep).join('/').replace(/index\.html$/, '');
    const html = readFileSync(file, 'utf8');
    yield { path, html };
    const slug = path.match(PAPER)?.[1];
    if (!slug) continue;
    for (let c = 1; c < SCALE; c++) {
      const copy = `${slug}-x${c}`;
      yield { path: path.replace(`/${slug}/`, `/${copy}/`), html: html.replaceAll(`/papers/${slug}/`, `/papers/${copy}/`) };
    }
  }
}

/** Stock Pagefind: default options, every page as it is built. */
async function stockIndex(site) {
  const t0 = performance.now();
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let n = 0;
  for (const p of pages(site)) {
    const added = await index.addHTMLFile({ url: `/${p.path}`, content: p.html });
    if (added.errors.length) throw new Error(`stock Pagefind, ${p.path}: ${added.errors.join('; ')}`);
    n++;
  }
  const written = await index.writeFiles({ outputPath: join(site, STOCK) });
  if (written.errors.length) throw new Error(`stock Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return `stock Pagefind indexed ${n} pages in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
}

async function settled(page) {
  await page.waitForFunction(() => {
    const results = document.querySelector('archive-search [data-results]');
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return results && !results.hasAttribute('aria-busy') && status && !/…$/.test(status);
  }, null, { timeout: 120_000 });
}

/**
 * Bytes of the index files the server has sent, per folder (counted at the server: pagefind.js
 * fetches from a worker, which the page's own Resource Timing does not see). The engines' own
 * JavaScript (pagefind.js, the archive's bundle) is not counted.
 */
const sent = new Map();
function countIndexBytes(server, site) {
  server.on('request', (req) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const folder = path.split('/')[1];
    if ((folder !== 'pagefind' && folder !== STOCK) || path.endsWith('.js')) return;
    let size;
    try { size = statSync(join(site, path)).size; } catch { return; /* a 404 */ }
    sent.set(folder, (sent.get(folder) ?? 0) + size);
    const kind = `${folder}:${fileKind(path)}`;
    sent.set(kind, (sent.get(kind) ?? 0) + size);
  });
}
const fetched = (folder) => sent.get(folder) ?? 0;
/** What an index file is, for the breakdown of the cold bytes. */
const KINDS = ['entry', 'wasm', 'meta', 'search', 'facets', 'index', 'fragment', 'filter', 'other'];
function fileKind(path) {
  const name = path.split('/').at(-1);
  if (name === 'pagefind-entry.json') return 'entry';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.startsWith('facets.')) return 'facets';
  if (name.startsWith('search.')) return 'search';
  return KINDS.find((k) => path.includes(`/${k}/`)) ?? 'other';
}
const byKind = (folder) => Object.fromEntries(KINDS.map((k) => [k, fetched(`${folder}:${k}`)]));

/** The engine's start-up (ms), from the marks engine.ts leaves; NaN when it left none. */
const startup = (page) => page.evaluate(() => {
  const [start] = performance.getEntriesByName('archive-search:start');
  const [ready] = performance.getEntriesByName('archive-search:ready');
  return start && ready ? ready.startTime - start.startTime : NaN;
});

async function ours(browser, origin, ui, q) {
  const cold = await browser.newContext();
  const page = await cold.newPage();
  const start = fetched('pagefind');
  const startKinds = byKind('pagefind');
  const t0 = performance.now();
  await page.goto(`${origin}/${ui}/search/?q=${encodeURIComponent(q)}`);
  await settled(page);
  const coldMs = performance.now() - t0;
  const coldBytes = fetched('pagefind') - start;
  const endKinds = byKind('pagefind');
  const coldKinds = Object.fromEntries(KINDS.map((k) => [k, kb(endKinds[k] - startKinds[k])]));
  const found = await page.locator('main [data-results] a.hit').count();
  const startMs = await startup(page);
  await cold.close();

  const warm = await browser.newContext();
  const wpage = await warm.newPage();
  await wpage.goto(`${origin}/${ui}/search/?q=${encodeURIComponent(PRIMER)}`);
  await settled(wpage);
  const before = fetched('pagefind');
  const t1 = performance.now();
  await wpage.locator('#search-q').fill(q);
  await wpage.locator('#search-q').press('Enter');
  await wpage.waitForFunction((text) => new URLSearchParams(location.search).get('q') === text, q);
  await settled(wpage);
  const warmMs = performance.now() - t1;
  const warmBytes = (fetched('pagefind')) - before;
  await warm.close();
  return { found, coldKB: kb(coldBytes), coldMs, warmKB: kb(warmBytes), warmMs, startMs, coldKinds };
}

/** Stock: pagefind.js searches and loads its first five results, as its default UI does. */
async function stock(browser, origin, ui, q) {
  const search = (text) => import('/pagefind-stock/pagefind.js').then(async (pf) => {
    const { results } = await pf.search(text);
    await Promise.all(results.slice(0, 5).map((r) => r.data()));
    return results.length;
  });
  const run = (page, text) => page.evaluate(`(${search})(${JSON.stringify(text)})`);

  const cold = await browser.newContext({ bypassCSP: true });
  const page = await cold.newPage();
  const start = fetched(STOCK);
  const startKinds = byKind(STOCK);
  const t0 = performance.now();
  // The search page without a query: its own engine stays idle.
  await page.goto(`${origin}/${ui}/search/`);
  const found = await run(page, q);
  const coldMs = performance.now() - t0;
  const coldBytes = fetched(STOCK) - start;
  const endKinds = byKind(STOCK);
  const coldKinds = Object.fromEntries(KINDS.map((k) => [k, kb(endKinds[k] - startKinds[k])]));
  await cold.close();

  const warm = await browser.newContext({ bypassCSP: true });
  const wpage = await warm.newPage();
  await wpage.goto(`${origin}/${ui}/search/`);
  await run(wpage, PRIMER);
  const primed = fetched(STOCK);
  const t1 = performance.now();
  await run(wpage, q);
  const warmMs = performance.now() - t1;
  const warmBytes = fetched(STOCK) - primed;
  await warm.close();
  return { found, coldKB: kb(coldBytes), coldMs, warmKB: kb(warmBytes), warmMs, coldKinds };
}

const work = mkdtempSync(join(tmpdir(), 'archive-bench-'));
const site = join(work, 'site');
const rows = [];
const notes = [];
try {
  const t0 = performance.now();
  cpSync(dist, site, { recursive: true, filter: (src) => !src.endsWith(`${sep}${STOCK}`) });
  if (SCALE > 1) {
    rmSync(join(site, 'pagefind'), { recursive: true });
    notes.push(`archive: ${await writeSearchIndex(site, '/', pages(site))}`);
  }
  notes.push(await stockIndex(site));
  notes.push(`indexes ready in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const server = await startServer(site, 0);
  countIndexBytes(server, site);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchBrowser();
  try {
    for (const [ui, q] of QUERIES) {
      const a = await ours(browser, origin, ui, q);
      const s = await stock(browser, origin, ui, q);
      rows.push({ ui, q, a, s });
      process.stdout.write('.');
    }
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x, d = 1, w = 7) => (Number.isFinite(x) ? x.toFixed(d) : '–').padStart(w);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\n${notes.join('\n')}`);
console.log(`\nSearch benchmark on ${dist} at ${SCALE}× (KB of index files sent by the server, without the engines' JavaScript; ms until the first results; "stock" = Pagefind defaults + pagefind.js, 5 fragments)\n`);
console.log(`| ui | query | hits (stock) | cold KB | stock | ratio | cold ms | stock | warm KB | stock | ratio | warm ms | stock | start-up ms |`);
console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
for (const { ui, q, a, s } of rows) {
  console.log(`| ${ui} | ${pad(q, 22)} | ${a.found} (${s.found}) | ${num(a.coldKB)} | ${num(s.coldKB)} | ${num(a.coldKB / s.coldKB, 2, 4)} | ${num(a.coldMs, 0)} | ${num(s.coldMs, 0)} | ${num(a.warmKB)} | ${num(s.warmKB)} | ${num(a.warmKB / s.warmKB, 2, 4)} | ${num(a.warmMs, 0)} | ${num(s.warmMs, 0)} | ${num(a.startMs, 0)} |`);
}
const med = (f) => median(rows.map(f));
const m = { cold: med((r) => r.a.coldKB), stockCold: med((r) => r.s.coldKB), warm: med((r) => r.a.warmKB), stockWarm: med((r) => r.s.warmKB), coldMs: med((r) => r.a.coldMs), stockColdMs: med((r) => r.s.coldMs), start: med((r) => r.a.startMs) };
console.log(`| | **median** | | ${num(m.cold)} | ${num(m.stockCold)} | ${num(m.cold / m.stockCold, 2, 4)} | ${num(m.coldMs, 0)} | ${num(m.stockColdMs, 0)} | ${num(m.warm)} | ${num(m.stockWarm)} | ${num(m.warm / m.stockWarm, 2, 4)} | ${num(med((r) => r.a.warmMs), 0)} | ${num(med((r) => r.s.warmMs), 0)} | ${num(m.start, 0)} |`);
console.log(`\nCold KB by file, median over the queries: ${['archive', 'stock'].map((who) => `${who}: ${KINDS.map((k) => [k, med((r) => (who === 'stock' ? r.s : r.a).coldKinds[k])]).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`).join('; ')}`);
const [load1, load5] = readFileSync('/proc/loadavg', 'utf8').split(' ');
console.log(`\nload average at the end: ${load1} (1 min), ${load5} (5 min)`);
const checks = [
  [`median cold bytes ≤ ½ of stock (${m.cold.toFixed(1)} vs ${m.stockCold.toFixed(1)} KB)`, m.cold <= m.stockCold / 2],
  [`median warm bytes ≤ stock (${m.warm.toFixed(1)} vs ${m.stockWarm.toFixed(1)} KB)`, m.warm <= m.stockWarm],
  [`median warm bytes ≤ 40 KB (goal)`, m.warm <= 40],
  [`median cold query on screen ≤ 1 s (${(m.coldMs / 1000).toFixed(2)} s)`, m.coldMs <= 1000],
];
for (const [what, ok] of checks) console.log(`${ok ? 'met   ' : 'MISSED'} ${what}`);
