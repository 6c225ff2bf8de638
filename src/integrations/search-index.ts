import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { encodeFacets } from '../lib/search/facets.ts';
import { metaPages, unsigned } from '../lib/search/pagefind-meta.ts';
import { collectPassages, type BuiltPage } from '../lib/search/records.ts';
import { passageDocument } from '../lib/search/passages.ts';
import { readConfig } from '../lib/config.ts';

/**
 * Builds the search index from the built pages, through Pagefind's Node API.
 *
 * Every page's searchable body (data-pagefind-body) is cut into passages (src/lib/search/passages.ts)
 * and each passage is one Pagefind record, with the facets kind, lang (of the text) and paper as
 * filters. Paper pages are indexed once, from their Kazakh-UI copy; the browser re-points results
 * to the reader's UI language. The index is built with one language ('kk', so no stemmer and one
 * small WebAssembly file for all three languages): the query side handles Kazakh, Russian and
 * English inflection (src/lib/search/keys.ts).
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:done': ({ config }) => { base = config.base.endsWith('/') ? config.base : `${config.base}/`; },
      'astro:build:done': async ({ dir, logger }) => {
        // scripts/build.mjs indexes the site itself once Astro has exited, so that Astro's memory and
        // Pagefind's are never needed at the same time (a large archive would need both at once).
        if (readConfig().ARCHIVE_SEARCH_INDEX === 'after-astro') { logger.info('search index: written by scripts/build.mjs after this build'); return; }
        logger.info(await writeSearchIndex(fileURLToPath(dir), base));
      },
    },
  };
}

/** The built pages of `site`, one at a time: the HTML of a large archive does not fit in memory at once. */
function* sitePages(site: string): Generator<BuiltPage> {
  for (const file of htmlFiles(site)) yield { path: relative(site, file).split(sep).join('/').replace(/index\.html$/, ''), html: readFileSync(file, 'utf8') };
}

/**
 * Indexes the built site in `site` (served under `base`) into site/pagefind/; returns a summary line.
 * `pages` defaults to the site's own pages (the search benchmark passes a larger corpus).
 */
export async function writeSearchIndex(site: string, base: string, pages: Iterable<BuiltPage> = sitePages(site)): Promise<string> {
  const t0 = performance.now();
  const { records, pageCount } = collectPassages(pages, base);

  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'kk' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const r of records) {
    const added = await index.addHTMLFile({ url: r.url, content: passageDocument(r.passage, r) });
    if (added.errors.length) throw new Error(`Pagefind, ${r.url}: ${added.errors.join('; ')}`);
  }
  const out = join(site, 'pagefind');
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  writeFacetFile(out);

  const words = records.reduce((n, r) => n + r.passage.words, 0);
  const byLang = Object.entries(Object.groupBy(records, (r) => r.passage.lang)).map(([l, rs]) => `${l} ${rs?.length ?? 0}`).join(', ');
  const chunks = readdirSync(join(site, 'pagefind', 'index')).length;
  return `indexed ${pageCount} pages as ${records.length} passages (${byLang}), ${words.toLocaleString('en')} words, ${chunks} index chunks, in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
}

/** A Pagefind file, inflated, without its signature. */
const readPagefind = (file: string) => unsigned(gunzipSync(readFileSync(file)));

/**
 * Writes `facets.{index hash}.json` beside the index (src/lib/search/facets.ts): each page's filters
 * as its fragment records them, in the order of Pagefind's page list.
 */
function writeFacetFile(out: string): void {
  const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const hashes = Object.values(entry.languages).map((l) => l.hash);
  if (hashes.length !== 1) throw new Error(`the search index should have one language, it has ${hashes.length}`);
  const pages = metaPages(readPagefind(join(out, `pagefind.${hashes[0]}.pf_meta`)));
  const filters = pages.map((page) => (JSON.parse(new TextDecoder().decode(readPagefind(join(out, 'fragment', `${page}.pf_fragment`)))) as { filters: Record<string, string[]> }).filters);
  writeFileSync(join(out, `facets.${hashes[0]}.json`), JSON.stringify(encodeFacets(filters)));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  }).sort();
}
