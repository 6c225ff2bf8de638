import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Writes sitemap.xml (every built page, sorted) for crawlers and for the accessibility sweep. */
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
        const urls = pages.map((p) => p.pathname).filter((p) => p !== '404/' && p !== '404').sort()
          .map((p) => `  <url><loc>${site}${base}${p}</loc></url>`);
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
        writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), xml);
        logger.info(`sitemap: ${urls.length} pages`);
      },
    },
  };
}
