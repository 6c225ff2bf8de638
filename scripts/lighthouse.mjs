// Lighthouse on the main page types of a built site, served on 127.0.0.1 by scripts/serve.mjs and
// loaded in the system Chromium. Prints one row per page (performance, accessibility, best practices,
// SEO), then the audits that cost points, and exits non-zero when a score is under 0.95.
//   node scripts/lighthouse.mjs [DIST=dist] [--runs 3] [--pages home,search] [--desktop] [--json DIR]
// Each page is measured --runs times and the run with the median performance score is reported, as
// Lighthouse advises: its simulated timings vary from run to run on a busy machine.
// Not part of npm test (two to three minutes); the README shows the latest run.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const dist = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist');
const jsonDir = opt('--json');
const runs = Number(opt('--runs') ?? 3);
const only = opt('--pages')?.split(',');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const MIN = 0.95;

const PAGES = [
  ['home', '/kk/'],
  ['paper section', '/kk/papers/public-diplomacy-dissertation/1-1/'],
  ['chapter', '/kk/chapters/steppe-diplomacy/'],
  ['timelines', '/kk/timelines/'],
  ['embassies', '/kk/embassies/'],
  ['search', `/kk/search/?q=${encodeURIComponent('хандығы')}`],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'archive-lighthouse-'));
  const chrome = spawn(CHROMIUM, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check',
    '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  // Chromium prints "DevTools listening on ws://127.0.0.1:PORT/…" once it is ready.
  const port = await new Promise((ok, fail) => {
    let err = '';
    chrome.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (m) ok(Number(m[1]));
    });
    chrome.on('exit', (code) => fail(new Error(`${CHROMIUM} exited (${code}) before it was ready:\n${err}`)));
  });
  const exited = new Promise((ok) => chrome.on('exit', ok));
  return { port, close: async () => { chrome.kill(); await exited; rmSync(profile, { recursive: true, force: true }); } };
}

const server = await startServer(dist, 0, '/');
const origin = `http://127.0.0.1:${server.address().port}`;
const chrome = await launchChromium();
const rows = [];
let failed = false;
try {
  for (const [name, path] of PAGES.filter(([n]) => !only || only.includes(n))) {
    const lhrs = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        args.includes('--desktop') ? desktopConfig : undefined);
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      lhrs.push(result.lhr);
    }
    lhrs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const lhr = lhrs[Math.floor((lhrs.length - 1) / 2)];
    if (jsonDir) { mkdirSync(jsonDir, { recursive: true }); writeFileSync(join(jsonDir, `${name.replace(/\W+/g, '-')}.json`), JSON.stringify(lhr, null, 1)); }
    const scores = CATEGORIES.map((c) => lhr.categories[c]?.score ?? 0);
    // What cost points: audits in a category that weigh in and did not pass.
    const lost = CATEGORIES.flatMap((c) => lhr.categories[c].auditRefs
      .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
      .map((r) => `${c}: ${r.id} (${lhr.audits[r.id].displayValue ?? lhr.audits[r.id].score})`));
    const perf = lhrs.map((l) => Math.round(l.categories.performance.score * 100)).join(', ');
    rows.push({ name, path, scores, lost, perf, metrics: ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map((m) => lhr.audits[m]?.displayValue ?? '–') });
    if (scores.some((s) => s < MIN)) failed = true;
  }
} finally {
  await chrome.close();
  server.close();
}

const pct = (s) => String(Math.round(s * 100)).padStart(3);
console.log(`Lighthouse ${args.includes('--desktop') ? 'desktop' : 'mobile (the default: simulated slow 4G, 4× CPU slowdown)'}, ${dist}, median of ${runs} run${runs === 1 ? '' : 's'}\n`);
console.log(`| page | performance | accessibility | best practices | SEO | FCP · LCP · TBT · CLS | performance, every run |`);
console.log(`| --- | --- | --- | --- | --- | --- | --- |`);
for (const r of rows) console.log(`| ${r.name} \`${decodeURIComponent(r.path)}\` | ${r.scores.map(pct).join(' | ')} | ${r.metrics.join(' · ')} | ${r.perf} |`);
const lost = rows.filter((r) => r.lost.length);
if (lost.length) {
  console.log('\nAudits that cost points:');
  for (const r of lost) console.log(`  ${r.name}: ${r.lost.join('; ')}`);
}
console.log(failed ? `\nsome score is under ${MIN * 100}` : `\nevery score is at least ${MIN * 100}`);
process.exit(failed ? 1 : 0);
