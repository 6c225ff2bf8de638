/**
 * The search page, <archive-search>: reads the query and the facets from the URL, searches as the
 * reader types, writes them back to the URL (replaceState while typing, pushState on submit and on
 * a facet change), restores them on popstate, and renders the results grouped by paper as plain
 * links to the paragraph in the reader's copy of the page, with the matched words marked. Results
 * come first: the filters are one disclosure ("Filters (2)") above them on a narrow screen and
 * beside them, after them in the Tab order, on a wide one.
 */
import { buildExcerpt } from '../../lib/search/shared/excerpt.ts';
import { execute, type Ranked } from '../../lib/search/shared/execute.ts';
import { GlossaryIndex } from '../../lib/search/shared/glossary.ts';
import { groupResults } from '../../lib/search/shared/groups.ts';
import { resultTarget, type Place } from '../../lib/search/shared/page-kind.ts';
import { formMatcher, planQuery, type Plan } from '../../lib/search/shared/plan.ts';
import type { SearchPageData } from '../../lib/search/shared/page-data.ts';
import { startEngine, type Engine, type Facets } from './engine.ts';
import { intlLocale, LANGS } from '../../site/languages.ts';
import { interpolate } from '../../lib/i18n/interpolate.ts';

const FACETS = ['kind', 'lang', 'paper'] as const;
type FacetName = (typeof FACETS)[number];
const TYPING_DELAY = 200;
/** Where the filters go beside the results (the page's CSS uses the same width). */
const WIDE = '(min-width: 60rem)';

interface State { q: string; equiv: boolean; facets: Record<FacetName, string[]>; pages: number }

class ArchiveSearch extends HTMLElement {
  private data!: SearchPageData;
  private glossary: GlossaryIndex | null = null;
  private input!: HTMLInputElement;
  private equiv!: HTMLInputElement;
  private status!: HTMLElement;
  private results!: HTMLElement;
  private notes!: HTMLElement;
  private facetsBox!: HTMLDetailsElement;
  private filtersLabel!: HTMLElement;
  private more!: HTMLButtonElement;
  /** Watches the last passage shown, to fetch the rest of a page of results when it comes on screen. */
  private lazy: IntersectionObserver | null = null;
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private state: State = { q: '', equiv: true, facets: { kind: [], lang: [], paper: [] }, pages: 1 };

