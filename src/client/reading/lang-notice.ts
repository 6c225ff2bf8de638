// <lang-notice>: under the paragraph a link opened (#pN), when it is in another language than the
// interface, a short note saying so ("Paragraph 94 is in Kazakh."), with the page notice's links
// (summary, translation). One note at a time; it goes below the paragraph so that nothing above it
// moves. The paragraph is the address's target, wherever it is in the page.
import { defineElement, WidgetElement } from '../elements/define.ts';

export class LangNotice extends WidgetElement {
  #note: HTMLElement | null = null;

  protected init(): void {
    this.#noteTarget();
    addEventListener('hashchange', () => this.#noteTarget());
  }

  #noteTarget(): void {
    this.#note?.remove();
    this.#note = null;
    const id = decodeURIComponent(location.hash.slice(1));
    const para = id ? document.getElementById(id)?.closest<HTMLElement>('.para') : null;
    const ui = document.documentElement.lang;
    if (!para?.lang || para.lang === ui) return;
    const text = this.getAttribute(`data-para-${para.lang}`);
    const links = this.querySelector('template')?.content;
    if (!text || !links) return;
    // Inside a list item a block span; elsewhere a paragraph after the block (and its translation).
    const note = document.createElement(para.tagName === 'LI' ? 'span' : 'p');
    note.className = 'lang-notice para-lang-note';
    note.lang = ui;
    note.append(`${text.replace('{n}', para.id.slice(1))} `, links.cloneNode(true));
    if (para.tagName === 'LI') para.append(note);
    else (para.closest('.aligned') ?? para).after(note);
    this.#note = note;
  }
}

defineElement('lang-notice', LangNotice);
