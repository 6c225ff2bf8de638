// No id is used twice in a page: an anchor (#p12, #h3) must name one place.
import { count } from './lib/site.mjs';

export const name = 'unique-ids';

export function run(site) {
  const problems = [];
  let ids = 0;
  for (const page of site.pages) {
    const seen = new Map();
    for (const el of page.root.querySelectorAll('[id]')) {
      ids++;
      seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    }
    for (const [id, n] of seen) if (n > 1) problems.push(`${page.url}: id="${id}" is used ${n} times`);
  }
  return { problems, summary: `${count(ids)} ids` };
}
