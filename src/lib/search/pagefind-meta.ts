/**
 * Reads Pagefind's page list out of its metadata file (`pagefind.{hash}.pf_meta`, CBOR after the
 * `pagefind_dcd` signature), in the order Pagefind numbers the pages. Used at build time to write
 * the facet file in that order and in the browser to read it back (src/lib/search/facets.ts); the
 * format is Pagefind 1.6's, which package.json pins.
 */

export const SIGNATURE = 'pagefind_dcd';

/** The bytes after the signature of an inflated Pagefind file; throws on a file that has none. */
export function unsigned(bytes: Uint8Array): Uint8Array {
  if (new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error('not a Pagefind file (no pagefind_dcd signature)');
  return bytes.subarray(SIGNATURE.length);
}

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | boolean | null | undefined;

/** A CBOR decoder for what Pagefind writes: definite lengths, integers, strings, arrays and maps. */
function decode(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const arg = (info: number): number => {
    if (info < 24) return info;
    const size = info - 24;
    if (size > 3) throw new Error(`CBOR: indefinite or reserved length at byte ${at}`);
    const n = [() => view.getUint8(at), () => view.getUint16(at), () => view.getUint32(at), () => Number(view.getBigUint64(at))][size]!();
    at += 1 << size;
    return n;
  };
  const item = (): Cbor => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20 || info === 21) return info === 21;
      if (info === 22 || info === 23) return info === 22 ? null : undefined;
      if (info < 25 || info > 27) throw new Error(`CBOR: unknown simple value ${info}`);
      const v = info === 26 ? view.getFloat32(at) : info === 27 ? view.getFloat64(at) : NaN; // no half floats in Pagefind's files
      at += 1 << (info - 24);
      return v;
    }
    const n = arg(info);
    switch (major) {
      case 0: return n;
      case 1: return -1 - n;
      case 2: return bytes.subarray(at, (at += n));
      case 3: return text.decode(bytes.subarray(at, (at += n)));
      case 4: return Array.from({ length: n }, item);
      case 5: { const m = new Map<Cbor, Cbor>(); for (let i = 0; i < n; i++) m.set(item(), item()); return m; }
      default: return item(); // a tag: its item
    }
  };
  return item();
}

/** The page hashes of an index, in Pagefind's page order (`meta`: the pf_meta file, inflated and unsigned). */
export function metaPages(meta: Uint8Array): string[] {
  const top = decode(meta);
  const pages = Array.isArray(top) ? top[1] : undefined;
  if (!Array.isArray(pages)) throw new Error('Pagefind metadata without a page list');
  return pages.map((p) => {
    const hash = Array.isArray(p) ? p[0] : undefined;
    if (typeof hash !== 'string') throw new Error('Pagefind metadata: a page without its hash');
    return hash;
  });
}
