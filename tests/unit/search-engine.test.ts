import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGEFIND_VERSION } from '../../src/client/search/engine.ts';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import { decodeFacets, encodeFacets, type FacetFile } from '../../src/lib/search/facets.ts';
import { CborReader, metaChunks, metaPages, unsigned } from '../../src/lib/search/pagefind-meta.ts';
import { rechunk } from '../../src/lib/search/rechunk.ts';
import { renumberPages } from '../../src/lib/search/renumber.ts';
import { concat, head, text } from '../../src/lib/search/cbor-write.ts';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** CBOR of what Pagefind's metadata holds: arrays, text and unsigned integers. */
function encodeCbor(v: unknown): Uint8Array {
  if (Array.isArray(v)) return concat([head(4, v.length), ...v.map(encodeCbor)]);
  if (typeof v === 'string') return text(v);
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return head(0, v);
  throw new Error(`encodeCbor: ${String(v)}`);
}

describe('the search engine and its Pagefind', () => {
  it('drives exactly the Pagefind version package.json pins and node_modules holds', () => {
    // The engine calls Pagefind's WebAssembly exports and reads its files directly: an upgrade
    // must come with a review of src/client/search/engine.ts and pagefind-meta.ts.
    const pkg = json('package.json');
    expect(pkg.dependencies.pagefind).toBe(PAGEFIND_VERSION);
    expect(json('package-lock.json').packages['node_modules/pagefind'].version).toBe(PAGEFIND_VERSION);
    expect(json('node_modules/pagefind/package.json').version).toBe(PAGEFIND_VERSION);
  });
});

describe('the facet file', () => {
  const site = mkdtempSync(join(tmpdir(), 'facets-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const para = (n: number, text: string, lang = 'kk') => `<p id="p${n}" lang="${lang}">${text}</p>`;
  const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><title>Бет · Мұрағат</title></head><body><main><div data-pagefind-body>${body}</div></main></body></html>`;
  const pages = [
    { path: 'kk/papers/alpha/', html: page('kk', `<h2 id="a">Бір</h2>${para(1, 'Қазақ хандығы құрылды.')}${para(2, 'Soft power matters.', 'en')}<h2 id="b">Екі</h2>${para(3, 'Мемлекеттік қызмет.')}`) },
    { path: 'kk/papers/beta/', html: page('kk', `<h2 id="c">Үш</h2>${para(1, 'Сайлау науқаны.')}${para(2, 'Пресс-служба министерства.', 'ru')}`) },
    { path: 'en/chapters/one/', html: page('en', `<h2 id="d">One</h2><p>Public diplomacy in Kazakhstan.</p><h2 id="e">Two</h2><p>Digital diplomacy.</p>`) },
    { path: 'ru/glossary/', html: page('ru', `<dl><dt id="g1">Мягкая сила</dt><dd>Определение.</dd><dt id="g2">Имидж</dt><dd>Образ.</dd></dl>`) },
  ];

  it('gives every passage of a real Pagefind index the filters its fragment carries', async () => {
    await writeSearchIndex(site, '/', pages);
    const out = join(site, 'pagefind');
    const entry = json(join(out, 'pagefind-entry.json'));
    const hash = Object.values(entry.languages as Record<string, { hash: string }>)[0]!.hash;
    const hashes = metaPages(unsigned(gunzipSync(readFileSync(join(out, `pagefind.${hash}.pf_meta`)))));
    const file = json(join(out, `facets.${hash}.json`)) as FacetFile;
    const facets = decodeFacets(file, hashes);
    expect(hashes.length).toBe(9);
    for (const h of hashes) {
      const fragment = JSON.parse(new TextDecoder().decode(unsigned(gunzipSync(readFileSync(join(out, 'fragment', `${hash}_${h}.pf_fragment`))))));
      const { kind, lang, paper } = facets.get(h)!;
      expect({ kind, lang, paper }, fragment.url).toEqual({ kind: fragment.filters.kind[0], lang: fragment.filters.lang[0], paper: fragment.filters.paper?.[0] });
    }
    // Runs of pages sharing their facets: fewer runs than pages.
    expect(file.runs.length / 4).toBeLessThan(hashes.length);
  });

  it('re-cuts the word index into chunks of the target size, every word entry kept as it was', () => {
    const out = join(site, 'pagefind');
    const hash = Object.values(json(join(out, 'pagefind-entry.json')).languages as Record<string, { hash: string }>)[0]!.hash;
    const meta = unsigned(gunzipSync(readFileSync(join(out, `pagefind.${hash}.pf_meta`))));
    const read = (h: string) => unsigned(gunzipSync(readFileSync(join(out, 'index', `${hash}_${h}.pf_index`))));
    const entries = (chunk: Uint8Array) => {
      const r = new CborReader(chunk);
      const list = r.item() as unknown[][];
      return list[0]!;
    };
    const before = metaChunks(meta).flatMap((c) => entries(read(c.hash)));
    let n = 0;
    const { meta: cut, chunks } = rechunk(meta, read, 200, () => `kk_${n++}`);
    const refs = metaChunks(cut);
    expect(refs.length).toBeGreaterThan(3);
    expect(refs.map((c) => c.hash)).toEqual([...chunks.keys()]);
    // The same entries in the same order; each chunk names its first and last word; chunks in word order.
    expect([...chunks.values()].flatMap(entries)).toEqual(before);
    for (const [i, c] of refs.entries()) {
      const words = entries(chunks.get(c.hash)!).map((e) => (e as unknown[])[0]);
      expect([c.from, c.to]).toEqual([words[0], words.at(-1)]);
      if (i) expect(refs[i - 1]!.to < c.from).toBe(true);
    }
    expect(metaPages(cut)).toEqual(metaPages(meta));
  });

  it('names the passages by their number, the rest of the metadata and the fragments unchanged', () => {
    const out = join(site, 'pagefind');
    const hash = Object.values(json(join(out, 'pagefind-entry.json')).languages as Record<string, { hash: string }>)[0]!.hash;
    const meta = unsigned(gunzipSync(readFileSync(join(out, `pagefind.${hash}.pf_meta`))));
    // The index as written is already renumbered: pages 0…8, each with its fragment.
    expect(metaPages(meta)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
    for (const p of metaPages(meta)) expect(() => readFileSync(join(out, 'fragment', `${hash}_${p}.pf_fragment`))).not.toThrow();
    // Renamed from hashes: the same names, every other item unchanged (word counts, chunk list); renamed again: the same bytes.
    const top = (bytes: Uint8Array) => new CborReader(bytes).item() as unknown[];
    const hashed = top(meta);
    (hashed[1] as unknown[][]).forEach((page, i) => { page[0] = `kk_${i}abc`; });
    const { meta: again, hashes } = renumberPages(encodeCbor(hashed));
    expect(hashes).toEqual(metaPages(meta).map((_, i) => `kk_${i}abc`));
    expect(top(again)).toEqual(top(meta));
    expect([...renumberPages(meta).meta]).toEqual([...meta]);
  });

  it('refuses a facet file written for another index', () => {
    const file = encodeFacets([{ kind: ['paper'], lang: ['kk'], paper: ['a'] }, { kind: ['paper'], lang: ['kk'], paper: ['a'] }, { kind: ['chapter'], lang: ['en'] }]);
    expect(file.runs).toEqual([2, 0, 0, 0, 1, 1, 1, -1]);
    expect([...decodeFacets(file, ['x', 'y', 'z']).values()].map((f) => f.paper ?? f.kind)).toEqual(['a', 'a', 'chapter']);
    expect(() => decodeFacets(file, ['x', 'y'])).toThrow(/rebuild the site/);
  });
});
