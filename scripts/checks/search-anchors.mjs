// Every search result leads somewhere: each passage of the Pagefind index (one fragment file) names a
// page of the site, and every anchor the passage can link to (#p12, #h3: the ids it holds) is on
// that page. (The URL's own #fragment only tells passages of one page apart.)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { count } from './lib/site.mjs';

export const name = 'search-anchors';

const SIGNATURE = 'pagefind_dcd';

export function run(site) {
  const problems = [];
  let files;
  try { files = readdirSync(join(site.dist, 'pagefind', 'fragment')).sort(); } catch { files = []; }
  if (files.length === 0) return { problems: ['the build has no search passages (pagefind/fragment/)'], summary: 'no search index' };
  const home = { url: site.base };
  let anchors = 0;
  for (const f of files) {
    const raw = site.read(`/pagefind/fragment/${f}`);
    const plain = raw.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? raw : gunzipSync(raw);
    const fragment = JSON.parse(plain.subarray(SIGNATURE.length).toString('utf8'));
    const t = site.resolve(fragment.url.replace(/#.*$/, ''), home);
    if (!t || t.problem || !t.page) { problems.push(`search passage ${f}: ${fragment.url}: ${t?.problem ?? 'not a page of the site'}`); continue; }
    for (const { id } of fragment.anchors ?? []) {
      anchors++;
      if (!t.page.ids.has(id)) problems.push(`search passage ${f}: ${fragment.url}: the page has no element with id="${id}"`);
    }
  }
  return { problems, summary: `${count(files.length)} search passages lead to their pages, with ${count(anchors)} anchors` };
}
