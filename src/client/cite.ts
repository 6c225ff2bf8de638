// <cite-panel> in the browser (a paper's cite panel, a figure's citation): copy buttons, the remembered
// style, and the "cite this paragraph" dialog, which fills the paragraph number into the templates
// the build rendered for this page.
import type { StyleId } from '../site/cite-styles.ts';
import { quoteWithCitation } from '../lib/cite/translated-quote.ts';
import { LANG, type Lang } from '../site/languages.ts';
import { defineElement, WidgetElement } from './elements/define.ts';

interface ParagraphTemplate { html: string; form: 'note' | 'intext' }
type Templates = Partial<Record<StyleId, ParagraphTemplate>>;

const STORE = 'archive-cite-style';
const fill = (s: string, n: string) => s.replaceAll('{n}', n);

function remembered(): string | null {
  try { return localStorage.getItem(STORE); } catch { return null; }
}
function remember(style: string): void {
  try { localStorage.setItem(STORE, style); } catch { /* private mode: not remembered */ }
}

async function copyText(text: string, html: string | undefined, status: HTMLElement | null): Promise<void> {
  try {
    if (html && typeof ClipboardItem !== 'undefined') {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    if (status) status.textContent = status.dataset['copied'] ?? '';
  } catch {
    if (status) status.textContent = status.dataset['failed'] ?? '';
  }
}

function checkStyle(group: ParentNode, name: string, style: string): void {
  const input = group.querySelector<HTMLInputElement>(`input[name="${name}"][value="${style}"]`);
  if (input) input.checked = true;
}

/**
 * <cite-panel>: a panel of styles (one radio group), each shown with a Copy button: the remembered
 * style is chosen, the buttons appear and copy their style's text (a record in <pre> as plain text
 * only). The paper's panel also holds the "cite this paragraph" dialog; a figure's has none. Every
 * panel on a page is its own element.
 */
export class CitePanel extends WidgetElement {
  protected init(): void {
    const name = this.querySelector<HTMLInputElement>('.cite-styles input[type="radio"]')?.name;
    if (!name) return;
    const status = this.querySelector<HTMLElement>('[data-cite-status]');
    const saved = remembered();
    if (saved) checkStyle(this, name, saved);

    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) {
      button.hidden = false;
      button.addEventListener('click', () => {
        const text = button.parentElement?.querySelector<HTMLElement>('.cite-text');
        if (text) void copyText(text.textContent?.trim() ?? '', text.tagName === 'PRE' ? undefined : text.innerHTML, status);
      });
    }
    this.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      if (input.name === name) remember(input.value);
    });

    const data = this.querySelector('[data-cite-paragraphs]');
    const dialog = this.querySelector<HTMLDialogElement>('[data-cite-dialog]');
    if (data && dialog) initParagraphDialog(this, name, dialog, JSON.parse(data.textContent ?? '{}') as Templates);
  }
}

/**
 * The paragraph dialog of a panel: opened by the paragraph cite actions (a.para-cite) of the text the
 * panel cites, the <main> it is in; it fills the paragraph's number into this panel's templates.
 */
function initParagraphDialog(panel: HTMLElement, name: string, dialog: HTMLDialogElement, templates: Templates): void {
  const text = panel.closest('main') ?? document.body;
  const paragraph = (n: string) => text.querySelector<HTMLElement>(`#p${n}`);
  const heading = dialog.querySelector<HTMLElement>('[data-cite-dialog-heading]');
  const form = dialog.querySelector<HTMLElement>('[data-cite-dialog-form]');
  const citation = dialog.querySelector<HTMLElement>('[data-cite-dialog-text]');
  const copy = dialog.querySelector<HTMLButtonElement>('[data-cite-dialog-copy]');
  const status = dialog.querySelector<HTMLElement>('[data-cite-dialog-status]');
  const panelStatus = panel.querySelector<HTMLElement>('[data-cite-status]');
  if (status && panelStatus) Object.assign(status.dataset, { copied: panelStatus.dataset['copied'], failed: panelStatus.dataset['failed'] });
  let n = '';
  let opener: HTMLElement | null = null;

  const current = (): StyleId => (dialog.querySelector<HTMLInputElement>('input[name="cite-dialog-style"]:checked')?.value ?? panel.dataset['defaultStyle'] ?? 'gost-2018') as StyleId;
  const quote = dialog.querySelector<HTMLElement>('[data-cite-quote]');
  const quoteText = dialog.querySelector<HTMLElement>('[data-cite-quote-text]');
  const render = () => {
    const tpl = templates[current()];
    if (!tpl || !citation || !form) return;
    citation.innerHTML = fill(tpl.html, n);
    form.textContent = fill((tpl.form === 'note' ? dialog.dataset['note'] : dialog.dataset['intext']) ?? '', n);
    if (status) status.textContent = '';
    // Where the paragraph is in the source text (its data-lines), on the source view.
    const source = dialog.querySelector<HTMLAnchorElement>('[data-cite-dialog-source]');
    const lines = paragraph(n)?.dataset['lines']?.split('-');
    if (source && lines?.length === 2) {
      source.href = `${source.dataset['href'] ?? ''}#L${lines[0]}`;
      source.textContent = (source.dataset['template'] ?? '').replace('{from}', lines[0]!).replace('{to}', lines[1]!);
    }
    // The paragraph's translation on this page, quoted with the style's translator's note.
    const translation = text.querySelector<HTMLElement>(`[data-translation-of="p${n}"]:not(.missing)`);
    if (quote && quoteText) {
      quote.hidden = !translation;
      if (translation) {
        const words = [...translation.childNodes].filter((c) => !(c instanceof HTMLElement && (c.classList.contains('tr-label') || c.classList.contains('tr-num')))).map((c) => c.textContent).join('').trim();
        const from = (paragraph(n)?.getAttribute('lang') ?? LANG.kk) as Lang;
        const notes = JSON.parse(quote.dataset['notes'] ?? '{}') as Record<string, Record<string, string>>;
        const ui = (quote.dataset['ui'] ?? LANG.en) as Lang;
        quoteText.lang = ui;
        quoteText.textContent = quoteWithCitation(words, citation.textContent ?? '', tpl.form, notes[current()]?.[from] ?? '', ui);
      }
    }
  };
  dialog.querySelector('[data-cite-quote-copy]')?.addEventListener('click', () => { if (quoteText) void copyText(quoteText.textContent?.trim() ?? '', undefined, status); });

  text.addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest<HTMLAnchorElement>('a.para-cite[data-n]');
    if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    n = link.dataset['n'] ?? '';
    opener = link;
    const style = panel.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? remembered();
    if (style) checkStyle(dialog, 'cite-dialog-style', style);
    if (heading) heading.textContent = fill(heading.dataset['template'] ?? '', n);
    if (copy) copy.setAttribute('aria-label', fill(dialog.dataset['copyLabel'] ?? '', n));
    render();
    dialog.showModal();
  });
  dialog.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (input.name !== 'cite-dialog-style') return;
    remember(input.value);
    checkStyle(panel, name, input.value);
    render();
  });
  copy?.addEventListener('click', () => { if (citation) void copyText(citation.textContent?.trim() ?? '', citation.innerHTML, status); });
  dialog.querySelector('[data-cite-dialog-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener?.focus());
}

defineElement('cite-panel', CitePanel);
