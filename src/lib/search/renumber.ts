/**
 * Names the passages by their number (build time, after rechunk.ts). Pagefind names each page by a
 * hash of its content (`kk_1a2b3c4`): the metadata, fetched whole on a cold search, then carries
 * some 5 bytes per passage that no compression removes. Named by their position in Pagefind's page
 * list (`0`, `1`, … `ivs`, base 36) the names cost almost nothing compressed; the fragments are
 * renamed to match (src/integrations/search-index.ts), under one hash of the whole index so that a
 * changed index never meets a stale cached file. The WebAssembly returns a page's name as its
 * result id, so the browser reads the names, not the hashes. Pagefind 1.6's format.
 */
import { concat, head, text } from './cbor-write.ts';
import { CborReader } from './pagefind-meta.ts';

/** The name of the page at `index` in Pagefind's page list. */
export const pageName = (index: number): string => index.toString(36);

/** `meta` (unsigned) with every page renamed by its number; `hashes`: the old names, in page order. */
export function renumberPages(meta: Uint8Array): { meta: Uint8Array; hashes: string[] } {
  const r = new CborReader(meta);
  const top = r.head();
  if (top.major !== 4 || top.n < 2) throw new Error('Pagefind metadata: not an array of at least two items');
  const items: Uint8Array[] = [];
  const hashes: string[] = [];
  for (let i = 0; i < top.n; i++) {
    const start = r.at;
    if (i !== 1) { r.skip(); items.push(meta.subarray(start, r.at)); continue; }
    const list = r.head();
    if (list.major !== 4) throw new Error('Pagefind metadata: the page list is not an array');
    const pages: Uint8Array[] = [head(4, list.n)];
    for (let p = 0; p < list.n; p++) {
      const entry = r.head();
      const hash = r.item();
      if (entry.major !== 4 || typeof hash !== 'string') throw new Error(`Pagefind metadata: page ${p} without its hash`);
      hashes.push(hash);
      const rest = r.at;
      for (let j = 1; j < entry.n; j++) r.skip();
      pages.push(head(4, entry.n), text(pageName(p)), meta.subarray(rest, r.at));
    }
    items.push(concat(pages));
  }
  return { meta: concat([head(4, top.n), ...items]), hashes };
}
