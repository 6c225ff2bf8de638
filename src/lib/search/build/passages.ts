/**
 * Splits a built page into search passages: runs of consecutive blocks (paragraphs, list items,
 * table figures) of the page's searchable body (data-pagefind-body; chrome outside it or marked
 * data-pagefind-ignore is left out), cut at every heading, at every change of text language, at
 * every entry of a glossary or timeline, and when a run reaches about `targetWords` words. A passage is the unit Pagefind
 * indexes, so a result downloads one passage (a kilobyte or two), never a whole dissertation
 * section; the ids inside it (p12, headings) become Pagefind anchors, which the browser turns into
 * the paragraph a match is in.
 *
 * Build-time only (node-html-parser).
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import type { Kind } from '../shared/page-kind.ts';
import { DEFAULT_LANG } from '../../../site/languages.ts';
import { escapeHtml } from '../../core/html.ts';

export interface Passage {
  /** Kind of the page (a search facet). */
  kind: Kind;
  /** Language of the passage's text (not of the page's chrome). */
  lang: string;
  /** Heading the passage sits under, or the page's title. */
  title: string;
  /**
   * The heading the passage stands under, to name it in another copy of the page: the id of the
   * nearest heading with one ('' for none), and the heading's own language when it is a text's own
   * heading (lang="kk" on a paper's section heading) rather than the page's label in its UI language.
   */
  place: { id: string; lang: string | null };
  /** Id to link to when no paragraph anchor precedes a match: the first id in or before the passage. */
  anchor: string;
  /** The passage's blocks: their ids (anchors for the paragraph of a match) and visible text. */
  blocks: { id: string; text: string; heading: boolean }[];
  /** Plain text of the passage (for counts and for baselines that index text). */
  text: string;
  words: number;
  /** The passage is the archive's editorial translation of the paragraphs it anchors to. */
  translation: boolean;
}

export interface SplitOptions {
  kind: Kind;
  /** A run of blocks is closed when adding the next block would pass this many words. */
  targetWords?: number;
  /** Use <main> when the page marks no data-pagefind-body (content kinds only). */
  fallbackToMain?: boolean;
  /** Index only the editorial translations (data-translation-of) of the page, and its headings. */
  translationsOnly?: boolean;
}

const SKIP = new Set(['summary', 'script', 'style', 'svg', 'form', 'nav', 'button', 'template', 'noscript', 'input', 'select', 'textarea', 'canvas', 'iframe']);
const CONTAINERS = new Set(['div', 'section', 'article', 'aside', 'main', 'ul', 'ol', 'dl', 'details', 'header', 'footer', 'blockquote', 'hgroup']);
const BLOCKS = new Set([...CONTAINERS, 'p', 'li', 'dt', 'dd', 'figure', 'table', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'address']);
const HEADING = /^h[1-6]$/;
/** Kinds whose blocks with an id are entries of their own (a glossary term, a timeline event). */
const ENTRY_KINDS: ReadonlySet<Kind> = new Set(['glossary', 'timeline']);

interface Block { lang: string; heading: boolean; id: string; text: string; words: number; translation?: boolean; ownLang?: string | null }

const tag = (n: Node) => (n as HTMLElement).tagName?.toLowerCase() ?? '';
const isElement = (n: Node): n is HTMLElement => n.nodeType === 1;
const ignored = (el: HTMLElement) => SKIP.has(tag(el)) || el.hasAttribute('data-pagefind-ignore') || el.hasAttribute('hidden');
const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Visible text of an element without its ignored parts (paragraph numbers, notes). */
function textOf(el: HTMLElement, skipClass?: string): string {
  let out = '';
  for (const c of el.childNodes) {
    if (isElement(c)) { if (!ignored(c) && !(skipClass && c.classList.contains(skipClass))) out += ` ${textOf(c, skipClass)} `; } else if (c.nodeType === 3) out += c.text;
  }
  return out.replace(/\s+/g, ' ').trim();
}