  connectedCallback(): void {
    this.data = JSON.parse(this.querySelector('[data-search-data]')?.textContent ?? '{}') as SearchPageData;
    this.input = this.querySelector<HTMLInputElement>('#search-q')!;
    this.equiv = this.querySelector<HTMLInputElement>('input[name="equiv"]')!;
    this.status = this.querySelector<HTMLElement>('#search-status')!;
    this.results = this.querySelector<HTMLElement>('[data-results]')!;
    this.notes = this.querySelector<HTMLElement>('[data-notes]')!;
    this.facetsBox = this.querySelector<HTMLDetailsElement>('[data-facets]')!;
    this.filtersLabel = this.querySelector<HTMLElement>('[data-filters-label]')!;
    const wide = matchMedia(WIDE);
    this.placeFilters(wide.matches);
    wide.addEventListener('change', (e) => this.placeFilters(e.matches));
    this.more = this.querySelector<HTMLButtonElement>('[data-more]')!;

    const form = this.querySelector('form')!;
    form.addEventListener('submit', (e) => { e.preventDefault(); this.update({ q: this.input.value, pages: 1 }, 'push'); });
    this.input.addEventListener('focus', () => void this.engine().catch(() => {}), { once: true });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.update({ q: this.input.value, pages: 1 }, 'replace'), TYPING_DELAY);
    });
    this.equiv.addEventListener('change', () => this.update({ equiv: this.equiv.checked, pages: 1 }, 'push'));
    this.facetsBox.addEventListener('change', () => this.update({ facets: this.checkedFacets(), pages: 1 }, 'push'));
    this.querySelector('[data-clear]')?.addEventListener('click', () => this.update({ facets: { kind: [], lang: [], paper: [] }, pages: 1 }, 'push'));
    this.more.addEventListener('click', () => this.update({ pages: this.state.pages + 1 }, 'replace', true));
    addEventListener('popstate', () => this.restore());
    // "/" focuses this page's own box rather than the header's.
    addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      e.preventDefault();
      e.stopPropagation();
      this.input.focus();
    }, { capture: true });
    this.restore();
  }

  /**
   * Wide: the filters open, after the results (beside them on screen); narrow: closed, before them.
   * Moving the box keeps the focus where it was.
   */
  private placeFilters(wide: boolean): void {
    const focused = this.facetsBox.contains(document.activeElement) ? document.activeElement as HTMLElement : null;
    this.results.parentElement!.insertBefore(this.facetsBox, wide ? null : this.results);
    this.facetsBox.open = wide;
    focused?.focus();
  }

  /** A UI string the build took from the dictionaries (SearchPage.astro), filled as t() fills it on the server. */
  private t(key: string, vars: Record<string, string | number> = {}): string {
    return interpolate(this.data.strings[key] ?? key, vars, this.data.ui);
  }

  private plural(key: string, n: number): string {
    const rule = new Intl.PluralRules(this.data.ui).select(n);
    return this.t(`${key}.${rule}`, { n: new Intl.NumberFormat(intlLocale(this.data.ui)).format(n) });
  }

  private engine(): Promise<Engine> {
    return startEngine(`${this.data.base}pagefind/`);
  }

  private checkedFacets(): Record<FacetName, string[]> {
    const out = { kind: [], lang: [], paper: [] } as Record<FacetName, string[]>;
    for (const box of this.facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) out[box.name as FacetName]?.push(box.value);
    return out;
  }

  /** Reads the state from the URL (first load and back/forward). */
  private restore(): void {
    const params = new URLSearchParams(location.search);
    this.state = {
      q: params.get('q') ?? '',
      equiv: params.get('equiv') !== 'off',
      facets: { kind: params.getAll('kind'), lang: params.getAll('lang'), paper: params.getAll('paper') },
      pages: 1,
    };
    this.input.value = this.state.q;
    this.equiv.checked = this.state.equiv;
    for (const box of this.facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = this.state.facets[box.name as FacetName]?.includes(box.value) ?? false;
    }
    void this.search();
  }

  private update(change: Partial<State>, history: 'push' | 'replace', appending = false): void {
    clearTimeout(this.timer);
    this.state = { ...this.state, ...change };
    const params = new URLSearchParams();
    if (this.state.q) params.set('q', this.state.q);
    for (const name of FACETS) for (const v of this.state.facets[name]) params.append(name, v);
    if (!this.state.equiv) params.set('equiv', 'off');
    const next = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (next !== `${location.pathname}${location.search}`) window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', next);
    void this.search(appending);
  }

  private async search(appending = false): Promise<void> {
    const id = ++this.run;
    const { q, equiv, facets, pages } = this.state;
    this.toggleAttribute('data-query', Boolean(q.trim()));
    if (!q.trim()) {
      this.lazy?.disconnect();
      this.results.replaceChildren();
      this.results.removeAttribute('data-rest');
      this.notes.hidden = true;
      this.facetsBox.hidden = true;
      this.more.hidden = true;
      this.status.textContent = this.t('search.status.idle');
      return;
    }
    this.results.setAttribute('aria-busy', 'true');
    if (!appending) this.status.textContent = this.t('search.status.loading');
    try {
      const engine = await this.engine();
      this.glossary ??= new GlossaryIndex(this.data.glossary);
      const plan = planQuery(q, this.glossary, { equivalents: equiv });
      const { ranked, usedFallback } = await execute(plan, engine);
      if (id !== this.run) return;
      const visible = ranked.filter((r) => matches(engine.facets.get(r.id), facets));
      this.renderFacets(ranked, engine.facets, facets);
      this.renderNotes(plan, usedFallback.map((c) => c.label));
      await this.renderResults(visible, engine, pages, id, formMatcher(plan));
      if (id !== this.run) return;
      this.status.textContent = visible.length ? this.plural('search.status.count', visible.length) : this.t('search.status.none', { q });
    } catch (e) {
      if (id !== this.run) return;
      console.error(e);
      this.status.textContent = this.t('search.status.error');
    } finally {
      if (id === this.run) this.results.removeAttribute('aria-busy');
    }
  }

  private renderFacets(ranked: Ranked[], all: Map<string, Facets>, selected: Record<FacetName, string[]>): void {
    this.facetsBox.hidden = ranked.length === 0;
    for (const box of this.facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const name = box.name as FacetName;
      // A value's count applies the other facets' choices, not its own.
      const others = { ...selected, [name]: [box.value] };
      const n = ranked.filter((r) => matches(all.get(r.id), others)).length;
      const count = box.parentElement?.querySelector('[data-count]');
      if (count) count.textContent = `(${n})`;
      box.disabled = n === 0 && !box.checked;
    }
    const active = FACETS.reduce((n, name) => n + selected[name].length, 0);
    this.filtersLabel.textContent = active ? this.t('results.filters.active', { n: active }) : this.t('results.filters');
  }

  private renderNotes(plan: Plan, fallbackWords: string[]): void {
    const items: string[] = [];
    if (plan.repaired) items.push(this.t('search.note.repaired', { q: plan.repaired }));
    const readings = plan.readings.filter((r) => fallbackWords.includes(r.word) || /[äğǵqñńöóūüúışçáý]/u.test(r.word));
    if (readings.length) items.push(this.t('search.note.readings', { list: readings.map((r) => `${r.word} → «${r.readings.join('», «')}»`).join('; ') }));
    const equivalents = plan.equivalents.flatMap((m) => LANGS.filter((l) => l !== m.lang && m.terms[l]).map((l) => `«${m.terms[l]}» (${this.t(`langname.${l}`)})`));
    if (equivalents.length) items.push(this.t('search.note.equivalents', { list: equivalents.join(', ') }));
    this.notes.replaceChildren(...items.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
    this.notes.hidden = items.length === 0;
  }

  private async renderResults(visible: Ranked[], engine: Engine, pages: number, id: number, isForm: ReturnType<typeof formMatcher>): Promise<void> {
    // Within a kind of its own (the glossary, a timeline), the copy in the reader's language first.
    const groups = groupResults(visible, (rid) => engine.facets.get(rid), pages, 12, (rid) => engine.facets.get(rid)?.lang === this.data.ui);
    const chosen = groups.flatMap((g) => g.items);
    this.more.hidden = chosen.length >= visible.length;
    this.lazy?.disconnect();
    // Fragments are fetched for the passages a first screen shows; the rest when the reader scrolls
    // to the last one shown (a first screen holds one to four of the twelve).
    const show = async (count: number): Promise<void> => {
      const shownIds = new Set(chosen.slice(0, count).map((r) => r.id));
      const fragments = new Map(await Promise.all([...shownIds].map(async (rid) => [rid, await engine.fragment(rid)] as const)));
      if (id !== this.run) return;
      const rendered = groups.map((g, i) => {
        // A passage none of whose matches is a form of a searched word (only «выборка» for «выборы»,
        // only a URL) is not shown.
        const hits = g.items.filter((r) => shownIds.has(r.id)).map((r) => this.hit(r, fragments.get(r.id)!, isForm)).filter((li) => li !== null);
        if (!hits.length) return null;
        const list = document.createElement('ol');
        list.append(...hits);
        return this.group(g.key, i, g.total, list);
      }).filter((s) => s !== null);
      this.results.replaceChildren(...rendered);
      const last = rendered.at(-1)?.querySelector('li:last-child');
      // Marks a page of results whose rest is still to be fetched (the tests scroll to it).
      this.results.toggleAttribute('data-rest', count < chosen.length);
      if (count >= chosen.length) return;
      if (!last) return show(chosen.length);
      this.lazy = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.lazy?.disconnect();
        void show(chosen.length);
      });
      this.lazy.observe(last);
    };
    await show(pages > 1 ? chosen.length : Math.min(chosen.length, this.firstScreen()));
  }

  /**
   * How many passages a first screen shows, from the room below the top of the results: a passage
   * with its 30-word excerpt takes 150 to 240 px beside the filters, 170 to 310 px on a narrow screen.
   */
  private firstScreen(): number {
    const room = innerHeight - Math.max(0, this.results.getBoundingClientRect().top);
    const perPassage = this.results.clientWidth < 600 ? 200 : 150;
    return Math.max(3, Math.ceil(room / perPassage) + 1);
  }

  private group(key: string, index: number, total: number, list: HTMLOListElement): HTMLElement {
    const section = document.createElement('section');
    section.className = 'group';
    const h = document.createElement('h2');
    h.id = `results-${index}`;
    section.setAttribute('aria-labelledby', h.id);
    const [type, value = ''] = key.split(':');
    const title = document.createElement('span');
    if (type === 'paper') {
      const paper = this.data.papers[value];
      title.textContent = paper?.title ?? value;
      if (paper && paper.lang !== this.data.ui) title.lang = paper.lang;
    } else {
      title.textContent = this.t(`search.kind.${value}`);
    }
    const count = Object.assign(document.createElement('span'), { className: 'muted', textContent: ` · ${this.plural('search.group.count', total)}` });
    h.append(title, count);
    section.append(h, list);
    return section;
  }

  private hit(r: Ranked, f: Awaited<ReturnType<Engine['fragment']>>, isForm: ReturnType<typeof formMatcher>): HTMLLIElement | null {
    const lang = f.filters['lang']?.[0] ?? this.data.ui;
    const ex = buildExcerpt(f, r.locations, 30, (word) => isForm(word, lang));
    if (r.locations.length && !ex.parts.some((p) => p.mark)) return null;
    const target = resultTarget(f.url, ex.anchor, f.meta, this.data.ui, this.data.base);
    // The words to mark on the landed page, when that page shows the passage's text: the original
    // (in every copy) or a translation into the reader's language.
    const onPage = f.meta['translation'] !== '1' || lang === this.data.ui;
    const params = ex.terms.length && onPage ? `?${new URLSearchParams({ highlight: ex.terms.join(' ') })}` : '';
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.className = 'hit';
    a.href = `${target.page}${params}${target.anchor ? `#${target.anchor}` : ''}`;
    if (ex.paragraph !== null) {
      // Seen as "¶ 12", heard as "paragraph 12".
      const n = Object.assign(document.createElement('span'), { className: 'para' });
      const seen = Object.assign(document.createElement('span'), { textContent: this.t('search.result.paragraph', { n: ex.paragraph }) });
      seen.setAttribute('aria-hidden', 'true');
      n.append(seen, Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: this.t('search.result.paragraphLabel', { n: ex.paragraph }) }), ' ');
      a.append(n);
    }
    a.append(this.placeLabel(target.place ?? { anchor: '', title: f.meta['title'] ?? '', lang: lang === this.data.ui ? null : lang }));
    // The passage's language, when it is not the reader's, and whether it is the archive's translation.
    const language = f.meta['translation'] === '1' ? this.t(`results.translation.${lang}`) : lang !== this.data.ui ? this.t(`results.inLang.${lang}`) : '';
    if (language) a.append(' ', Object.assign(document.createElement('span'), { className: f.meta['translation'] === '1' ? 'tr-badge' : 'lang-label', textContent: language }));
    const p = document.createElement('p');
    p.className = 'excerpt';
    if (lang !== this.data.ui) p.lang = lang;
    p.append(...ex.parts.map((part) => (part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : document.createTextNode(part.text))));
    li.append(a, p);
    return li;
  }

  /**
   * The heading a result stands under, as the reader's copy of the page shows it: a heading of the
   * page itself is in the reader's language; a text's own heading in another language (a paper's
   * section, which the archive does not translate) is named by its number, "Section 1.1", or, when
   * it has none, quoted in its language.
   */
  private placeLabel(place: Place): HTMLElement {
    const label = Object.assign(document.createElement('span'), { className: 'place' });
    const number = /^(\d+(?:\.\d+)*)\.?\s/u.exec(place.title)?.[1];
    if (!place.lang || place.lang === this.data.ui) label.textContent = place.title;
    else if (number) label.textContent = this.t('results.section', { n: number });
    else Object.assign(label, { textContent: place.title, lang: place.lang, className: 'place quote' });
    return label;
  }
}

function matches(f: Facets | undefined, selected: Record<FacetName, string[]>): boolean {
  if (!f) return false;
  return FACETS.every((name) => !selected[name].length || selected[name].includes(f[name] ?? ''));
}

customElements.define('archive-search', ArchiveSearch);
