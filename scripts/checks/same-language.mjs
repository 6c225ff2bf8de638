// A link on a page of one interface language leads to a page of the same language, unless the link
// says that it changes language (hreflang or lang on the link): the reader never falls into another
// language by surprise. Language-neutral targets (/, /cite/…, /data/…) are always fine.
import { count } from './lib/site.mjs';

export const name = 'same-language';

export function run(site) {
  const problems = [];
  let checked = 0;
  let marked = 0;
  for (const page of site.pages) {
    if (!page.lang) continue;
    for (const { element, href } of site.links(page)) {
      const t = site.resolve(href, page);
      if (!t || t.problem || !t.path) continue;
      const target = t.page?.lang ?? null;
      if (!target) continue;
      checked++;
      if (target === page.lang) continue;
      if (element.getAttribute('hreflang') === target || element.getAttribute('lang') === target) { marked++; continue; }
      problems.push(`${page.url}: "${href}" leads to the ${target} interface without hreflang="${target}" or lang="${target}"`);
    }
  }
  return { problems, summary: `${count(checked)} links between language pages, ${count(marked)} of them marked language switches` };
}
