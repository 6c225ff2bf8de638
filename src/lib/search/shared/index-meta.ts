/**
 * The index's metadata, split at build time and put together again in the browser.
 *
 * Pagefind's metadata lists every passage (its name, a content hash, and its word count) and every
 * index chunk (first word, last word, hash): fetched whole on a cold search, it grows with the
 * archive. The build keeps of it only what does not grow (version, filters, sorts, meta fields) and
 * writes the rest into the search file (`search.{index}.pf_json`, src/integrations/search-index.ts)
 * in its smallest form: the word counts, in page order, and each chunk's first word. The browser
 * names the passages by their number (`pageName`), the fragments and chunks carry the same names,
 * and it rebuilds the metadata the WebAssembly reads: the same word counts, so the same scores,
 * and no chunk list (the browser picks the chunks itself: `chunksFor`). Pagefind 1.6's format.
 */
import { concat, head } from './cbor-write.ts';
import type { FacetFile } from './facets.ts';
import { CborReader } from './pagefind-meta.ts';

/** `search.{index}.pf_json`: what the browser needs of every passage and chunk, in its smallest form. */
export interface SearchFile {
  /** Each passage's word count, in Pagefind's page order (the passage named `pageName(i)`). */
  words: number[];
  /** Each index chunk's first word, in word order (the chunk named `pageName(i)`). */
  chunks: string[];
  facets: FacetFile;
}

/** The name of the page (and its fragment) at `index` in Pagefind's page list; chunks are named alike, by their place in word order. */
export const pageName = (index: number): string => index.toString(36);

export interface SplitMeta {
  /** Pagefind's metadata with empty page and chunk lists (unsigned CBOR). */
  rest: Uint8Array;
  /** Each page's hash (its fragment's file name as Pagefind wrote it) and word count, in page order. */
  hashes: string[];
  words: number[];
  /** Each index chunk's first word, in word order (with its hash, the file Pagefind or rechunk.ts wrote). */
  chunks: { from: string; hash: string }[];
}

/** Splits the metadata (`meta`, unsigned) into what stays small and the per-page and per-chunk lists. */
export function splitMeta(meta: Uint8Array): SplitMeta {
  const r = new CborReader(meta);
  const top = r.head();
  if (top.major !== 4 || top.n < 3) throw new Error('Pagefind metadata: not an array of at least three items');
  const items: Uint8Array[] = [];
  const out: SplitMeta = { rest: new Uint8Array(), hashes: [], words: [], chunks: [] };
  for (let i = 0; i < top.n; i++) {
    const start = r.at;
    const item = r.item();
    if (i === 0 || i > 2) { items.push(meta.subarray(start, r.at)); continue; }
    if (!Array.isArray(item)) throw new Error(`Pagefind metadata: item ${i} is not a list`);
    items.push(head(4, 0));
    for (const [n, entry] of item.entries()) {
      if (!Array.isArray(entry)) throw new Error(`Pagefind metadata: entry ${n} of list ${i} is not an array`);
      if (i === 1) {
        const [hash, words, extra] = entry;
        if (typeof hash !== 'string' || typeof words !== 'number' || entry.length !== 3 || extra !== '') throw new Error(`Pagefind metadata: page ${n} is not [hash, word count, ""] (is Pagefind still 1.6?)`);
        out.hashes.push(hash);
        out.words.push(words);
      } else {
        const [from, , hash] = entry;
        if (typeof from !== 'string' || typeof hash !== 'string') throw new Error(`Pagefind metadata: chunk ${n} without its first word and hash`);
        out.chunks.push({ from, hash });
      }
    }
  }
  out.rest = concat([head(4, top.n), ...items]);
  return out;
}

/** The metadata the WebAssembly reads: `rest` with every page, named by its number, and its word count. */
export function joinMeta(rest: Uint8Array, words: readonly number[]): Uint8Array {
  const r = new CborReader(rest);
  const top = r.head();
  const items: Uint8Array[] = [];
  for (let i = 0; i < top.n; i++) {
    const start = r.at;
    r.skip();
    items.push(rest.subarray(start, r.at));
  }
  items[1] = pageList(words);
  return concat([head(4, top.n), ...items]);
}

/** The CBOR list of pages `[name, word count, ""]`, written in one buffer (tens of thousands of pages at start-up). */
function pageList(words: readonly number[]): Uint8Array {
  const parts = [head(4, words.length)];
  // Each page: array head, name (ASCII: head + digits), word count (at most 5 bytes), empty text.
  const out = new Uint8Array(words.length * (1 + 1 + 8 + 5 + 1));
  let at = 0;
  words.forEach((n, i) => {
    out[at++] = 0x83;
    const name = pageName(i);
    out[at++] = 0x60 | name.length;
    for (let c = 0; c < name.length; c++) out[at++] = name.charCodeAt(c);
    // The word count: an unsigned integer in as few bytes as CBOR allows (as head() writes it).
    if (n < 24) out[at++] = n;
    else if (n < 0x100) { out[at++] = 24; out[at++] = n; }
    else if (n < 0x10000) { out[at++] = 25; out[at++] = n >> 8; out[at++] = n & 0xff; }
    else { out[at++] = 26; out[at++] = n >>> 24; out[at++] = (n >> 16) & 0xff; out[at++] = (n >> 8) & 0xff; out[at++] = n & 0xff; }
    out[at++] = 0x60;
  });
  parts.push(out.subarray(0, at));
  return concat(parts);
}

/**
 * The chunks that can hold a word beginning with one of `keys` (by number), given each chunk's
 * first word in order: chunk i holds the words from its first up to, not including, chunk i+1's.
 */
export function chunksFor(firsts: readonly string[], keys: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < firsts.length; i++) {
    const next = firsts[i + 1];
    if (keys.some((k) => firsts[i]! <= `${k}\uffff` && (next === undefined || next > k))) out.push(i);
  }
  return out;
}
