// The built site as the checks see it: its HTML pages (parsed once, on first use), the files behind
// every URL, and how a link on a page resolves. Shared by the checks in scripts/checks/*.mjs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

// The interface languages, from the site model.
import { LANGS } from '../../../src/site/languages.ts';
export { LANGS };

/** Gzipped size in bytes, at the level static hosts use for pre-compressed files. */
export const gz = (data) => gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).length;

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const count = (n) => n.toLocaleString('en');

/** Scripts that the browser runs (JSON and JSON-LD data blocks are not run). */
export const isExecutable = (script) => {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/.test(type);
};

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export class Page {
  #html;
  #root;
  #ids;

  constructor(site, file) {
    this.site = site;
    this.file = file;
    /** The page's path inside the site, without the base: "/kk/papers/x/". */
    this.path = '/' + relative(site.dist, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
    /** The address a reader sees: base + path. */
    this.url = site.base + this.path.slice(1);
    const first = this.path.split('/')[1] ?? '';
    /** The interface language, from the first URL segment; null for language-neutral pages. */
    this.lang = LANGS.includes(first) ? first : null;
  }

  get html() { return (this.#html ??= readFileSync(this.file, 'utf8')); }
  get root() { return (this.#root ??= parse(this.html, { comment: false })); }
  get ids() {
    return (this.#ids ??= new Set([
      ...this.root.querySelectorAll('[id]').map((e) => e.id),
      ...this.root.querySelectorAll('a[name]').map((e) => e.getAttribute('name')),
    ]));
  }
}

export class Site {
  /** @param {string} dist the built site; @param {string} base the base path it is built for ("/archive/") */
  constructor(dist, base = '/') {
    this.dist = dist;
    this.base = base.endsWith('/') ? base : `${base}/`;
    this.files = walk(dist);
    this.fileSet = new Set(this.files);
    this.pages = this.files.filter((f) => f.endsWith('.html')).map((f) => new Page(this, f));
    this.byPath = new Map(this.pages.map((p) => [p.path, p]));
    const home = this.byPath.get('/');
    const canonical = home?.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    /** The public origin (SITE_URL): absolute links to it are internal links. */
    this.origin = canonical ? new URL(canonical).origin : null;
  }

  /** Bytes of a file of the site, by its path inside the site ("/_astro/x.js"). */
  read(path) { return readFileSync(join(this.dist, decodeURIComponent(path))); }

  /**
   * Where a reference on a page leads. Returns null for references outside the site (other origins,
   * mailto: and the like); otherwise { href, url, path, hash, file, page, problem } where path is the
   * target inside the site and problem says why it does not resolve.
   */
  resolve(href, from) {
    if (/^(mailto|tel|javascript|data|blob):/i.test(href)) return null;
    const url = new URL(href, `${this.origin ?? 'http://site.invalid'}${from.url}`);
    if (!/^https?:$/.test(url.protocol)) return null;
    const internal = url.origin === (this.origin ?? 'http://site.invalid');
    if (!internal) return null;
    const hash = decodeURIComponent(url.hash.slice(1));
    const target = { href, url, hash, path: null, file: null, page: null, problem: null };
    if (!url.pathname.startsWith(this.base)) {
      target.problem = `outside the base path ${this.base}`;
      return target;
    }
    const path = '/' + url.pathname.slice(this.base.length);
    target.path = path;
    let rel;
    try { rel = decodeURIComponent(path); } catch { target.problem = 'badly encoded'; return target; }
    const file = join(this.dist, rel);
    if (path.endsWith('/')) {
      target.file = join(file, 'index.html');
      target.page = this.byPath.get(path) ?? null;
      if (!target.page) target.problem = 'no such page';
    } else if (this.fileSet.has(file)) {
      target.file = file;
      target.page = this.byPath.get(path) ?? null;
    } else if (this.byPath.has(`${path}/`)) {
      target.problem = 'the page exists, but only with a trailing slash';
    } else {
      target.problem = existsSync(file) ? 'a folder, not a file' : 'no such file';
    }
    return target;
  }

  /** Every link a reader can follow on a page: <a href> and <area href>. */
  *links(page) {
    for (const a of page.root.querySelectorAll('a[href], area[href]')) {
      const href = a.getAttribute('href');
      if (href !== undefined) yield { element: a, href };
    }
  }
}
