import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A built page that asks not to be indexed (the paragraph-citation lists): crawlers must not find it in the sitemap. */
export const isNoindex = (html: string) => /<meta name="robots" content="[^"]*noindex/.test(html);

/** robots.txt: everything may be crawled, and the sitemap is named (Google Scholar reads it from here). */
export const robotsTxt = (sitemapUrl: string) => `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;

/**
 * Writes sitemap.xml (every indexable built page, sorted: crawlers and the accessibility sweep) and the
 * robots.txt that names it.
 */
export function sitemap(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'archive-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = (config.site ?? '').replace(/\/$/, '');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const indexable = (p: string) => {
          try { return !isNoindex(readFileSync(fileURLToPath(new URL(`${p}index.html`, dir)), 'utf8')); } catch { return true; }
        };
        const kept = pages.map((p) => p.pathname).filter((p) => p !== '404/' && p !== '404' && indexable(p)).sort();
        const urls = kept.map((p) => `  <url><loc>${site}${base}${p}</loc></url>`);
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
        writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), xml);
        writeFileSync(fileURLToPath(new URL('robots.txt', dir)), robotsTxt(`${site}${base}sitemap.xml`));
        logger.info(`sitemap: ${urls.length} pages (${pages.length - urls.length} left out: 404 and noindex)`);
      },
    },
  };
}
