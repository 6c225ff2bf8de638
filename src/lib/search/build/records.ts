/**
 * From built pages to index records: classifies each page, cuts its searchable body into passages,
 * and drops a passage already indexed from another UI copy of the same page (same kind, same text),
 * marking the kept one as shared so that it opens in the reader's UI language.
 */
import { classifyPage } from '../shared/page-kind.ts';
import { UI_COPIES } from '../../../site/languages.ts';
import { splitPageWithOutline, type Outline, type Passage } from './passages.ts';


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
  /** Where the passage is in each UI copy of its page (see `placeInCopies`). */
  copies?: Copies;
}

/** Per UI language: the anchor of the passage in that copy of the page, and its heading there. */
export type Copies = Record<string, { anchor: string; title: string; lang: string | null }>;

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
  const outlines = new Map<string, Map<string, Outline>>();
  const placed: { record: IndexRecord; page: string; copy: string }[] = [];
  let pageCount = 0;
  for (const page of pages) {
    const info = classifyPage(page.path);
    if (!info) continue;
    const { passages, outline } = splitPageWithOutline(page.html, { kind: info.kind, fallbackToMain: info.kind !== 'page', translationsOnly: info.translationsOnly ?? false });
    if (passages.length) pageCount++;
    const tail = page.path.slice(info.lang.length);
    const copies = outlines.get(tail) ?? new Map<string, Outline>();
    outlines.set(tail, copies.set(info.lang, outline));
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
      placed.push({ record, page: tail, copy: info.lang });
    }
  }
  for (const { record, page, copy } of placed) record.copies = placeInCopies(record.passage, copy, outlines.get(page)!);
  return { records, pageCount };
}

/**
 * Finds a passage of one UI copy of a page in every copy: an id the other copy also has is the
 * same place (paragraphs, glossary terms, timeline events, figures); a heading with an id of its
 * own language (a chapter's) is the heading at the same position, when both copies have as many
 * headings. The title is that copy's heading, so a result is named in the reader's language.
 */
export function placeInCopies(passage: Passage, copy: string, outlines: ReadonlyMap<string, Outline>): Copies {
  const own = outlines.get(copy)!;
  const mapId = (id: string, other: Outline) => {
    if (!id || other.ids.has(id)) return id;
    const i = own.headings.findIndex((h) => h.id === id);
    return i >= 0 && own.headings.length === other.headings.length ? other.headings[i]!.id : '';
  };
  const out: Copies = {};
  for (const [lang, other] of outlines) {
    const heading = other.headings.find((h) => h.id === mapId(passage.place.id, other));
    out[lang] = heading
      ? { anchor: mapId(passage.anchor, other), title: heading.text, lang: heading.lang }
      : { anchor: mapId(passage.anchor, other), title: lang === copy ? passage.title : other.title, lang: lang === copy ? passage.place.lang : null };
  }
  return out;
}
