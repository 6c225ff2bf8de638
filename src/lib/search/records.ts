/**
 * From built pages to index records: classifies each page, cuts its searchable body into passages,
 * and drops a passage already indexed from another UI copy of the same page (same kind, same text),
 * marking the kept one as shared so that it opens in the reader's UI language.
 */
import { classifyPage } from './page-kind.ts';
import { splitPage, type Passage } from './passages.ts';

const UI_COPIES = 3;

export interface IndexRecord {
  /**
   * Unique URL of the record: the page URL (with the base path) and the passage's first anchor.
   * Pagefind keeps one record per URL; the browser links to the paragraph a match is in.
   */
  url: string;
  passage: Passage;
  paper?: string | undefined;
  /** The same text is published under every UI language: open it in the reader's. */
  shared: boolean;
}

export interface BuiltPage {
  /** Path under the site root, without the base: "kk/papers/slug/1-1/". */
  path: string;
  html: string;
}

/** `pages` may be a generator: each page is read once and not kept (a large site is never held whole in memory). */
export function collectPassages(pages: Iterable<BuiltPage>, base: string): { records: IndexRecord[]; pageCount: number } {
  const records: IndexRecord[] = [];
  const seen = new Map<string, { record: IndexRecord; copies: number }>();
  const urls = new Set<string>();
  let pageCount = 0;
  for (const page of pages) {
    const info = classifyPage(page.path);
    if (!info) continue;
    const passages = splitPage(page.html, { kind: info.kind, fallbackToMain: info.kind !== 'page', translationsOnly: info.translationsOnly ?? false });
    if (passages.length) pageCount++;
    const tail = page.path.slice(info.lang.length);
    for (const passage of passages) {
      const key = `${info.kind}${tail}\u0000${passage.text}`;
      const twin = seen.get(key);
      if (twin) {
        // Shared only when every UI copy carries the same text.
        twin.record.shared ||= ++twin.copies === UI_COPIES;
        continue;
      }
      let url = `${base}${page.path}#${passage.anchor || 'top'}`;
      while (urls.has(url)) url = `${base}${page.path}#${passage.anchor || 'top'}~${urls.size}`;
      urls.add(url);
      // A translation opens on the page that shows it (the reader's language is the translation's).
      const record: IndexRecord = { url, passage, paper: info.paper, shared: info.kind === 'paper' && !info.translationsOnly };
      seen.set(key, { record, copies: 1 });
      records.push(record);
    }
  }
  return { records, pageCount };
}
