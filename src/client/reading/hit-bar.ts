// The hit bar of a page opened from a search result (?highlight=): "Match 3 of 9", previous and next
// (each scrolls to its match and marks it as the current one), and "Clear marks", which removes the
// marks and ?highlight= from the address. The page holds the bar hidden; without script it stays so.
const fill = (template: string, vars: Record<string, number>) => template.replace(/\{(\w+)\}/g, (m, k: string) => String(vars[k] ?? m));

export class HitBar extends HTMLElement {
  #marks: HTMLElement[] = [];
  #at = -1;
  #status: HTMLElement | null = null;

  connectedCallback(): void {
    this.#marks = [...(this.closest('main') ?? document.body).querySelectorAll<HTMLElement>('mark.search-hit')];
    this.#status = this.querySelector('[data-hit-status]');
    this.querySelector('[data-hit="prev"]')?.addEventListener('click', () => this.#go(this.#at - 1));
    this.querySelector('[data-hit="next"]')?.addEventListener('click', () => this.#go(this.#at + 1));
    this.querySelector('[data-hit="clear"]')?.addEventListener('click', () => this.#clear());
    this.hidden = false;
    if (!this.#marks.length) {
      for (const b of this.querySelectorAll<HTMLElement>('[data-hit="prev"], [data-hit="next"]')) b.hidden = true;
      setTimeout(() => this.#say(this.dataset['none'] ?? ''));
      return;
    }
    // Start at the first match in or after the paragraph the link opened (the browser has scrolled
    // there); without one, at the first match, brought into view.
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    const first = target ? this.#marks.findIndex((m) => target.contains(m) || !!(target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) : -1;
    // The status speaks once the bar is shown (a live region that appears with its text may stay silent).
    setTimeout(() => this.#go(Math.max(first, 0), !target));
  }

  /** Makes match i (wrapping around) the current one. */
  #go(i: number, scroll = true): void {
    const n = this.#marks.length;
    this.#marks[this.#at]?.removeAttribute('aria-current');
    this.#at = (i + n) % n;
    const mark = this.#marks[this.#at]!;
    mark.setAttribute('aria-current', 'true');
    if (scroll) mark.scrollIntoView({ block: 'center' });
    this.#say(fill(this.dataset['status'] ?? '', { i: this.#at + 1, n }));
  }

  #clear(): void {
    // Focus goes to the paragraph of the current match, so that the keyboard keeps its place.
    const place = this.#marks[this.#at]?.closest<HTMLElement>('.para, p, li');
    for (const m of this.#marks) {
      const parent = m.parentNode;
      m.replaceWith(m.textContent ?? '');
      parent?.normalize();
    }
    this.#marks = [];
    const url = new URL(location.href);
    url.searchParams.delete('highlight');
    history.replaceState(history.state, '', url);
    for (const b of this.querySelectorAll<HTMLElement>('button')) b.hidden = true;
    // The status stays in the page (out of sight) to say that the marks are gone.
    this.querySelector('.hit-bar')?.classList.add('visually-hidden');
    this.#say(this.dataset['cleared'] ?? '');
    if (place) {
      place.tabIndex = -1;
      place.focus({ preventScroll: true });
    }
  }

  #say(text: string): void {
    if (this.#status) this.#status.textContent = text;
  }
}
