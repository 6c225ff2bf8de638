/**
 * A small client for the Pagefind index. It speaks to Pagefind's WebAssembly module directly, the
 * way pagefind.js does, but without pagefind.js (47 KB uncompressed, with its own gzip inflater and
 * worker), since the browser's DecompressionStream inflates the files. It downloads, on first use,
 * the entry file, the WebAssembly and the page metadata; then only the index chunks the searched
 * words fall into, and one small fragment per passage shown.
 *
 * It is written for Pagefind's 1.6 bundle; for any other version of the index it loads
 * pagefind.js instead (`StockEngine`), so an upgrade of Pagefind cannot break the search.
 */

import type { Hit } from '../../lib/search/execute.ts';

export interface Facets { kind: string; lang: string; paper?: string | undefined; [filter: string]: string | undefined }
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
  /** The facets of every passage (from the filter index). */
  facets: Map<string, Facets>;
}

const SLIM_VERSION = '1.6.0';

const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const SIGNATURE = 'pagefind_dcd';

async function inflate(res: Response): Promise<Uint8Array> {
  if (!res.ok) throw new Error(`${res.status} ${res.url}`);
  const raw = new Uint8Array(await res.arrayBuffer());
  const plain = new TextDecoder().decode(raw.subarray(0, 12)) === SIGNATURE ? raw
    : new Uint8Array(await new Response(new Blob([raw]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  return plain.subarray(SIGNATURE.length);
}

interface Exports {
  memory: WebAssembly.Memory;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_malloc(size: number, align: number): number;
  __wbindgen_free(ptr: number, size: number, align: number): void;
  __wbindgen_start(): void;
  init_pagefind(ptr: number, len: number): number;
  load_index_chunk(state: number, ptr: number, len: number): number;
  load_filter_chunk(state: number, ptr: number, len: number): number;
  request_indexes(state: number, ptr: number, len: number): [number, number];
  request_all_filter_indexes(state: number): [number, number];
  enter_playground_mode(state: number): number;
  filters(state: number): [number, number];
  search(state: number, q: number, ql: number, o: number, ol: number, f: number, fl: number, s: number, sl: number, exact: number, exactDiacritics: number): [number, number];
}

interface RawResult { p: string; s: number; l: { s: number; l: number; v?: { ws: string } }[] }

/** Pagefind 1.6's WebAssembly search, driven directly. */
class SlimEngine implements Engine {
  facets = new Map<string, Facets>();
  private state = 0;
  private readonly chunks = new Map<string, Promise<void>>();
  private readonly fragments = new Map<string, Promise<Fragment>>();
  private readonly enc = new TextEncoder();
  private readonly dec = new TextDecoder();

  private constructor(private readonly dir: string, private readonly wasm: Exports) {}

  static async start(dir: string, entry: Entry): Promise<SlimEngine> {
    const index = Object.values(entry.languages)[0];
    if (!index) throw new Error('empty search index');
    const [wasmBytes, meta] = await Promise.all([
      fetch(`${dir}wasm.${index.wasm ?? 'unknown'}.pagefind`).then(inflate),
      fetch(`${dir}pagefind.${index.hash}.pf_meta`).then(inflate),
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
    const engine = new SlimEngine(dir, exports);
    engine.state = exports.init_pagefind(...engine.pass(meta)) >>> 0;
    // "Playground" (verbose) results name the indexed word at each location: needed to keep only
    // words the key begins (Pagefind also returns words sharing a shorter prefix when none does).
    engine.state = exports.enter_playground_mode(engine.state) >>> 0;
    await engine.loadFacets();
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

  private load(kind: 'index' | 'filter', hash: string): Promise<void> {
    const key = `${kind}/${hash}`;
    let p = this.chunks.get(key);
    if (!p) {
      p = fetch(`${this.dir}${kind}/${hash}.pf_${kind}`).then(inflate).then((bytes) => {
        const args = this.pass(bytes);
        this.state = (kind === 'index' ? this.wasm.load_index_chunk(this.state, ...args) : this.wasm.load_filter_chunk(this.state, ...args)) >>> 0;
      });
      p.catch(() => this.chunks.delete(key));
      this.chunks.set(key, p);
    }
    return p;
  }

  private run(term: string, filters: Record<string, string[]> = {}): RawResult[] {
    const f = JSON.stringify(filters);
    return (JSON.parse(this.take(this.wasm.search(this.state, ...this.str(term), ...this.str(term), ...this.str(f), ...this.str(''), 0, 0))) as { results: RawResult[] }).results;
  }

  private async loadFacets(): Promise<void> {
    const hashes = JSON.parse(this.take(this.wasm.request_all_filter_indexes(this.state))) as string[];
    await Promise.all(hashes.filter(Boolean).map((h) => this.load('filter', h)));
    const all = JSON.parse(this.take(this.wasm.filters(this.state))) as Record<string, Record<string, number>>;
    for (const [name, values] of Object.entries(all)) {
      for (const value of Object.keys(values)) {
        // Each value is a pass over the whole index: let the page breathe between them (no long task).
        await yieldToMain();
        for (const r of this.run('', { [name]: [value] })) {
          const f = this.facets.get(r.p) ?? { kind: '', lang: '' };
          f[name] = value;
          this.facets.set(r.p, f);
        }
      }
    }
  }

  async preload(keys: string[]): Promise<void> {
    // A key's extensions may run past the end of its chunk: ask for the chunk of its last possible
    // extension too.
    const term = keys.flatMap((k) => [k, `${k}\uffff`]).join(' ');
    const hashes = JSON.parse(this.take(this.wasm.request_indexes(this.state, ...this.str(term)))) as string[];
    await Promise.all(hashes.filter(Boolean).map((h) => this.load('index', h)));
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
      p = fetch(`${this.dir}fragment/${id}.pf_fragment`).then(inflate).then((b) => JSON.parse(this.dec.decode(b)) as Fragment);
      this.fragments.set(id, p);
    }
    return p;
  }
}

interface StockResult { id: string; score: number; words: number[]; data(): Promise<Fragment & { weighted_locations: { location: number; balanced_score: number }[] }> }
interface StockApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string[]> }): Promise<{ results: StockResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string): Promise<void>;
}

/** The same through pagefind.js, for an index this file was not written for. */
class StockEngine implements Engine {
  facets = new Map<string, Facets>();
  private readonly data = new Map<string, StockResult>();
  private constructor(private readonly api: StockApi) {}

  static async start(dir: string): Promise<StockEngine> {
    const api = (await import(/* @vite-ignore */ `${dir}pagefind.js`)) as StockApi;
    await api.options({ basePath: dir, noWorker: true });
    const engine = new StockEngine(api);
    for (const [name, values] of Object.entries(await api.filters())) {
      for (const value of Object.keys(values)) {
        for (const r of (await api.search(null, { filters: { [name]: [value] } })).results) {
          const f = engine.facets.get(r.id) ?? { kind: '', lang: '' };
          f[name] = value;
          engine.facets.set(r.id, f);
        }
      }
    }
    return engine;
  }

  preload(keys: string[]): Promise<void> { return this.api.preload(keys.join(' ')); }

  async search(keys: string[]): Promise<Hit[]> {
    const { results } = await this.api.search(keys.join(' '));
    for (const r of results) this.data.set(r.id, r);
    // pagefind.js gives the weights with the fragment only; without them every location counts as exact.
    return results.map((r) => ({ id: r.id, score: r.score, locations: r.words.map((at) => ({ at, exact: true })) }));
  }

  async fragment(id: string): Promise<Fragment> {
    const r = this.data.get(id);
    if (!r) throw new Error(`unknown passage ${id}`);
    return r.data();
  }
}

interface Entry { version: string; languages: Record<string, { hash: string; wasm: string | null }> }

let engine: Promise<Engine> | undefined;

/** The engine, started once per page: `dir` is the /pagefind/ folder with the base path. */
export function startEngine(dir: string): Promise<Engine> {
  engine ??= (async () => {
    const entry = (await (await fetch(`${dir}pagefind-entry.json`)).json()) as Entry;
    return entry.version === SLIM_VERSION && typeof DecompressionStream === 'function' ? SlimEngine.start(dir, entry) : StockEngine.start(dir);
  })();
  engine.catch(() => { engine = undefined; });
  return engine;
}
