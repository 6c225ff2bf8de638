// The site fetches nothing from the web: every script, stylesheet, font, icon, image or frame a page
// loads comes from the site itself (links a reader may follow to other sites are fine).
import { count } from './lib/site.mjs';

export const name = 'local-resources';

const LOADED = [
  ['script[src], img[src], iframe[src], embed[src], audio[src], video[src], source[src], track[src]', 'src'],
  ['object[data]', 'data'],
  ['link[href]', 'href'],
];
/** <link rel> values that make the browser fetch (canonical, alternate, schema.DC only name things). */
const FETCHING_REL = /\b(?:stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest|apple-touch-icon|mask-icon)\b/i;

export function run(site) {
  const problems = [];
  let loaded = 0;
  const sheets = new Set();
  for (const page of site.pages) {
    for (const [selector, attr] of LOADED) {
      for (const el of page.root.querySelectorAll(selector)) {
        if (el.rawTagName === 'link' && !FETCHING_REL.test(el.getAttribute('rel') ?? '')) continue;
        const href = el.getAttribute(attr) ?? '';
        loaded++;
        if (/^data:/i.test(href)) continue;
        const t = site.resolve(href, page);
        if (!t) problems.push(`${page.url}: <${el.rawTagName} ${attr}="${href}"> loads from another origin`);
        else if (el.rawTagName === 'link' && /stylesheet/i.test(el.getAttribute('rel') ?? '') && t.path) sheets.add(t.path);
      }
    }
  }
  for (const path of sheets) {
    const css = site.read(path).toString('utf8');
    for (const m of css.matchAll(/(?:url\(\s*["']?|@import\s+["'])([^"')\s]+)/g)) {
      if (/^(?:data:|#)/i.test(m[1])) continue;
      loaded++;
      if (!site.resolve(m[1], { url: site.base + path.slice(1) })) problems.push(`${path}: ${m[1]} loads from another origin`);
    }
  }
  return { problems, summary: `${count(loaded)} resources loaded by pages and stylesheets, all from the site` };
}
