/**
 * A small client for the Pagefind index. It speaks to Pagefind's WebAssembly module directly, the
 * way pagefind.js does, but without pagefind.js (47 KB uncompressed, with its own gzip inflater and
 * worker), since the browser's DecompressionStream inflates the files. It downloads, on first use,
 * the entry file, the WebAssembly, what the build left of Pagefind's metadata and the search file
 * (each passage's word count and facets, each index chunk's first word: src/lib/search/shared/index-meta.ts,
 * written by src/integrations/search-index.ts), and hands the WebAssembly the metadata it expects,
 * rebuilt from them; then only the index chunks the searched words fall into, and one small
 * fragment per passage shown. Start-up does not depend on the number of filter values (papers): no
 * search runs before the reader's.
 *
 * It is written for Pagefind 1.6.0's WebAssembly exports and file formats, which package.json pins
 * exactly (tests/unit/search-engine.test.ts fails when the installed Pagefind is another version):
 * an upgrade of Pagefind is a deliberate change that comes with a review of this file.
 */

import type { Hit } from '../../lib/search/shared/execute.ts';
import { decodeFacets, type Facets } from '../../lib/search/shared/facets.ts';
import { chunksFor, joinMeta, pageName, type SearchFile } from '../../lib/search/shared/index-meta.ts';
import { unsigned } from '../../lib/search/shared/pagefind-meta.ts';

export type { Facets };
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string; location: number }[];
}

export interface Engine {
  /** Passages holding all the keys (each key matched as a word prefix). */
  search(keys: string[]): Promise<Hit[]>;
  /** Loads what a search of these keys needs, without searching. */
  preload(keys: string[]): Promise<void>;
  fragment(id: string): Promise<Fragment>;
  /** The facets of every passage (from the search file). */
  facets: Map<string, Facets>;
}

/** The Pagefind version this engine drives; package.json pins the same. */
export const PAGEFIND_VERSION = '1.6.0';

