import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

// The site checks (scripts/check-site.mjs) run on a tiny built site written here: first as it should
// be, then with one defect each, which the matching check must report (and make the run fail).

const made: string[] = [];
afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const THEME = "document.documentElement.dataset.theme = 'light';";
const STYLE = '.para { margin: 0 }';
const words = (n: number) => Array.from({ length: n }, (_, i) => `сөз${i % 97} text${i % 89}`).join(' ');

function page(lang: string, body: string, { inline = [THEME], styles = [STYLE], head = '' } = {}): string {
  const policy = `default-src 'self'; script-src 'self' ${inline.map(hash).join(' ')}; style-src 'self' ${styles.map(hash).join(' ')}`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${policy}">
<link rel="canonical" href="https://archive.example/${lang}/"><link rel="stylesheet" href="/_astro/site.css">${head}
${styles.map((s) => `<style>${s}</style>`).join('')}</head>
<body>${inline.map((s) => `<script>${s}</script>`).join('')}<main id="content">${body}</main>
<script type="module" src="/_astro/header.js"></script></body></html>`;
}

const paper = (extra = '') => `<div data-pagefind-body>${[1, 2, 3].map((n) => `<p id="p${n}" class="para" data-lines="${n * 10}-${n * 10 + 4}"><a class="para-num" href="#p${n}">${n}</a> ${words(200)}</p>`).join('\n')}${extra}</div>`;

type Files = Record<string, string | Buffer>;

function goodSite(): Files {
  const fragment = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ url: '/kk/papers/x/#p1', anchors: [{ id: 'p2', location: 3 }] }))]);
  return {
    'index.html': page('kk', '<a href="/kk/" hreflang="kk">Қазақша</a> <a href="/en/" hreflang="en">English</a>').replace('/kk/"><link rel="stylesheet"', '"><link rel="stylesheet"'),
    'kk/index.html': page('kk', '<a href="/kk/papers/x/#p2">¶ 2</a> <a href="/en/" hreflang="en">English</a> <a href="https://example.org/">web</a>'),
    'en/index.html': page('en', '<a href="/en/papers/x/">paper</a> <a href="/kk/" lang="kk">Қазақша</a>'),
    'kk/papers/x/index.html': page('kk', paper()),
    'en/papers/x/index.html': page('en', paper()),
    '_astro/site.css': '@font-face { font-family: x; src: url(/_astro/font.woff2) } body { margin: 0 }',
    '_astro/font.woff2': 'font',
    '_astro/header.js': 'import{t as e}from"./helper.js";document.querySelector("input")?.addEventListener("focus",()=>import("./search.js"));e();',
    '_astro/helper.js': 'export function t(){}',
    // Loaded only when search is opened (a dynamic import): not part of the reading budget.
    '_astro/search.js': `export const index = "${randomBytes(30_000).toString('base64')}";`,
    'pagefind/fragment/kk_1.pf_fragment': gzipSync(fragment),
    'kk/cite/x/index.html': page('kk', '<ol><li>cite</li></ol>', { head: '<meta name="robots" content="noindex">' }),
    'robots.txt': 'User-agent: *\nAllow: /\n\nSitemap: https://archive.example/sitemap.xml\n',
    'sitemap.xml': `<urlset>${['', 'kk/', 'en/', 'kk/papers/x/', 'en/papers/x/'].map((p) => `<url><loc>https://archive.example/${p}</loc></url>`).join('')}</urlset>`,
  };
}

function writeSite(files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-checks-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function check(files: Files) {
  const r = spawnSync(process.execPath, ['scripts/check-site.mjs', writeSite(files)], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** The good site with one file replaced (or edited by a function of its text). */
function broken(path: string, change: string | Buffer | ((text: string) => string)): Files {
  const files = goodSite();
  files[path] = typeof change === 'function' ? change(String(files[path])) : change;
  return files;
}

describe('the site checks', () => {
  it('pass a sound site, one line per check', () => {
    const { status, out } = check(goodSite());
    expect(out).toMatch(/^✓ links\b/m);
    for (const name of ['anchors', 'budgets', 'crawl', 'csp', 'local-resources', 'same-language', 'search-anchors', 'source-lines', 'unique-ids']) expect(out).toMatch(new RegExp(`^✓ ${name}\\b`, 'm'));
    expect(status).toBe(0);
  });

  const cases: [string, string, Files, RegExp][] = [
    ['a link to a missing page', 'links', broken('kk/index.html', (t) => t.replace('/kk/papers/x/#p2', '/kk/papers/y/')), /\/kk\/: <a href="\/kk\/papers\/y\/">: no such page/],
    ['a stylesheet pointing at a missing font', 'links', broken('_astro/site.css', '@font-face { src: url(/_astro/gone.woff2) }'), /url\(\/_astro\/gone\.woff2\): no such file/],
    ['a link to a missing anchor', 'anchors', broken('kk/index.html', (t) => t.replace('#p2', '#p9')), /has no element with id="p9"/],
    ['a link into another language without hreflang', 'same-language', broken('kk/index.html', (t) => t.replace('hreflang="en"', '')), /leads to the en interface without hreflang="en"/],
    ['an id used twice', 'unique-ids', broken('kk/papers/x/index.html', (t) => t.replace('id="p3"', 'id="p2"')), /id="p2" is used 2 times/],
    ['a numbered block without its source lines', 'source-lines', broken('kk/papers/x/index.html', (t) => t.replace('data-lines="20-24"', '')), /\/kk\/papers\/x\/#p2: no data-lines/],
    ['source lines that overlap the block before', 'source-lines', broken('en/papers/x/index.html', (t) => t.replace('data-lines="20-24"', 'data-lines="12-24"')), /\/en\/papers\/x\/#p2: data-lines="12-24" overlaps or precedes the block before it \(ends at line 14\)/],
    ['an inline script without its hash', 'csp', broken('kk/index.html', (t) => t.replace('</main>', '</main><script>alert(1)</script>')), /an inline script is not allowed by hash/],
    ['a policy allowing inline scripts', 'csp', broken('en/index.html', (t) => t.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")), /script-src allows 'unsafe-inline'/],
    ['a policy allowing another origin', 'csp', broken('en/index.html', (t) => t.replace("style-src 'self'", "style-src 'self' https://fonts.example")), /style-src allows https:\/\/fonts\.example/],
    ['a page without a policy', 'csp', broken('en/index.html', (t) => t.replace(/<meta http-equiv[^>]+>/, '')), /\/en\/: no Content-Security-Policy <meta>/],
    ['an inline event handler', 'csp', broken('en/index.html', (t) => t.replace('<main id="content">', '<main id="content" onclick="go()">')), /inline event handlers are blocked/],
    ['a stylesheet from another origin', 'local-resources', broken('en/index.html', (t) => t.replace('</head>', '<link rel="stylesheet" href="https://cdn.example/x.css"></head>')), /loads from another origin/],
    ['a search passage with a missing anchor', 'search-anchors', broken('pagefind/fragment/kk_1.pf_fragment', gzipSync(`pagefind_dcd${JSON.stringify({ url: '/kk/papers/x/#p1', anchors: [{ id: 'p7', location: 1 }] })}`)), /kk_1\.pf_fragment: \/kk\/papers\/x\/#p1: the page has no element with id="p7"/],
    ['robots.txt without the sitemap', 'crawl', broken('robots.txt', 'User-agent: *\nAllow: /\n'), /robots\.txt: no "Sitemap:" line/],
    ['a noindex page in the sitemap', 'crawl', broken('sitemap.xml', (t) => t.replace('</urlset>', '<url><loc>https://archive.example/kk/cite/x/</loc></url></urlset>')), /sitemap\.xml: https:\/\/archive\.example\/kk\/cite\/x\/: the page says noindex/],
    ['a reading page importing a heavy module statically', 'budgets', broken('_astro/helper.js', `export function t(){} export const x = "${randomBytes(20_000).toString('base64')}";`), /\/kk\/papers\/x\/: \d+\.\d KB of gzipped script before search is opened \(budget 15\.0 KB\)/],
    ['a reading page with heavy markup', 'budgets', broken('kk/papers/x/index.html', () => page('kk', paper(`<script type="application/json">"${randomBytes(20_000).toString('base64')}"</script>`))), /of gzipped HTML for .* of gzipped text/],
  ];

  it.each(cases)('report %s (%s)', (_what, name, files, message) => {
    const { status, out } = check(files);
    expect(out).toMatch(new RegExp(`^✗ ${name}\\b`, 'm'));
    expect(out).toMatch(message);
    expect(status).toBe(1);
  });
});
