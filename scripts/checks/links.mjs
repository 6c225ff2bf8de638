// Every internal reference of every page resolves to a file of the built site: links, stylesheets,
// scripts, icons, images, canonical and alternate links (absolute links to the site's own origin
// count as internal), and the url(…) references of the stylesheets the pages load.
import { count } from './lib/site.mjs';

export const name = 'links';

const REFERENCES = [
  ['a[href], area[href], link[href]', 'href'],
  ['script[src], img[src], source[src], iframe[src], video[src], audio[src], track[src], embed[src]', 'src'],
  ['img[srcset], source[srcset]', 'srcset'],
  ['form[action]', 'action'],
  ['video[poster]', 'poster'],
  ['object[data]', 'data'],
];

export function run(site) {
  const problems = [];
  const targets = new Set();
  const stylesheets = new Set();
  let references = 0;
  for (const page of site.pages) {
    for (const [selector, attr] of REFERENCES) {
      for (const el of page.root.querySelectorAll(selector)) {
        const value = el.getAttribute(attr) ?? '';
        const hrefs = attr === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0]).filter(Boolean) : [value];
        for (const href of hrefs) {
          const t = site.resolve(href, page);
          if (!t) continue;
          references++;
          if (t.problem) problems.push(`${page.url}: <${el.rawTagName} ${attr}="${href}">: ${t.problem}`);
          else {
            targets.add(t.path);
            if (el.rawTagName === 'link' && /\bstylesheet\b/.test(el.getAttribute('rel') ?? '')) stylesheets.add(t.path);
          }
        }
      }
    }
  }
  // Fonts and images that the stylesheets point at.
  for (const path of stylesheets) {
    const css = site.read(path).toString('utf8');
    const from = { url: site.base + path.slice(1) };
    for (const m of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
      const t = site.resolve(m[2], from);
      if (!t) continue;
      references++;
      if (t.problem) problems.push(`${path}: url(${m[2]}): ${t.problem}`);
      else targets.add(t.path);
    }
  }
  return { problems, summary: `${count(references)} internal references from ${count(site.pages.length)} pages and ${stylesheets.size} stylesheets, to ${count(targets.size)} files` };
}
