import { readFileSync } from 'node:fs';

/** Every page path of the built site, from dist/sitemap.xml (without the site origin). */
export function sitemapPaths(dist = process.env.E2E_DIST ?? 'dist'): string[] {
  const xml = readFileSync(`${dist}/sitemap.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
}