function collect(el: HTMLElement, lang: string, out: Block[], translationsOnly = false): void {
  for (const child of el.childNodes) {
    if (!isElement(child) || ignored(child)) continue;
    const l = child.getAttribute('lang') ?? lang;
    const t = tag(child);
    const of = child.getAttribute('data-translation-of');
    if (of) {
      // An editorial translation of paragraph pN: a block of its own, anchored at that paragraph.
      const text = textOf(child);
      if (text) out.push({ lang: l, heading: false, id: of, text, words: wordsOf(text), translation: true });
      continue;
    }
    if (translationsOnly && !HEADING.test(t)) {
      if (isElement(child)) collect(child, l, out, true);
      continue;
    }
    const id = child.getAttribute('id') ?? '';
    const hasBlocks = child.childNodes.some((c) => isElement(c) && BLOCKS.has(tag(c)));
    if (CONTAINERS.has(t) && hasBlocks && !/^p\d+$/.test(id)) {
      // A container's own id still marks where its content starts.
      if (id) out.push({ lang: l, heading: false, id, text: '', words: 0 });
      collect(child, l, out, translationsOnly);
      continue;
    }
    const text = textOf(child);
    if (!text && !id) continue;
    out.push({ lang: l, heading: HEADING.test(t), id, text, words: wordsOf(text), ownLang: child.getAttribute('lang') ?? null });
  }
}

/** The searchable regions of a page: its data-pagefind-body elements (or <main> as a fallback). */
function regions(root: HTMLElement, fallbackToMain: boolean): HTMLElement[] {
  const marked = root.querySelectorAll('[data-pagefind-body]');
  if (marked.length) return marked;
  const main = fallbackToMain ? root.querySelector('main') : null;
  return main ? [main] : [];
}

/**
 * What another copy of a page needs to find a passage in it: every id of the page, and its headings
 * with an id, in order (the copies of a chapter name their headings in their own language).
 */
export interface Outline { title: string; ids: Set<string>; headings: { id: string; text: string; lang: string | null }[] }

export function splitPage(html: string, options: SplitOptions): Passage[] {
  return splitPageWithOutline(html, options).passages;
}

export function splitPageWithOutline(html: string, options: SplitOptions): { passages: Passage[]; outline: Outline } {
  const { kind, targetWords = 150, fallbackToMain = false } = options;
  const root = parse(html, { comment: false });
  const pageLang = root.querySelector('html')?.getAttribute('lang') ?? DEFAULT_LANG;
  const pageTitle = (root.querySelector('title')?.text ?? '').split(' · ')[0]?.trim() ?? '';
  const passages: Passage[] = [];
  let title = pageTitle;
  let place: Passage['place'] = { id: '', lang: null };
  let lastId = '';
  const byId = elementsById(root);

  for (const region of regions(root, fallbackToMain)) {
    // A region's passages stand under the heading that labels it (a paper's "Text" section), never
    // under the last heading of the region before (the summary's).
    const label = labelOf(byId, region);
    title = label?.text ?? pageTitle;
    place = { id: label?.id ?? '', lang: label?.lang ?? null };
    const blocks: Block[] = [];
    collect(region, region.getAttribute('lang') ?? closestLang(region) ?? pageLang, blocks, options.translationsOnly ?? false);
    let run: Block[] = [];
    let runAnchor = '';
    const flush = () => {
      const content = run.filter((b) => b.text && !b.heading);
      if (content.length) {
        const text = run.map((b) => b.text).filter(Boolean).join(' ');
        passages.push({
          kind, lang: content[0]!.lang, title, place, anchor: runAnchor, translation: content.every((b) => b.translation === true),
          blocks: run.filter((b) => b.text || b.id).map((b) => ({ id: b.id, text: b.text, heading: b.heading })), text, words: wordsOf(text),
        });
      }
      run = [];
    };
    for (const b of blocks) {
      if (b.heading) {
        flush();
        title = b.text || title;
        // A heading without an id (a summary's language) keeps the place of the heading above it.
        if (b.id) place = { id: b.id, lang: b.ownLang ?? null };
        // A translations-only copy takes its titles from the headings; their words are the original's.
        if (options.translationsOnly) continue;
      } else if (run.some((r) => r.text && !r.heading)) {
        const words = run.reduce((n, r) => n + r.words, 0);
        const langChange = b.text && run.some((r) => r.text && !r.heading && (r.lang !== b.lang || (r.translation ?? false) !== (b.translation ?? false)));
        if (langChange || words + b.words > targetWords || (ENTRY_KINDS.has(kind) && b.id)) flush();
      }
      if (!run.length) runAnchor = b.id || lastId;
      if (b.id) lastId = b.id;
      run.push(b);
    }
    flush();
  }
  const headings = [...byId.values()].filter((h) => HEADING.test(tag(h)));
  const outline: Outline = { title: pageTitle, ids: new Set(byId.keys()), headings: headings.map(headingOf) };
  return { passages, outline };
}

