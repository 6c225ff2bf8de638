/**
 * Reads Pagefind's metadata file (`pagefind.{hash}.pf_meta`, CBOR after the `pagefind_dcd`
 * signature): the page list, in the order Pagefind numbers the pages, and the list of index chunks
 * with the words each holds; a CBOR reader for it and for the index chunks. Used at build time
 * (src/lib/search/build/rechunk.ts) and in the browser, which reads the metadata the build leaves
 * (src/lib/search/shared/index-meta.ts). The format is Pagefind 1.6's, which package.json pins.
 */

export const SIGNATURE = 'pagefind_dcd';

/** The bytes after the signature of an inflated Pagefind file; throws on a file that has none. */
export function unsigned(bytes: Uint8Array): Uint8Array {
  if (new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error('not a Pagefind file (no pagefind_dcd signature)');
  return bytes.subarray(SIGNATURE.length);
}

export type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | boolean | null | undefined;

/** A CBOR reader for what Pagefind writes: definite lengths, integers, strings, arrays and maps. */
export class CborReader {
  at = 0;
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly text = new TextDecoder();

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The next item's major type and length (or value); leaves `at` after its head. */
  head(): { major: number; n: number } {
    const byte = this.view.getUint8(this.at++);
    const major = byte >> 5;
    const info = byte & 31;
    if (info < 24 || major === 7) return { major, n: info };
    const size = info - 24;
    if (size > 3) throw new Error(`CBOR: indefinite or reserved length at byte ${this.at - 1}`);
    const v = this.view;
    const n = [() => v.getUint8(this.at), () => v.getUint16(this.at), () => v.getUint32(this.at), () => Number(v.getBigUint64(this.at))][size]!();
    this.at += 1 << size;
    return { major, n };
  }

  /** The next item, decoded. */
  item(): Cbor {
    const { major, n } = this.head();
    switch (major) {
      case 0: return n;
      case 1: return -1 - n;
      case 2: return this.bytes.subarray(this.at, (this.at += n));
      case 3: return this.text.decode(this.bytes.subarray(this.at, (this.at += n)));
      case 4: return Array.from({ length: n }, () => this.item());
      case 5: { const m = new Map<Cbor, Cbor>(); for (let i = 0; i < n; i++) m.set(this.item(), this.item()); return m; }
      case 6: return this.item(); // a tag: its item
      default: return this.simple(n);
    }
  }

  /** Moves past the next item without decoding it. */
  skip(): void {
    const { major, n } = this.head();
    if (major === 2 || major === 3) this.at += n;
    else if (major === 4) for (let i = 0; i < n; i++) this.skip();
    else if (major === 5) for (let i = 0; i < 2 * n; i++) this.skip();
    else if (major === 6) this.skip();
    else if (major === 7) this.simple(n);
  }

  private simple(info: number): Cbor {
    if (info === 20 || info === 21) return info === 21;
    if (info === 22 || info === 23) return info === 22 ? null : undefined;
    if (info < 25 || info > 27) throw new Error(`CBOR: unknown simple value ${info}`);
    const v = info === 26 ? this.view.getFloat32(this.at) : info === 27 ? this.view.getFloat64(this.at) : NaN; // no half floats in Pagefind's files
    this.at += 1 << (info - 24);
    return v;
  }
}

export interface ChunkRef {
  /** First and last word of the chunk (as Pagefind writes them, or whole words after rechunk.ts). */
  from: string;
  to: string;
  hash: string;
}

/** The page hashes, in Pagefind's page order, and the index chunks, in word order (`meta`: the pf_meta file, inflated and unsigned). */
export function readMeta(meta: Uint8Array): { pages: string[]; chunks: ChunkRef[] } {
  const top = new CborReader(meta).item();
  if (!Array.isArray(top) || !Array.isArray(top[1]) || !Array.isArray(top[2])) throw new Error('Pagefind metadata without its page and chunk lists');
  const pages = top[1].map((p) => {
    const hash = Array.isArray(p) ? p[0] : undefined;
    if (typeof hash !== 'string') throw new Error('Pagefind metadata: a page without its hash');
    return hash;
  });
  const chunks = top[2].map((c) => {
    const [from, to, hash] = Array.isArray(c) ? c : [];
    if (typeof from !== 'string' || typeof to !== 'string' || typeof hash !== 'string') throw new Error('Pagefind metadata: a malformed index chunk entry');
    return { from, to, hash };
  });
  return { pages, chunks };
}

export const metaPages = (meta: Uint8Array): string[] => readMeta(meta).pages;
export const metaChunks = (meta: Uint8Array): ChunkRef[] => readMeta(meta).chunks;
