// Reading pages stay light. Every page of a paper (landing, sections, source view) ships at most
// 15 KB of gzipped script before search is opened, counting <script src> files with the modules they
// import statically (and <link rel="modulepreload">) plus inline scripts, and at most 20 KB of
// gzipped CSS (stylesheets, their @imports and inline <style>). The HTML of a page that holds a
// paper's text stays proportional to that text: gzipped HTML at most RATIO times the gzipped text
// plus a fixed allowance for the page's chrome (header, footer, cite panel).
import { count, gz, isExecutable, kb } from './lib/site.mjs';

export const name = 'budgets';

export const SCRIPT_BUDGET = 15 * 1024;
export const CSS_BUDGET = 20 * 1024;
/**
 * Measured on the real corpus's 45 text pages (README, "Quality gates"): gzipped HTML ≈ 1.14 × gzipped
 * text + 8.4 KB (±1.5 KB). The factor is the markup each paragraph adds (anchor, permalink, "cite this
 * paragraph" button, lang); the constant is the chrome (header, footer, cite panel, metadata, the CSP
 * hashes). The fullest page uses 82% of the bound; a page that ships per-paragraph data or a second
 * copy of its text goes over it.
 */
export const HTML_RATIO = 1.4;
export const HTML_CHROME = 12 * 1024;

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{][^'"`;]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;

/** A built JS file and every module it imports statically, gzipped size each (dynamic import() excluded). */
function moduleGraph(site, path, seen) {
  if (seen.has(path)) return 0;
  seen.add(path);
  const code = site.read(path);
  let bytes = gz(code);
  for (const m of code.toString('utf8').matchAll(STATIC_IMPORT)) {
    const next = new URL(m[1], `http://x${path}`).pathname;
    bytes += moduleGraph(site, next, seen);
  }
  return bytes;
}

function cssGraph(site, path, seen) {
  if (seen.has(path)) return 0;
  seen.add(path);
  const css = site.read(path);
  let bytes = gz(css);
  for (const m of css.toString('utf8').matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) bytes += cssGraph(site, new URL(m[1], `http://x${path}`).pathname, seen);
  return bytes;
}

/** Script and CSS a page loads before any interaction, gzipped. */
export function weigh(site, page) {
  const seen = new Set();
  let script = 0;
  for (const s of page.root.querySelectorAll('script')) {
    if (!isExecutable(s)) continue;
    const src = s.getAttribute('src');
    if (!src) { script += gz(s.textContent); continue; }
    const t = site.resolve(src, page);
    if (t?.path && !t.problem) script += moduleGraph(site, t.path, seen);
  }
  for (const l of page.root.querySelectorAll('link[rel="modulepreload"]')) {
    const t = site.resolve(l.getAttribute('href') ?? '', page);
    if (t?.path && !t.problem) script += moduleGraph(site, t.path, seen);
  }
  const sheets = new Set();
  let css = 0;
  for (const l of page.root.querySelectorAll('link[rel~="stylesheet"]')) {
    const t = site.resolve(l.getAttribute('href') ?? '', page);
    if (t?.path && !t.problem) css += cssGraph(site, t.path, sheets);
  }
  for (const s of page.root.querySelectorAll('style')) css += gz(s.textContent);
  return { script, css };
}

/** The paper's own words on a page: the text of its paragraphs, tables and headings, and of their editorial translations. */
export function paperText(page) {
  const body = page.root.querySelectorAll('[data-pagefind-body]');
  return body.map((b) => b.querySelectorAll('.para, .translation:not(.missing):not(span), h2, h3, h4').map((e) => e.textContent).join('\n')).join('\n').replace(/\s+/g, ' ').trim();
}

const isReadingPage = (page) => page.lang !== null && /^\/[a-z]{2}\/papers\/[^/]+\/(?:[^/]+\/)?$/.test(page.path);

export function run(site) {
  const problems = [];
  const worst = { script: null, css: null, html: null };
  let pages = 0;
  let texts = 0;
  for (const page of site.pages.filter(isReadingPage)) {
    pages++;
    const { script, css } = weigh(site, page);
    if (script > SCRIPT_BUDGET) problems.push(`${page.url}: ${kb(script)} of gzipped script before search is opened (budget ${kb(SCRIPT_BUDGET)})`);
    if (css > CSS_BUDGET) problems.push(`${page.url}: ${kb(css)} of gzipped CSS (budget ${kb(CSS_BUDGET)})`);
    if (!worst.script || script > worst.script.value) worst.script = { value: script, page };
    if (!worst.css || css > worst.css.value) worst.css = { value: css, page };
    if (page.path.endsWith('/source/') || !page.root.querySelector('[data-pagefind-body] .para')) continue;
    const text = paperText(page);
    texts++;
    const html = gz(page.html);
    const words = gz(text);
    const allowed = HTML_RATIO * words + HTML_CHROME;
    if (html > allowed) problems.push(`${page.url}: ${kb(html)} of gzipped HTML for ${kb(words)} of gzipped text (allowed ${HTML_RATIO} × text + ${kb(HTML_CHROME)} = ${kb(allowed)})`);
    if (!worst.html || html / allowed > worst.html.html / worst.html.allowed) worst.html = { html, allowed, page };
  }
  if (pages === 0) problems.push('no paper pages found to weigh (expected /{lang}/papers/{slug}/…)');
  const summary = pages === 0 ? 'nothing weighed' : [
    `${count(pages)} paper pages`,
    `script at most ${kb(worst.script.value)} of ${kb(SCRIPT_BUDGET)}`,
    `CSS at most ${kb(worst.css.value)} of ${kb(CSS_BUDGET)}`,
    `HTML of ${texts} text pages at most ${Math.round((100 * worst.html.html) / worst.html.allowed)}% of its bound (${kb(worst.html.html)} of ${kb(worst.html.allowed)}, ${worst.html.page.url})`,
  ].join(' · ');
  return { problems, summary };
}