/** Every element with an id, in document order (one walk: selector queries are slow on long pages). */
function elementsById(root: HTMLElement): Map<string, HTMLElement> {
  const out = new Map<string, HTMLElement>();
  const walk = (el: HTMLElement) => {
    for (const c of el.childNodes) {
      if (!isElement(c)) continue;
      if (c.id && !out.has(c.id)) out.set(c.id, c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** A heading as another copy names it: its text without the "editorial" badge, and its own language. */
const headingOf = (h: HTMLElement) => ({ id: h.id, text: textOf(h, BADGE), lang: h.getAttribute('lang') ?? null });
const BADGE = 'editorial-badge';

/** The heading of the nearest section labelled by one (aria-labelledby) around a region, if any. */
function labelOf(byId: ReadonlyMap<string, HTMLElement>, region: HTMLElement): { id: string; text: string; lang: string | null } | undefined {
  for (let p: HTMLElement | null = region; p; p = p.parentNode) {
    const h = byId.get(p.getAttribute?.('aria-labelledby') ?? '');
    if (h && HEADING.test(tag(h))) return headingOf(h);
  }
  return undefined;
}

function closestLang(el: HTMLElement): string | undefined {
  for (let p = el.parentNode; p; p = p.parentNode) {
    const l = p.getAttribute?.('lang');
    if (l) return l;
  }
  return undefined;
}


/**
 * The little HTML document Pagefind indexes for a passage: its text in one <p> per block, each id
 * kept on an empty marker (a Pagefind anchor with its word position, without a second copy of the
 * text in the fragment), the facets as filters (kind, text language, paper) and what a result
 * shows as metadata.
 */
export function passageDocument(p: Passage, extra: { paper?: string | undefined; shared: boolean; copies?: Record<string, unknown> | undefined }): string {
  const filters = [['kind', p.kind], ['lang', p.lang], ...(extra.paper ? [['paper', extra.paper]] : [])];
  const meta = [
    ['title', p.title], ['anchor', p.anchor], ['shared', extra.shared ? '1' : '0'], ['translation', p.translation ? '1' : '0'],
    // Where the passage is, and under which heading, in each UI copy of its page (records.ts).
    ...(extra.copies ? [['copies', JSON.stringify(extra.copies)]] : []),
  ];
  const head = [
    ...meta.map(([k, v]) => `<meta data-pagefind-meta="${k}[content]" content="${escapeHtml(v ?? '')}">`),
    ...filters.map(([k, v]) => `<meta data-pagefind-filter="${k}[content]" content="${escapeHtml(v ?? '')}">`),
  ].join('');
  const body = p.blocks.map((b) => `<p>${b.id ? `<span id="${escapeHtml(b.id)}"></span>` : ''}${escapeHtml(b.text)}</p>`).join('\n');
  return `<!doctype html><html lang="${escapeHtml(p.lang)}"><head>${head}</head><body><div data-pagefind-body>\n${body}\n</div></body></html>`;
}
