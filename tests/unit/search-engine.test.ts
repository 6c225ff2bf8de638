import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGEFIND_VERSION } from '../../src/client/search/engine.ts';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import { decodeFacets, encodeFacets } from '../../src/lib/search/shared/facets.ts';
import { CborReader, metaChunks, metaPages, unsigned } from '../../src/lib/search/shared/pagefind-meta.ts';
import { rechunk } from '../../src/lib/search/build/rechunk.ts';
import { chunksFor, joinMeta, pageName, splitMeta, type SearchFile } from '../../src/lib/search/shared/index-meta.ts';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

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

  const inflated = (file: string) => unsigned(gunzipSync(readFileSync(file)));
  /** The index as the archive writes it (src/integrations/search-index.ts). */
  const written = async () => {
    const out = join(site, 'pagefind');
    const hash = Object.values(json(join(out, 'pagefind-entry.json')).languages as Record<string, { hash: string }>)[0]!.hash;
    return { out, hash, file: JSON.parse(new TextDecoder().decode(inflated(join(out, `search.${hash}.pf_json`)))) as SearchFile };
  };
  const entries = (chunk: Uint8Array) => (new CborReader(chunk).item() as unknown[][])[0]!;

  /** A Pagefind index as Pagefind writes it, of the same pages. */
  const raw = join(site, 'raw');
  const rawIndex = async () => {
    const pagefind = await import('pagefind');
    const { index } = await pagefind.createIndex({ forceLanguage: 'kk' });
    for (const p of pages) await index!.addHTMLFile({ url: `/${p.path}`, content: p.html });
    await index!.writeFiles({ outputPath: raw });
    await pagefind.close();
    const hash = Object.values(json(join(raw, 'pagefind-entry.json')).languages as Record<string, { hash: string }>)[0]!.hash;
    return { meta: inflated(join(raw, `pagefind.${hash}.pf_meta`)), read: (h: string) => inflated(join(raw, 'index', `${h}.pf_index`)) };
  };

  it('gives every passage of a real Pagefind index the filters its fragment carries', async () => {
    await writeSearchIndex(site, '/', pages);
    const { out, hash, file } = await written();
    const names = file.words.map((_, i) => pageName(i));
    const facets = decodeFacets(file.facets, names);
    expect(names.length).toBe(9);
    for (const name of names) {
      const fragment = JSON.parse(new TextDecoder().decode(inflated(join(out, 'fragment', `${hash}_${name}.pf_fragment`))));
      const { kind, lang, paper } = facets.get(name)!;
      expect({ kind, lang, paper }, fragment.url).toEqual({ kind: fragment.filters.kind[0], lang: fragment.filters.lang[0], paper: fragment.filters.paper?.[0] });
      expect(file.words[parseInt(name, 36)]).toBe(fragment.word_count);
    }
    // Runs of pages sharing their facets: fewer runs than pages.
    expect(file.facets.runs.length / 4).toBeLessThan(names.length);
    // Each chunk, named by its number, begins with the word the search file gives for it.
    file.chunks.forEach((first, i) => expect((entries(inflated(join(out, 'index', `${hash}_${pageName(i)}.pf_index`)))[0] as unknown[])[0]).toBe(first));
  });

  it('re-cuts the word index into chunks of the target size, every word entry kept as it was', async () => {
    const { meta, read } = await rawIndex();
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

  it('gives the WebAssembly the metadata Pagefind wrote, passages named by number, from a search file', async () => {
    const { meta } = await rawIndex();
    const top = (bytes: Uint8Array) => new CborReader(bytes).item() as unknown[];
    const split = splitMeta(meta);
    const original = top(meta);
    const joined = top(joinMeta(split.rest, split.words));
    expect(split.hashes).toEqual(metaPages(meta));
    expect(split.chunks.map((c) => c.hash)).toEqual(metaChunks(meta).map((c) => c.hash));
    // The same version, filters, sorts and fields; the same word counts under the new names; no chunk list.
    expect(joined[1]).toEqual((original[1] as unknown[][]).map((p, i) => [pageName(i), p[1], p[2]]));
    expect(joined[2]).toEqual([]);
    expect([joined[0], ...joined.slice(3)]).toEqual([original[0], ...original.slice(3)]);
    // Word counts of every CBOR width, and names past one digit.
    const counts = Array.from({ length: 40 }, (_, i) => [0, 23, 24, 255, 256, 65535, 65536, 1e6][i % 8]!);
    expect((top(joinMeta(split.rest, counts))[1] as unknown[][])).toEqual(counts.map((n, i) => [pageName(i), n, '']));
  });

  it('picks the chunks that can hold a word a key begins, from the first word of each', () => {
    const firsts = ['а', 'дипломат', 'мем', 'соц'];
    expect(chunksFor(firsts, ['мемлекет'])).toEqual([2]);
    // A key before a chunk's first word may end the chunk before it.
    expect(chunksFor(firsts, ['дип'])).toEqual([0, 1]);
    expect(chunksFor(firsts, ['хан'])).toEqual([3]);
    expect(chunksFor(firsts, ['а', 'соц'])).toEqual([0, 3]);
  });

  it('refuses a facet file written for another index', () => {
    const file = encodeFacets([{ kind: ['paper'], lang: ['kk'], paper: ['a'] }, { kind: ['paper'], lang: ['kk'], paper: ['a'] }, { kind: ['chapter'], lang: ['en'] }]);
    expect(file.runs).toEqual([2, 0, 0, 0, 1, 1, 1, -1]);
    expect([...decodeFacets(file, ['x', 'y', 'z']).values()].map((f) => f.paper ?? f.kind)).toEqual(['a', 'a', 'chapter']);
    expect(() => decodeFacets(file, ['x', 'y'])).toThrow(/rebuild the site/);
  });
});