/** An inflated Pagefind file (gzip, or stored plain with its signature). */
async function inflate(res: Response): Promise<Uint8Array> {
  if (!res.ok) throw new Error(`${res.status} ${res.url}`);
  const raw = new Uint8Array(await res.arrayBuffer());
  try {
    return unsigned(raw);
  } catch {
    return unsigned(new Uint8Array(await new Response(new Blob([raw]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()));
  }
}

interface Exports {
  memory: WebAssembly.Memory;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_malloc(size: number, align: number): number;
  __wbindgen_free(ptr: number, size: number, align: number): void;
  __wbindgen_start(): void;
  init_pagefind(ptr: number, len: number): number;
  load_index_chunk(state: number, ptr: number, len: number): number;
  enter_playground_mode(state: number): number;
  search(state: number, q: number, ql: number, o: number, ol: number, f: number, fl: number, s: number, sl: number, exact: number, exactDiacritics: number): [number, number];
}

interface RawResult { p: string; s: number; l: { s: number; l: number; v?: { ws: string } }[] }

/** Pagefind 1.6's WebAssembly search, driven directly. */
class SlimEngine implements Engine {
  private state = 0;
  private readonly chunks = new Map<string, Promise<void>>();
  private readonly fragments = new Map<string, Promise<Fragment>>();
  private readonly enc = new TextEncoder();
  private readonly dec = new TextDecoder();

  private constructor(
    private readonly dir: string,
    private readonly wasm: Exports,
    readonly facets: Map<string, Facets>,
    /** Each index chunk's first word, in word order (src/lib/search/build/rechunk.ts). */
    private readonly index: string[],
    /** The index's hash, which every file of it is named after (src/integrations/search-index.ts). */
    private readonly name: string,
  ) {}

  static async start(dir: string, entry: Entry): Promise<SlimEngine> {
    const index = Object.values(entry.languages)[0];
    if (!index) throw new Error('empty search index');
    const [wasmBytes, rest, file] = await Promise.all([
      fetch(`${dir}wasm.${index.wasm ?? 'unknown'}.pagefind`).then(inflate),
      fetch(`${dir}pagefind.${index.hash}.pf_meta`).then(inflate),
      fetch(`${dir}search.${index.hash}.pf_json`).then(inflate).then((b) => JSON.parse(new TextDecoder().decode(b)) as SearchFile),
    ]);
    let exports: Exports | undefined;
    const imports = {
      './pagefind_web_bg.js': {
        __wbindgen_init_externref_table() {
          const table = exports!.__wbindgen_externrefs;
          const offset = table.grow(4);
          table.set(0, undefined);
          [undefined, null, true, false].forEach((v, i) => table.set(offset + i, v));
        },
      },
    };
    const { instance } = await WebAssembly.instantiate(wasmBytes as BufferSource, imports);
    exports = instance.exports as unknown as Exports;
    exports.__wbindgen_start();
    const engine = new SlimEngine(dir, exports, decodeFacets(file.facets, file.words.map((_, i) => pageName(i))), file.chunks, index.hash);
    engine.state = exports.init_pagefind(...engine.pass(joinMeta(rest, file.words))) >>> 0;
    // "Playground" (verbose) results name the indexed word at each location: needed to keep only
    // words the key begins (Pagefind also returns words sharing a shorter prefix when none does).
    engine.state = exports.enter_playground_mode(engine.state) >>> 0;
    return engine;
  }

  private pass(bytes: Uint8Array): [number, number] {
    const ptr = this.wasm.__wbindgen_malloc(bytes.length, 1) >>> 0;
    new Uint8Array(this.wasm.memory.buffer).set(bytes, ptr);
    return [ptr, bytes.length];
  }

  private str(s: string): [number, number] { return this.pass(this.enc.encode(s)); }

  private take([ptr, len]: [number, number]): string {
    const s = this.dec.decode(new Uint8Array(this.wasm.memory.buffer).subarray(ptr >>> 0, (ptr >>> 0) + len));
    this.wasm.__wbindgen_free(ptr, len, 1);
    return s;
  }

  private load(hash: string): Promise<void> {
    let p = this.chunks.get(hash);
    if (!p) {
      p = fetch(`${this.dir}index/${this.name}_${hash}.pf_index`).then(inflate).then((bytes) => {
        this.state = this.wasm.load_index_chunk(this.state, ...this.pass(bytes)) >>> 0;
      });
      p.catch(() => this.chunks.delete(hash));
      this.chunks.set(hash, p);
    }
    return p;
  }

  private run(term: string): RawResult[] {
    return (JSON.parse(this.take(this.wasm.search(this.state, ...this.str(term), ...this.str(term), ...this.str('{}'), ...this.str(''), 0, 0))) as { results: RawResult[] }).results;
  }

  async preload(keys: string[]): Promise<void> {
    await Promise.all(chunksFor(this.index, keys).map((i) => this.load(pageName(i))));
  }

  async search(keys: string[]): Promise<Hit[]> {
    await this.preload(keys);
    const hits: Hit[] = [];
    for (const r of this.run(keys.join(' '))) {
      const locations = r.l.flatMap((l) => {
        const word = l.v?.ws ?? '';
        const key = keys.find((k) => word.startsWith(k));
        return key ? [{ at: l.l, exact: word === key, key }] : [];
      });
      if (keys.every((k) => locations.some((l) => l.key === k))) hits.push({ id: r.p, score: r.s, locations });
    }
    return hits;
  }

  fragment(id: string): Promise<Fragment> {
    let p = this.fragments.get(id);
    if (!p) {
      p = fetch(`${this.dir}fragment/${this.name}_${id}.pf_fragment`).then(inflate).then((b) => JSON.parse(this.dec.decode(b)) as Fragment);
      this.fragments.set(id, p);
    }
    return p;
  }
}

interface Entry { version: string; languages: Record<string, { hash: string; wasm: string | null }> }

let engine: Promise<Engine> | undefined;

/** The engine, started once per page: `dir` is the /pagefind/ folder with the base path. */
export function startEngine(dir: string): Promise<Engine> {
  engine ??= (async () => {
    // Marks for the search benchmark (scripts/bench-search.mjs): the start-up, from first request to ready.
    performance.mark('archive-search:start');
    const entry = (await (await fetch(`${dir}pagefind-entry.json`)).json()) as Entry;
    if (entry.version !== PAGEFIND_VERSION) throw new Error(`search index of Pagefind ${entry.version}; this engine drives ${PAGEFIND_VERSION}`);
    const started = await SlimEngine.start(dir, entry);
    performance.mark('archive-search:ready');
    return started;
  })();
  engine.catch(() => { engine = undefined; });
  return engine;
}
