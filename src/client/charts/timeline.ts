/*
 * The multi-lane timeline in the browser: zoom and pan along the era axis (buttons, Ctrl/⌘ + wheel,
 * drag, + and − keys), ticks that follow the zoom down to months, and lanes that close up when a
 * theme is filtered out. Zooming is an affine map of the built axis, so the eras keep their shares.
 */
import { scaleLinear } from 'd3-scale';
import { eraTicks } from '../../lib/charts/era-scale.ts';
import { defineElement, WidgetElement } from '../elements/define.ts';
import { ChartMarks, resetRoving } from './marks.ts';
import { dateLocale, isLang } from '../../site/languages.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const K_MAX = 400;

/** <timeline-explorer>: the figure frame of the timeline overview with its filters and zoom controls. */
export class TimelineExplorer extends WidgetElement {
  protected init(): void {
    // The marks first: zooming and filtering move them and their single tab stop.
    for (const marks of this.querySelectorAll('chart-marks')) {
      customElements.upgrade(marks);
      if (marks instanceof ChartMarks) marks.connectedCallback();
    }
    enhance(this);
  }
}

const nums = (s: string | undefined) => (s ?? '').split(',').map(Number);

function enhance(fig: HTMLElement): void {
  const svg = fig.querySelector<SVGSVGElement>('svg[data-timeline]');
  if (!svg) return;
  const [x0 = 0, x1 = 0] = nums(svg.dataset.plot);
  const domain = nums(svg.dataset.domain);
  const base = scaleLinear().domain(domain).range(nums(svg.dataset.range));
  const lang = document.documentElement.lang;
  const locale = isLang(lang) ? dateLocale(lang) : lang;
  const monthFmt = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const monthYearFmt = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const bce = fig.dataset.bce ?? '{year} BCE';
  const out = fig.querySelector<HTMLOutputElement>('[data-range-out]');
  const axis = svg.querySelector<SVGGElement>('[data-axis]')!;
  const firstTick = axis.querySelector('line');
  const axisTop = Number(firstTick?.getAttribute('y1') ?? 26);
  const lanes = [...svg.querySelectorAll<SVGGElement>('.lane')];
  const lanesTop = Number(/translate\(0,([\d.]+)\)/.exec(lanes[0]?.getAttribute('transform') ?? '')?.[1] ?? 30);
  const pad = Number(svg.dataset.pad ?? 10);
  let bottom = Number(svg.getAttribute('height')) - pad;

  // The built geometry of everything that moves with the axis.
  const moving: { el: Element; attr: 'cx' | 'x' | 'x1' | 'x2'; u: number; w?: number }[] = [];
  for (const c of svg.querySelectorAll('.lane-marks circle')) moving.push({ el: c, attr: 'cx', u: Number(c.getAttribute('cx')) });
  for (const r of svg.querySelectorAll('.lane-marks rect')) moving.push({ el: r, attr: 'x', u: Number(r.getAttribute('x')), w: Number(r.getAttribute('width')) });
  for (const l of svg.querySelectorAll('.lane-marks line, .eras line')) {
    moving.push({ el: l, attr: 'x1', u: Number(l.getAttribute('x1')) }, { el: l, attr: 'x2', u: Number(l.getAttribute('x2')) });
  }

  let k = 1, tx = 0;
  const screen = (u: number) => k * (u - x0) + x0 + tx;
  const zoomed = (t: number) => screen(base(t));
  const timeAt = (x: number) => base.invert((x - x0 - tx) / k + x0);

  const yearLabel = (t: number) => { const y = Math.round(t); return y < 0 ? bce.replace('{year}', String(-y)) : String(y); };
  const dateOf = (t: number) => {
    const y = Math.floor(t);
    const d = new Date(0);
    d.setUTCFullYear(y, 0, 1);
    const len = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) || 365 * 864e5;
    return new Date(d.getTime() + (t - y) * len);
  };

  const drawAxis = () => {
    const ticks = eraTicks(zoomed, domain, [x0, x1], 56);
    axis.replaceChildren(...ticks.map((tk) => {
      const g = document.createElementNS(SVG_NS, 'g');
      g.setAttribute('class', 'tick');
      g.setAttribute('transform', `translate(${tk.x.toFixed(2)},0)`);
      const line = document.createElementNS(SVG_NS, 'line');
      line.setAttribute('y1', String(axisTop));
      line.setAttribute('y2', String(bottom));
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('y', String(axisTop - 5));
      text.setAttribute('text-anchor', 'middle');
      text.textContent = tk.month ? monthFmt.format(dateOf(tk.t)) : yearLabel(tk.t);
      g.append(line, text);
      return g;
    }));
  };

  const rangeText = () => {
    const a = timeAt(x0), b = timeAt(x1);
    const fmt = (t: number) => (b - a < 3 && t > 0 ? monthYearFmt.format(dateOf(t)) : yearLabel(t));
    return (out?.dataset.template ?? '{from} – {to}').replace('{from}', fmt(a)).replace('{to}', fmt(b));
  };

  const apply = () => {
    for (const m of moving) {
      m.el.setAttribute(m.attr, screen(m.u).toFixed(2));
      if (m.w !== undefined) m.el.setAttribute('width', (m.w * k).toFixed(2));
    }
    drawAxis();
    if (out) out.value = rangeText();
    fig.dataset.zoom = k.toFixed(2);
    svg.dispatchEvent(new Event('chart:update'));
  };

  const clamp = () => {
    k = Math.max(1, Math.min(K_MAX, k));
    tx = Math.max((x1 - x0) * (1 - k), Math.min(0, tx));
  };
  const zoomAt = (factor: number, cx = (x0 + x1) / 2) => {
    const u = (cx - x0 - tx) / k + x0;
    k *= factor;
    clamp();
    tx = cx - x0 - k * (u - x0);
    clamp();
    apply();
  };

  fig.querySelector('[data-zoom="in"]')?.addEventListener('click', () => zoomAt(2, focusX()));
  fig.querySelector('[data-zoom="out"]')?.addEventListener('click', () => zoomAt(0.5, focusX()));
  fig.querySelector('[data-zoom="reset"]')?.addEventListener('click', () => { k = 1; tx = 0; apply(); });
  /** Zoom around the active mark when there is one, else around the middle. */
  const focusX = () => {
    const m = svg.querySelector<SVGGElement>('.mark.active');
    if (!m) return undefined;
    const x = zoomed((Number(m.dataset.t0) + Number(m.dataset.t1)) / 2);
    return x >= x0 && x <= x1 ? x : undefined;
  };

  svg.addEventListener('wheel', (e) => {
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      zoomAt(Math.exp(-e.deltaY * 0.003), userX(e.clientX));
    } else if (k > 1 && Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      e.preventDefault();
      tx -= e.deltaX * scaleOf();
      clamp();
      apply();
    }
  }, { passive: false });

  const scaleOf = () => svg.viewBox.baseVal.width / svg.getBoundingClientRect().width;
  const userX = (clientX: number) => (clientX - svg.getBoundingClientRect().left) * scaleOf();

  let drag: { x: number; tx: number; moved: boolean; id: number } | null = null;
  svg.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || k === 1) return;
    drag = { x: e.clientX, tx, moved: false, id: e.pointerId };
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    const dx = e.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < 4) return;
    if (!drag.moved) { drag.moved = true; svg.setPointerCapture(e.pointerId); svg.classList.add('dragging', 'dragged'); }
    tx = drag.tx + dx * scaleOf();
    clamp();
    apply();
  });
  const endDrag = () => {
    if (drag?.moved) window.setTimeout(() => svg.classList.remove('dragged'), 0);
    svg.classList.remove('dragging');
    drag = null;
  };
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointercancel', endDrag);

  svg.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') { e.preventDefault(); zoomAt(2, focusX()); }
    else if (e.key === '-') { e.preventDefault(); zoomAt(0.5, focusX()); }
    else if (e.key === '0') { e.preventDefault(); k = 1; tx = 0; apply(); }
  });
  // A mark reached with the keyboard is brought into view (listening on the holder: see marks.ts).
  svg.parentElement?.addEventListener('focusin', (e) => {
    const m = (e.target as Element).closest<SVGGElement>('.mark');
    if (!m) return;
    const a = zoomed(Number(m.dataset.t0)), b = zoomed(Number(m.dataset.t1));
    if (a >= x0 && b <= x1) return;
    tx += (x0 + x1) / 2 - (a + b) / 2;
    clamp();
    apply();
  });

  // Filters: hidden lanes (CSS) close up, the chart gets shorter.
  const restack = () => {
    let y = lanesTop;
    for (const lane of lanes) {
      if (getComputedStyle(lane).display === 'none') continue;
      lane.setAttribute('transform', `translate(0,${y})`);
      y += Number(lane.dataset.height);
    }
    bottom = y;
    const height = y + pad;
    const vb = svg.viewBox.baseVal;
    svg.setAttribute('viewBox', `0 0 ${vb.width} ${height}`);
    svg.setAttribute('height', String(height));
    for (const l of svg.querySelectorAll('.eras line')) l.setAttribute('y2', String(y));
    resetRoving(svg);
    apply();
  };
  for (const box of fig.querySelectorAll<HTMLInputElement>('input[data-lane-toggle]')) box.addEventListener('change', restack);
  fig.querySelector('[data-lanes-all]')?.addEventListener('click', () => {
    for (const box of fig.querySelectorAll<HTMLInputElement>('input[data-lane-toggle]')) box.checked = true;
    restack();
  });

  for (const el of fig.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
  fig.classList.add('is-enhanced');
  restack();
}

defineElement('timeline-explorer', TimelineExplorer);
