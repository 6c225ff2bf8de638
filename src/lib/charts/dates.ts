import { dateLocale, type Lang } from '../../site/languages.ts';

/*
 * Event dates as the charts use them: fractional years for positions, ISO strings for <time>,
 * and wording in the interface language. Years BCE are negative ("-0700").
 */
import type { EventDate } from '../data/schemas.ts';

interface Parts { year: number; month?: number; day?: number }

export function parseDate(s: string): Parts {
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) throw new Error(`not a date: "${s}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  const [, y, mo, d] = m;
  return { year: Number(y), ...(mo ? { month: Number(mo) } : {}), ...(d ? { day: Number(d) } : {}) };
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number) => (isLeap(y) ? 366 : 365);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const dayOfYear = (y: number, month: number, day: number) =>
  MONTH_DAYS.slice(0, month - 1).reduce((a, b) => a + b, 0) + (month > 2 && isLeap(y) ? 1 : 0) + day - 1;

/** The fractional year at which a day, month or year begins. */
export function periodStart(s: string): number {
  const { year, month, day } = parseDate(s);
  if (month === undefined) return year;
  return year + dayOfYear(year, month, day ?? 1) / daysIn(year);
}

/** The fractional year just after a day, month or year ends. */
export function periodEnd(s: string): number {
  const { year, month, day } = parseDate(s);
  if (month === undefined) return year + 1;
  if (day === undefined) return month === 12 ? year + 1 : year + dayOfYear(year, month + 1, 1) / daysIn(year);
  return year + (dayOfYear(year, month, day) + 1) / daysIn(year);
}

/** How a date is drawn: a point, a range, or an approximate span (century, era). */
export type Extent = { kind: 'point'; at: number; from: number; to: number } | { kind: 'range' | 'approx'; from: number; to: number };

export function extentOf(d: EventDate): Extent {
  if (d.precision === 'day' || d.precision === 'month' || d.precision === 'year') {
    const from = periodStart(d.start), to = periodEnd(d.start);
    return { kind: 'point', at: (from + to) / 2, from, to };
  }
  const from = periodStart(d.start), to = periodEnd(d.end ?? d.start);
  return { kind: d.precision === 'range' ? 'range' : 'approx', from, to };
}

/**
 * A valid HTML datetime for a date part, or undefined for years before year 1, which HTML cannot
 * express (those are shown as text only).
 */
export function datetimeAttr(s: string): string | undefined {
  return s.startsWith('-') || s.startsWith('0000') ? undefined : s;
}

/**
 * A date part in words: "2016", "June 2016", "28 June 2016"; years BCE through `bce`. In the interface
 * language, through its date locale (English in the British order the editors write, "28 June 2016").
 */
export function formatDatePart(s: string, lang: Lang, bce: (year: string) => string): string {
  const { year, month, day } = parseDate(s);
  if (year < 0) return bce(String(-year));
  if (month === undefined) return String(year);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day ?? 1);
  const opts: Intl.DateTimeFormatOptions = day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(dateLocale(lang), opts).format(date);
}
