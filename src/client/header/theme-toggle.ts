// <theme-toggle>: the header's light/dark button, remembered across pages (the page's head script
// applies the remembered theme before the first paint).
import { defineElement, WidgetElement } from '../elements/define.ts';

export class ThemeToggle extends WidgetElement {
  protected init(): void {
    const toggle = this.querySelector('button');
    if (!toggle) return;
    const root = document.documentElement;
    const isDark = () => root.dataset['theme'] === 'dark' || (!root.dataset['theme'] && matchMedia('(prefers-color-scheme: dark)').matches);
    toggle.setAttribute('aria-pressed', String(isDark()));
    toggle.addEventListener('click', () => {
      const next = isDark() ? 'light' : 'dark';
      root.dataset['theme'] = next;
      try { localStorage.setItem('archive-theme', next); } catch { /* private mode: not remembered */ }
      toggle.setAttribute('aria-pressed', String(next === 'dark'));
    });
  }
}

defineElement('theme-toggle', ThemeToggle);
