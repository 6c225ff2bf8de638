/**
 * The facets of every passage (kind, text language, paper), in the search file written beside the
 * index at build time (src/lib/search/shared/index-meta.ts): the browser needs them for every
 * passage found, to group and filter the results, before it fetches any passage's text. Pagefind's
 * own filter index would need one search per filter value to say which passage has which value (one
 * per paper: start-up growing with the archive); this lists, in Pagefind's page order, runs of
 * consecutive pages sharing their facets. The build adds the passages grouped by facets, so a
 * paper's passages are one run and the list grows with the papers, not the passages.
 */

export interface Facets { kind: string; lang: string; paper?: string | undefined; [filter: string]: string | undefined }

export interface FacetFile {
  /** The filters, and for each the values the runs point to. */
  values: Record<string, string[]>;
  /** Runs: a page count followed by one value index per filter (−1: the pages have none). */
  runs: number[];
}

/** The facet file for pages in Pagefind's order, given each page's filters (from its fragment). */
export function encodeFacets(pages: Iterable<Record<string, string[]>>): FacetFile {
  const values: Record<string, string[]> = { kind: [], lang: [], paper: [] };
  const rows: Record<string, string[]>[] = [...pages];
  for (const filters of rows) for (const name of Object.keys(filters)) values[name] ??= [];
  const names = Object.keys(values);
  const runs: number[] = [];
  let last = '';
  for (const filters of rows) {
    const row = names.map((name) => {
      const v = filters[name]?.[0];
      if (v === undefined) return -1;
      const list = values[name]!;
      const i = list.indexOf(v);
      return i >= 0 ? i : list.push(v) - 1;
    });
    const key = row.join(',');
    if (key === last) runs[runs.length - row.length - 1]!++;
    else runs.push(1, ...row);
    last = key;
  }
  return { values, runs };
}

/** Each page's facets, by page hash (`hashes` in Pagefind's page order). */
export function decodeFacets(file: FacetFile, hashes: readonly string[]): Map<string, Facets> {
  const names = Object.keys(file.values);
  const out = new Map<string, Facets>();
  let page = 0;
  for (let r = 0; r < file.runs.length; r += names.length + 1) {
    const facets: Facets = { kind: '', lang: '' };
    names.forEach((name, j) => {
      const v = file.values[name]![file.runs[r + 1 + j]!];
      if (v !== undefined) facets[name] = v;
    });
    // Passages of a run share one (read-only) object.
    for (let n = file.runs[r]!; n > 0; n--) out.set(hashes[page++]!, facets);
  }
  if (page !== hashes.length) throw new Error(`the facet file covers ${page} pages, the index has ${hashes.length}: rebuild the site`);
  return out;
}
