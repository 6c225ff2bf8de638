import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encodeFacets } from '../lib/search/shared/facets.ts';
import { SIGNATURE, unsigned } from '../lib/search/shared/pagefind-meta.ts';
import { rechunk } from '../lib/search/build/rechunk.ts';
import { pageName, splitMeta, type SearchFile } from '../lib/search/shared/index-meta.ts';
import { collectPassages, type BuiltPage } from '../lib/search/build/records.ts';
import { passageDocument } from '../lib/search/build/passages.ts';
import { readConfig } from '../site/config.ts';
import { INDEXED_COPY, LANG } from '../site/languages.ts';

/**
 * Builds the search index from the built pages, through Pagefind's Node API.
 *
 * Every page's searchable body (data-pagefind-body) is cut into passages (src/lib/search/build/passages.ts)
 * and each passage is one Pagefind record, with the facets kind, lang (of the text) and paper as
 * filters. Paper pages are indexed once, from their Kazakh-UI copy; the browser re-points results
 * to the reader's UI language. The index is built with one language ('kk', so no stemmer and one
 * small WebAssembly file for all three languages): the query side handles Kazakh, Russian and
 * English inflection (src/lib/search/shared/keys.ts).
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
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEXED_COPY });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind numbers the passages in the order they are added: grouped by their facets, a paper's
  // passages are one run of the facet file, however many papers the archive holds.
  const facetKey = (r: (typeof records)[number]) => `${r.passage.kind}\u0000${r.paper ?? ''}\u0000${r.passage.lang}`;
  const ordered = records.map((r) => ({ r, key: facetKey(r) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ r }) => r);
  for (const r of ordered) {
    const added = await index.addHTMLFile({ url: r.url, content: passageDocument(r.passage, r) });
    if (added.errors.length) throw new Error(`Pagefind, ${r.url}: ${added.errors.join('; ')}`);
  }
  const out = join(site, 'pagefind');
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  finishIndex(out);

  const words = records.reduce((n, r) => n + r.passage.words, 0);
  const byLang = Object.entries(Object.groupBy(records, (r) => r.passage.lang)).map(([l, rs]) => `${l} ${rs?.length ?? 0}`).join(', ');
  const chunks = readdirSync(join(site, 'pagefind', 'index')).length;
  return `indexed ${pageCount} pages as ${records.length} passages (${byLang}), ${words.toLocaleString(LANG.en)} words, ${chunks} index chunks, in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
}

/** A Pagefind file, inflated, without its signature. */
const readPagefind = (file: string) => unsigned(gunzipSync(readFileSync(file)));
const writePagefind = (file: string, bytes: Uint8Array) => writeFileSync(file, gzipSync(Buffer.concat([Buffer.from(SIGNATURE), bytes]), { level: 9 }));

/** CBOR bytes of an index chunk, before compression (src/lib/search/build/rechunk.ts: a lookup fetches one or two). */
const CHUNK_TARGET = 8 * 1024;

/**
 * Re-cuts the index into smaller chunks (src/lib/search/build/rechunk.ts) and moves the lists that grow
 * with the archive out of Pagefind's metadata into the search file (src/lib/search/shared/index-meta.ts),
 * with the facets (src/lib/search/shared/facets.ts). Passages and chunks are named by their number, and
 * every file after one hash of the whole index, `{index}`: `pagefind.{index}.pf_meta`,
 * `search.{index}.pf_json`, `index/{index}_{chunk}.pf_index`, `fragment/{index}_{passage}.pf_fragment`.
 */
function finishIndex(out: string): void {
  const entryFile = join(out, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  const indexes = Object.values(entry.languages);
  if (indexes.length !== 1) throw new Error(`the search index should have one language, it has ${indexes.length}`);
  const index = indexes[0]!;
  const lang = index.hash.split('_')[0];
  const metaFile = join(out, `pagefind.${index.hash}.pf_meta`);
  let n = 0;
  const cut = rechunk(readPagefind(metaFile), (hash) => readPagefind(join(out, 'index', `${hash}.pf_index`)), CHUNK_TARGET, () => pageName(n++));
  const { rest, hashes, words, chunks } = splitMeta(cut.meta);
  chunks.forEach((c, i) => { if (c.hash !== pageName(i)) throw new Error(`index chunk ${i} is named ${c.hash}, not by its number`); });
  const fragments = hashes.map((hash) => readPagefind(join(out, 'fragment', `${hash}.pf_fragment`)));
  // Each passage's filters as its fragment records them, in the order of Pagefind's page list.
  const filters = fragments.map((bytes) => (JSON.parse(new TextDecoder().decode(bytes)) as { filters: Record<string, string[]> }).filters);
  const search: SearchFile = { words, chunks: chunks.map((c) => c.from), facets: encodeFacets(filters) };

  const sha = createHash('sha256').update(rest).update(JSON.stringify(search));
  for (const bytes of cut.chunks.values()) sha.update(bytes);
  for (const bytes of fragments) sha.update(bytes);
  index.hash = `${lang}_${sha.digest('hex').slice(0, 10)}`;

  for (const dir of ['index', 'fragment']) for (const file of readdirSync(join(out, dir))) rmSync(join(out, dir, file));
  for (const [name, bytes] of cut.chunks) writePagefind(join(out, 'index', `${index.hash}_${name}.pf_index`), bytes);
  fragments.forEach((bytes, i) => writePagefind(join(out, 'fragment', `${index.hash}_${pageName(i)}.pf_fragment`), bytes));
  rmSync(metaFile);
  writePagefind(join(out, `pagefind.${index.hash}.pf_meta`), rest);
  // Compressed like Pagefind's files: JSON of the word counts and chunk words.
  writePagefind(join(out, `search.${index.hash}.pf_json`), new TextEncoder().encode(JSON.stringify(search)));
  writeFileSync(entryFile, JSON.stringify(entry));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  }).sort();
}
