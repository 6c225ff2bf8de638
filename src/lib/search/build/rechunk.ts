/**
 * Re-cuts Pagefind's word index into smaller chunks (build time, after Pagefind has written it).
 *
 * Pagefind cuts the sorted word list into chunks of a fixed budget (here about 28 KB compressed,
 * 60 KB of CBOR) and the browser fetches a whole chunk for every word it looks up: most of the
 * bytes a query moves. Cut to `target` bytes, a lookup fetches a few kilobytes instead; the
 * metadata, fetched once, lists more chunks (about 30 bytes each). Each word's entry (its pages,
 * positions and weights) is copied byte for byte; only the grouping and the chunk list change, so
 * Pagefind's WebAssembly reads the result as it reads its own. The chunk list gives each chunk's
 * first and last word in full: the browser loads every chunk whose range meets a prefix's
 * (src/client/search/engine.ts). Pagefind 1.6's format, which package.json pins.
 */
import { concat, head, text } from '../shared/cbor-write.ts';
import { CborReader, metaChunks, type ChunkRef } from '../shared/pagefind-meta.ts';

export interface Rechunked {
  /** The new metadata (unsigned CBOR). */
  meta: Uint8Array;
  /** The new chunks (unsigned CBOR) by name, in word order. */
  chunks: Map<string, Uint8Array>;
}

/**
 * `meta`: the unsigned metadata; `chunk(hash)`: an unsigned index chunk; `name(bytes)`: the file
 * name (hash) of a new chunk.
 */
export function rechunk(meta: Uint8Array, chunk: (hash: string) => Uint8Array, target: number, name: (bytes: Uint8Array) => string): Rechunked {
  const words: { word: string; bytes: Uint8Array }[] = [];
  for (const ref of metaChunks(meta)) {
    const bytes = chunk(ref.hash);
    const r = new CborReader(bytes);
    const outer = r.head();
    const list = r.head();
    if (outer.major !== 4 || outer.n !== 1 || list.major !== 4) throw new Error(`index chunk ${ref.hash}: not Pagefind 1.6's [[word entries]]`);
    for (let i = 0; i < list.n; i++) {
      const start = r.at;
      const entry = r.head();
      const word = r.item();
      if (entry.major !== 4 || typeof word !== 'string') throw new Error(`index chunk ${ref.hash}: a word entry without its word`);
      for (let j = 1; j < entry.n; j++) r.skip();
      words.push({ word, bytes: bytes.subarray(start, r.at) });
    }
  }

  const chunks = new Map<string, Uint8Array>();
  const refs: ChunkRef[] = [];
  let run: typeof words = [];
  let size = 0;
  const flush = () => {
    if (!run.length) return;
    const bytes = concat([head(4, 1), head(4, run.length), ...run.map((w) => w.bytes)]);
    const hash = name(bytes);
    chunks.set(hash, bytes);
    refs.push({ from: run[0]!.word, to: run.at(-1)!.word, hash });
    run = [];
    size = 0;
  };
  for (const w of words) {
    if (size + w.bytes.length > target) flush();
    run.push(w);
    size += w.bytes.length;
  }
  flush();

  // The metadata: every item as it was, but the chunk list (its third).
  const r = new CborReader(meta);
  const top = r.head();
  if (top.major !== 4 || top.n < 3) throw new Error('Pagefind metadata: not an array of at least three items');
  const items: Uint8Array[] = [];
  for (let i = 0; i < top.n; i++) {
    const start = r.at;
    r.skip();
    items.push(meta.subarray(start, r.at));
  }
  items[2] = concat([head(4, refs.length), ...refs.map((c) => concat([head(4, 3), text(c.from), text(c.to), text(c.hash)]))]);
  return { meta: concat([head(4, top.n), ...items]), chunks };
}
