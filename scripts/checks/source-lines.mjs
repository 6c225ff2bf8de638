// Every numbered block of a paper (id="pN") says which source lines it was made from:
// data-lines="FIRST-LAST", the file's own 1-based line numbers. Translations are keyed by it and the
// source view opens at it, so on a page the ranges are well formed and follow each other without
// overlapping.
import { count } from './lib/site.mjs';

export const name = 'source-lines';

const PAPER_PAGE = /^\/(?:kk|ru|en)\/papers\/[^/]+\/(?!source\/)/;

export function run(site) {
  const problems = [];
  let blocks = 0;
  for (const page of site.pages) {
    if (!PAPER_PAGE.test(page.path)) continue;
    let last = 0;
    for (const el of page.root.querySelectorAll('.para[id]')) {
      if (!/^p\d+[a-z]?$/.test(el.id)) continue;
      blocks++;
      const value = el.getAttribute('data-lines');
      const m = value?.match(/^(\d+)-(\d+)$/);
      if (!m) { problems.push(`${page.url}#${el.id}: ${value === undefined ? 'no data-lines' : `data-lines="${value}" is not FIRST-LAST`}`); continue; }
      const [first, lastLine] = [Number(m[1]), Number(m[2])];
      if (first < 1 || first > lastLine) problems.push(`${page.url}#${el.id}: data-lines="${value}" is not a range of lines`);
      else if (first <= last) problems.push(`${page.url}#${el.id}: data-lines="${value}" overlaps or precedes the block before it (ends at line ${last})`);
      last = Math.max(last, lastLine);
    }
  }
  return { problems, summary: `${count(blocks)} numbered blocks with their source lines` };
}
