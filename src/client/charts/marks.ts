/*
 * Chart marks in the browser: every mark of an interactive figure becomes a link to its paragraph,
 * reachable with the keyboard (one tab stop per chart, arrow keys between marks), with a tooltip on
 * focus and hover that stays while hovered and closes with Escape (WCAG 1.4.13). Without this
 * script the marks keep their native <title> tooltips and the data table links every paragraph.
 */
import { defineElement, WidgetElement } from '../elements/define.ts';

/** <chart-marks>: around an interactive figure's chart (the holder of its <svg>). */
export class ChartMarks extends WidgetElement {
  protected init(): void {
    const svg = this.querySelector<SVGSVGElement>('svg.ar-chart');
    if (svg) enhance(svg);
  }
}

/** Marks a reader can currently see (lanes filtered out are skipped). */
export const visibleMarks = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll<SVGGElement>('.mark')].filter((m) => m.getClientRects().length > 0 && !m.closest('[hidden]'));

/** Keeps the chart's single tab stop on a mark that is visible (after filtering). */
export function resetRoving(svg: SVGSVGElement): void {
  const current = svg.querySelector<SVGGElement>('.mark[tabindex="0"]');
  const visible = visibleMarks(svg);
  if (current && visible.includes(current)) return;
  current?.setAttribute('tabindex', '-1');
  visible[0]?.setAttribute('tabindex', '0');
}

function enhance(svg: SVGSVGElement): void {
  const holder = svg.parentElement as HTMLElement;
  const tip = document.createElement('div');
  tip.className = 'ar-tip';
  tip.setAttribute('role', 'tooltip');
  tip.id = `${svg.getAttribute('aria-labelledby')?.split(' ')[0] ?? 'chart'}-tip`;
  tip.hidden = true;
  holder.append(tip);

  // The chart now holds links, so it is a group (named by its title) rather than an image.
  svg.setAttribute('role', 'group');
  const marks = [...svg.querySelectorAll<SVGGElement>('.mark')];
  marks.forEach((m, i) => {
    const title = m.querySelector(':scope > title');
    const text = title?.textContent ?? '';
    title?.remove();
    m.dataset.tip = text;
    m.setAttribute('role', 'link');
    m.setAttribute('aria-label', text.replace(/\n/g, '. '));
    m.setAttribute('tabindex', i === 0 ? '0' : '-1');
  });

  let hideTimer = 0;
  const show = (m: SVGGElement) => {
    window.clearTimeout(hideTimer);
    const [head = '', ...rest] = (m.dataset.tip ?? '').split('\n');
    tip.replaceChildren(Object.assign(document.createElement('strong'), { textContent: head }),
      ...rest.map((line) => Object.assign(document.createElement('span'), { textContent: line })));
    tip.hidden = false;
    for (const other of svg.querySelectorAll('.mark.active')) other.classList.remove('active');
    m.classList.add('active');
    m.setAttribute('aria-describedby', tip.id);
    place(m);
  };
  const hide = () => {
    tip.hidden = true;
    for (const other of svg.querySelectorAll('.mark.active')) { other.classList.remove('active'); other.removeAttribute('aria-describedby'); }
  };
  const place = (m: SVGGElement) => {
    const box = holder.getBoundingClientRect();
    const shape = (m.querySelector('.main, .bar-mark, .bubble, .diamond') ?? m).getBoundingClientRect();
    const left = shape.left + shape.width / 2 - box.left + holder.scrollLeft;
    const width = tip.offsetWidth;
    const x = Math.max(holder.scrollLeft + 4, Math.min(left - width / 2, holder.scrollLeft + holder.clientWidth - width - 4));
    let y = shape.top - box.top - tip.offsetHeight - 8;
    if (y < 0) y = shape.bottom - box.top + 8;
    tip.style.left = `${x}px`;
    tip.style.top = `${y}px`;
  };

  const markOf = (e: Event) => (e.target as Element | null)?.closest?.<SVGGElement>('.mark') ?? null;
  const focusMark = (m: SVGGElement | undefined) => {
    if (!m) return;
    for (const other of svg.querySelectorAll('.mark[tabindex="0"]')) other.setAttribute('tabindex', '-1');
    m.setAttribute('tabindex', '0');
    m.focus();
  };

  // Focus listeners go on the HTML holder: Chromium makes an <svg> with focus listeners a tab stop.
  holder.addEventListener('focusin', (e) => { const m = markOf(e); if (m) show(m); });
  holder.addEventListener('focusout', () => { hideTimer = window.setTimeout(hide, 100); });
  svg.addEventListener('pointerover', (e) => { const m = markOf(e); if (m && e.pointerType !== 'touch') show(m); });
  svg.addEventListener('pointerout', (e) => {
    if (markOf(e) && !svg.contains(document.activeElement)) hideTimer = window.setTimeout(hide, 300);
  });
  tip.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
  tip.addEventListener('pointerleave', () => { if (!svg.contains(document.activeElement)) hideTimer = window.setTimeout(hide, 300); });
  svg.addEventListener('click', (e) => {
    const m = markOf(e);
    if (m?.dataset.href && !svg.classList.contains('dragged')) window.location.assign(m.dataset.href);
  });
  svg.addEventListener('keydown', (e) => {
    const m = markOf(e);
    if (!m) return;
    const list = visibleMarks(svg);
    const i = list.indexOf(m);
    const go: Record<string, number | undefined> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: list.length - 1 };
    if (e.key === 'Enter' && m.dataset.href) { window.location.assign(m.dataset.href); return; }
    if (e.key === 'Escape') { hide(); return; }
    const target = go[e.key];
    if (target !== undefined && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      focusMark(list[Math.max(0, Math.min(list.length - 1, target))]);
    }
  });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !tip.hidden) hide(); });
  // Other scripts (zoom, filters) move marks: keep the tooltip beside its mark.
  svg.addEventListener('chart:update', () => { const m = svg.querySelector<SVGGElement>('.mark.active'); if (m && !tip.hidden) place(m); });
}

defineElement('chart-marks', ChartMarks);
