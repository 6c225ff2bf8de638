/*
 * How a style writes the access date in one interface language, as twelve templates (one per month)
 * with {d} or {dd} for the day and {y} for the year: "{dd}.03.{y}", "{d} Mar. {y}", "March {d}, {y}".
 * The build derives them from the CSL style and locale (engine.ts accessFormat); the browser fills in
 * the reader's own date. Pure and dependency-free: the browser uses it too.
 */
export type AccessFormat = readonly string[];

/** Stands for the access date in what citeproc renders (a CSL "literal" date). */
export const ACCESSED_MARK = 'QQACCESSEDQQ';

/** The attribute value that carries a format on the page. */
export const serializeFormat = (f: AccessFormat) => f.join('|');
export const parseFormat = (s: string): AccessFormat => s.split('|');

/** A calendar day as the reader's clock (or the build) sees it. */
export interface Day { y: number; m: number; d: number }

export const dayOfIso = (iso: string): Day => {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? 1970, m: m ?? 1, d: d ?? 1 };
};
export const isoOfDay = ({ y, m, d }: Day) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function formatAccess(format: AccessFormat, { y, m, d }: Day): string {
  const template = format[m - 1];
  if (template === undefined) throw new Error(`no access-date template for month ${m}`);
  return template.replaceAll('{dd}', String(d).padStart(2, '0')).replaceAll('{d}', String(d)).replaceAll('{y}', String(y));
}

/** The access date as the page carries it: the build's day, which the script replaces by the reader's. */
export const accessHtml = (format: AccessFormat, iso: string) =>
  `<cite-date data-format="${serializeFormat(format)}"><time datetime="${iso}">${formatAccess(format, dayOfIso(iso))}</time></cite-date>`;
