// Every internal link with a #fragment lands on an element with that id (or a[name]) in its target
// page: paragraph permalinks (#p12), citations from chapters, the contents and the skip link.
import { count } from './lib/site.mjs';

export const name = 'anchors';

export function run(site) {
  const problems = [];
  let anchored = 0;
  for (const page of site.pages) {
    for (const { href } of site.links(page)) {
      const t = site.resolve(href, page);
      if (!t || t.problem) continue;
      if (href.endsWith('#')) { problems.push(`${page.url}: "${href}": an empty #fragment leads nowhere`); continue; }
      if (!t.url.hash) continue;
      if (t.hash.startsWith(':~:')) continue; // a text fragment
      if (!t.page) continue; // a file (CSV, JSON): no anchors to check
      anchored++;
      if (!t.page.ids.has(t.hash)) problems.push(`${page.url}: "${href}": ${t.page.url} has no element with id="${t.hash}"`);
    }
  }
  return { problems, summary: `${count(anchored)} links to #anchors` };
}
