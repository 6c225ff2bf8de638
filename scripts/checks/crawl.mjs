// What crawlers are told: robots.txt names the sitemap, and the sitemap lists only pages that exist and
// may be indexed (Google Scholar reads the sitemap from robots.txt; a noindex page in it is a
// contradiction Search Console reports).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { count } from './lib/site.mjs';

export const name = 'crawl';

export function run(site) {
  const problems = [];
  const robots = join(site.dist, 'robots.txt');
  const named = existsSync(robots) ? /^Sitemap:\s*(\S+)/im.exec(readFileSync(robots, 'utf8'))?.[1] : undefined;
  if (!existsSync(robots)) problems.push('robots.txt: missing');
  else if (!named) problems.push('robots.txt: no "Sitemap:" line');
  else if (!named.endsWith(`${site.base}sitemap.xml`)) problems.push(`robots.txt: Sitemap: ${named} is not this site's ${site.base}sitemap.xml`);
  const file = join(site.dist, 'sitemap.xml');
  if (!existsSync(file)) return { problems: [...problems, 'sitemap.xml: missing'], summary: '' };
  const locs = [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  for (const loc of locs) {
    const path = `/${new URL(loc).pathname.slice(site.base.length)}`;
    const page = site.byPath.get(path);
    if (!page) problems.push(`sitemap.xml: ${loc}: no such page`);
    else if (/<meta name="robots" content="[^"]*noindex/.test(page.html)) problems.push(`sitemap.xml: ${loc}: the page says noindex`);
  }
  return { problems, summary: `${count(locs.length)} sitemap entries` };
}
