// The archive at 1×, 10× and 50× its size: a synthetic corpus made of the real papers under new
// slugs (content/ copied to a temporary folder, the manifest, editorial, tables and anchors-lock
// entries multiplied; chapters and data sets keep citing the originals), built with scripts/build.mjs.
// Prints, per size: build time (and its parts), peak memory of the whole build (the sum of its
// processes, sampled), output size and the bytes a search fetches; then whether the build grows
// linearly and stays within 15 minutes and 4 GB at 50×.
//   node scripts/scale.mjs [--factors 1,10,50] [--keep]
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { parse, stringify } from 'yaml';
import { cacheDirFor } from './build.mjs';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const FACTORS = (opt('--factors') ?? '1,10,50').split(',').map(Number);
const LIMIT = { seconds: 15 * 60, bytes: 4 * 1024 ** 3 };
const QUERIES = [['kk', 'хандығы'], ['en', 'soft power']];
const work = mkdtempSync(join(tmpdir(), 'archive-scale-'));
const MB = 1024 ** 2;

/** content/ with every paper present `factor` times: copy c of paper 004 is "004x{c}", slug "…-x{c}". */
function corpus(factor) {
  const dir = join(work, `content-${factor}`);
  cpSync('content', dir, { recursive: true });
  const src = join(dir, 'sources');
  const read = (f) => parse(readFileSync(join(src, f), 'utf8'));
  const papers = read('papers.yaml');
  const editorial = read('editorial.yaml');
  const tables = read('tables.yaml') ?? {};
  const lock = JSON.parse(readFileSync(join(dir, 'anchors.lock.json'), 'utf8'));
  const originals = [...papers];
  for (let c = 1; c < factor; c++) {
    for (const p of originals) {
      const slug = `${p.slug}-x${c}`;
      papers.push({ ...p, slug, id: `${p.id}x${c}` });
      editorial[slug] = editorial[p.slug];
      if (tables[p.slug]) tables[slug] = tables[p.slug];
      if (lock.papers[p.slug]) lock.papers[slug] = lock.papers[p.slug];
    }
  }
  const yaml = (x) => stringify(x, { aliasDuplicateObjects: false, lineWidth: 0 });
  writeFileSync(join(src, 'papers.yaml'), yaml(papers));
  writeFileSync(join(src, 'editorial.yaml'), yaml(editorial));
  writeFileSync(join(src, 'tables.yaml'), yaml(tables));
  writeFileSync(join(dir, 'anchors.lock.json'), JSON.stringify(lock));
  return { dir, papers: papers.length };
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc); `each` gets the largest process. */
function treeRss(root, each = new Map()) {
  const kids = new Map();
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(name), Number(fields[21]) * 4096);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(name)]);
    } catch { /* the process ended meanwhile */ }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    if (pid !== root) each.set(pid, Math.max(each.get(pid) ?? 0, rss.get(pid) ?? 0));
    stack.push(...(kids.get(pid) ?? []));
  }
  return total;
}

function build(content, out) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['scripts/build.mjs', '--out', out], { env: { ...process.env, ARCHIVE_CONTENT: content } });
    let log = '';
    child.stdout.on('data', (d) => { log += d; });
    child.stderr.on('data', (d) => { log += d; });
    let peak = 0;
    const each = new Map();
    const timer = setInterval(() => { peak = Math.max(peak, treeRss(child.pid, each)); }, 250);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, log: log.replace(/\x1b\[[0-9;]*m/g, ''), seconds: (performance.now() - t0) / 1000, peak, largest: Math.max(0, ...each.values()) });
    });
  });
}

function du(dir) {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else { bytes += s.size; files++; if (name.endsWith('.html')) pages++; }
    }
  };
  walk(dir);
  return { bytes, files, pages };
}

