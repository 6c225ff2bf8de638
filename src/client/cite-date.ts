// <cite-date data-format="…"><time datetime="2026-12-04">04.12.2026</time></cite-date>: an access date
// in a citation. The build writes its own day; this element rewrites it as the reader's day, by the
// reader's clock and time zone, in the style's own form (src/lib/cite/access-format.ts). It then tells
// the nearest [data-access-scope] so that the note under the citation stops calling it the build date.
import { formatAccess, isoOfDay, parseFormat, type Day } from '../lib/cite/access-format.ts';
import { defineElement, WidgetElement } from './elements/define.ts';

export const today = (now = new Date()): Day => ({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });

class CiteDate extends WidgetElement {
  protected init(): void {
    const format = this.dataset['format'];
    const time = this.querySelector('time');
    if (!format || !time) return;
    const day = today();
    time.dateTime = isoOfDay(day);
    const text = formatAccess(parseFormat(format), day);
    time.textContent = text;
    // The note names the date as the citation writes it (browsers' Kazakh month names are not reliable).
    const note = this.closest('[data-access-scope]')?.querySelector<HTMLElement>('[data-access-note]');
    const todayText = note?.dataset['today'];
    if (note && todayText) note.textContent = todayText.replace('{date}', text);
  }
}

defineElement('cite-date', CiteDate);
