// The cite panel in the browser: copy buttons, the remembered style, and the "cite this paragraph"
// dialog, which fills the paragraph number into the templates the build rendered for this page.
import type { StyleId } from '../site/cite-styles.ts';
import { quoteWithCitation } from '../lib/cite/translated-quote.ts';
import { LANG, type Lang } from '../site/languages.ts';

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
 * A panel of styles (radio group `name`), each shown with a Copy button: the remembered style is
 * chosen, the buttons appear and copy their style's text (a record in <pre> as plain text only).
 */
function initStyles(panel: HTMLElement, name: string): void {
  const status = panel.querySelector<HTMLElement>('[data-cite-status]');
  const saved = remembered();
  if (saved) checkStyle(panel, name, saved);

  for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const text = button.parentElement?.querySelector<HTMLElement>('.cite-text');
      if (text) void copyText(text.textContent?.trim() ?? '', text.tagName === 'PRE' ? undefined : text.innerHTML, status);
    });
  }
  panel.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (input.name === name) remember(input.value);
  });
}

/** Every figure's "Cite this figure" panel (each has its own radio group). */
export function initFigureCites(): void {
  for (const panel of document.querySelectorAll<HTMLElement>('[data-figure-cite]:not([data-ready])')) {
    panel.dataset['ready'] = '';
    const name = panel.querySelector<HTMLInputElement>('.cite-styles input[type="radio"]')?.name;
    if (name) initStyles(panel, name);
  }
}

export function initCite(): void {
  const panel = document.querySelector<HTMLElement>('[data-cite-panel]');
  if (!panel) return;
  initStyles(panel, 'cite-style');

  const data = panel.querySelector('[data-cite-paragraphs]');
  const dialog = panel.querySelector<HTMLDialogElement>('[data-cite-dialog]');
  if (!data || !dialog) return;
  const templates = JSON.parse(data.textContent ?? '{}') as Templates;
  initParagraphDialog(panel, dialog, templates);
}

function initParagraphDialog(panel: HTMLElement, dialog: HTMLDialogElement, templates: Templates): void {
  const heading = dialog.querySelector<HTMLElement>('[data-cite-dialog-heading]');
  const form = dialog.querySelector<HTMLElement>('[data-cite-dialog-form]');
  const text = dialog.querySelector<HTMLElement>('[data-cite-dialog-text]');
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
    if (!tpl || !text || !form) return;
    text.innerHTML = fill(tpl.html, n);
    form.textContent = fill((tpl.form === 'note' ? dialog.dataset['note'] : dialog.dataset['intext']) ?? '', n);
    if (status) status.textContent = '';
    // Where the paragraph is in the source text (its data-lines), on the source view.
    const source = dialog.querySelector<HTMLAnchorElement>('[data-cite-dialog-source]');
    const lines = document.getElementById(`p${n}`)?.dataset['lines']?.split('-');
    if (source && lines?.length === 2) {
      source.href = `${source.dataset['href'] ?? ''}#L${lines[0]}`;
      source.textContent = (source.dataset['template'] ?? '').replace('{from}', lines[0]!).replace('{to}', lines[1]!);
    }
    // The paragraph's translation on this page, quoted with the style's translator's note.
    const translation = document.querySelector<HTMLElement>(`[data-translation-of="p${n}"]:not(.missing)`);
    if (quote && quoteText) {
      quote.hidden = !translation;
      if (translation) {
        const words = [...translation.childNodes].filter((c) => !(c instanceof HTMLElement && (c.classList.contains('tr-label') || c.classList.contains('tr-num')))).map((c) => c.textContent).join('').trim();
        const from = (document.getElementById(`p${n}`)?.getAttribute('lang') ?? LANG.kk) as Lang;
        const notes = JSON.parse(quote.dataset['notes'] ?? '{}') as Record<string, Record<string, string>>;
        const ui = (quote.dataset['ui'] ?? LANG.en) as Lang;
        quoteText.lang = ui;
        quoteText.textContent = quoteWithCitation(words, text.textContent ?? '', tpl.form, notes[current()]?.[from] ?? '', ui);
      }
    }
  };
  dialog.querySelector('[data-cite-quote-copy]')?.addEventListener('click', () => { if (quoteText) void copyText(quoteText.textContent?.trim() ?? '', undefined, status); });

  document.addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest<HTMLAnchorElement>('a.para-cite[data-n]');
    if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    n = link.dataset['n'] ?? '';
    opener = link;
    const style = panel.querySelector<HTMLInputElement>('input[name="cite-style"]:checked')?.value ?? remembered();
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
    checkStyle(panel, 'cite-style', input.value);
    render();
  });
  copy?.addEventListener('click', () => { if (text) void copyText(text.textContent?.trim() ?? '', text.innerHTML, status); });
  dialog.querySelector('[data-cite-dialog-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener?.focus());
}