/** Bytes fetched from /pagefind/ by a fresh browser opening the search page with a query. */
async function searchBytes(dist) {
  const server = await startServer(dist, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchBrowser();
  const out = [];
  try {
    for (const [ui, q] of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes = [];
      page.on('requestfinished', (r) => { if (r.url().includes('/pagefind/')) sizes.push(r.sizes().then((s) => s.responseBodySize, () => 0)); });
      const t0 = performance.now();
      await page.goto(`${origin}/${ui}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => {
        const results = document.querySelector('archive-search [data-results]');
        const status = document.querySelector('#search-status')?.textContent ?? '';
        return results && !results.hasAttribute('aria-busy') && status && !/…$/.test(status);
      }, null, { timeout: 120_000 });
      const ms = performance.now() - t0;
      await page.waitForLoadState('networkidle');
      const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      out.push({ q, bytes, ms, hits: await page.locator('main [data-results] a.hit').count() });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

/** The parts of the build, from its log. */
function phases(log) {
  const num = (re) => { const m = log.match(re); return m ? Number(m[1]) : NaN; };
  return {
    ingest: num(/ingested \d+ papers in (\d+) ms/) / 1000,
    render: (() => { const m = log.match(/generating static routes[\s\S]*?✓ Completed in (?:(\d+)m )?([\d.]+)s/); return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : NaN; })(),
    index: num(/\[archive-search-index\] indexed .* in ([\d.]+) s/),
    passages: num(/as (\d+) passages/),
  };
}

const rows = [];
try {
  for (const factor of FACTORS) {
    const { dir, papers } = corpus(factor);
    const out = join(work, `dist-${factor}`);
    process.stdout.write(`${factor}×: ${papers} papers, building… `);
    const b = await build(dir, out);
    writeFileSync(join(work, `build-${factor}.log`), b.log);
    rmSync(cacheDirFor(dir), { recursive: true, force: true });
    if (b.status !== 0) {
      console.log(`failed after ${b.seconds.toFixed(0)} s:\n${b.log.slice(-3000)}`);
      process.exitCode = 1;
      break;
    }
    const size = du(out);
    const search = await searchBytes(out);
    rows.push({ factor, papers, ...b, ...size, ...phases(b.log), search });
    console.log(`${b.seconds.toFixed(0)} s, peak ${(b.peak / MB).toFixed(0)} MB (largest process ${(b.largest / MB).toFixed(0)} MB)`);
    if (!args.includes('--keep')) rmSync(out, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  if (args.includes('--keep')) console.log(`kept the builds and their logs in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
console.log(`\n| corpus | papers | pages | passages | build | ingest · render · index | peak memory (largest process) | output | ${QUERIES.map(([, q]) => `search «${q}»`).join(' | ')} |`);
console.log(`| --- | --- | --- | --- | --- | --- | --- | --- |${QUERIES.map(() => ' --- |').join('')}`);
for (const r of rows) {
  console.log(`| ${r.factor}× | ${r.papers} | ${r.pages.toLocaleString('en')} | ${r.passages.toLocaleString('en')} | ${r.seconds.toFixed(0)} s | ${f1(r.ingest)} · ${f1(r.render)} · ${f1(r.index)} s | ${(r.peak / MB).toFixed(0)} MB (${(r.largest / MB).toFixed(0)} MB) | ${(r.bytes / MB).toFixed(0)} MB, ${r.files.toLocaleString('en')} files | ${r.search.map((s) => `${(s.bytes / 1024).toFixed(0)} KB, ${s.hits} hits, ${(s.ms / 1000).toFixed(1)} s`).join(' | ')} |`);
}

// Linear growth: the cost of each added copy of the corpus does not rise with the size.
const [small, mid, big] = [rows[0], rows.at(-2), rows.at(-1)];
if (rows.length >= 3) {
  const marginal = (a, b, key) => (b[key] - a[key]) / (b.factor - a.factor);
  const ratio = marginal(mid, big, 'seconds') / marginal(small, mid, 'seconds');
  const memRatio = marginal(mid, big, 'peak') / Math.max(1, marginal(small, mid, 'peak'));
  console.log(`\nper added copy of the corpus: ${marginal(small, mid, 'seconds').toFixed(1)} s between ${small.factor}× and ${mid.factor}×, ${marginal(mid, big, 'seconds').toFixed(1)} s between ${mid.factor}× and ${big.factor}× (ratio ${ratio.toFixed(2)}); memory ${(marginal(small, mid, 'peak') / MB).toFixed(0)} → ${(marginal(mid, big, 'peak') / MB).toFixed(0)} MB (ratio ${memRatio.toFixed(2)})`);
  const verdicts = [
    [`the build grows no faster than linearly (marginal time ratio ${ratio.toFixed(2)} ≤ 1.5; a quadratic term would give ≈ 5.5)`, ratio <= 1.5],
    [`${big.factor}× builds within 15 minutes (${(big.seconds / 60).toFixed(1)} min)`, big.seconds <= LIMIT.seconds],
    [`${big.factor}× builds within 4 GB (${(big.peak / 1024 ** 3).toFixed(2)} GB)`, big.peak <= LIMIT.bytes],
  ];
  for (const [what, ok] of verdicts) console.log(`${ok ? 'met   ' : 'MISSED'} ${what}`);
  if (verdicts.some(([, ok]) => !ok)) process.exitCode = 1;
}
