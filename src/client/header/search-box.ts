// <search-box>: the header's search form. "/" anywhere on the page (outside a text field) focuses
// it; the search index starts loading when the box is first focused.
import { defineElement, WidgetElement } from '../elements/define.ts';

export class SearchBox extends WidgetElement {
  protected init(): void {
    const box = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!box) return;
    box.addEventListener('focus', () => void import('../search/preload.ts'), { once: true });
    document.addEventListener('keydown', (e) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      e.preventDefault();
      box.focus();
    });
  }
}

defineElement('search-box', SearchBox);
