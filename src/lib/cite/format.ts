import { cslLocale, type Lang } from '../../site/languages.ts';
import { accessHtml, dayOfIso, formatAccess } from './access-format.ts';
import { toCsl } from './csl-item.ts';
import { accessFormat, bibliographyEntry, citationAt, LABEL_MARK, LOCATOR_MARK, type OutputFormat } from './engine.ts';
import { locatorPattern } from './locator.ts';
import { STYLE_IDS, type StyleId } from '../../site/cite-styles.ts';
import type { Work } from './work.ts';

/** A rendered citation, as plain text (for copying) and HTML (italics kept, the access date fillable). */
export interface Rendered { text: string; html: string }

/**
 * The access date comes out of citeproc as the build's day: plain in the text, and in the HTML inside
 * <cite-date>, which the page's script (src/client/cite-date.ts) sets to the reader's own day.
 */
export function withAccessDate(out: string, format: OutputFormat, style: StyleId, lang: Lang, accessed: string): string {
  const f = accessFormat(style, cslLocale(lang));
  if (!f || format === 'text') return out;
  const date = formatAccess(f, dayOfIso(accessed));
  const at = out.lastIndexOf(date);
  return at < 0 ? out : `${out.slice(0, at)}${accessHtml(f, accessed)}${out.slice(at + date.length)}`;
}

/** The reference (bibliography entry) of a work in a style, with the interface language's apparatus. */
export function reference(work: Work, style: StyleId, lang: Lang, accessed: string): Rendered {
  const item = toCsl(work, { accessed, display: { style, lang } });
  const one = (f: OutputFormat) => withAccessDate(plainBrackets(bibliographyEntry(item, style, cslLocale(lang), f)), f, style, lang, accessed);
  return { text: one('text'), html: markTitle(one('html'), work, lang) };
}

/**
 * A text as citeproc-js writes it in its HTML output (its `text_escape`: numeric entities), to find
 * that text again in a rendered reference; markup the archive writes itself uses core/html.ts.
 */
const asCiteprocHtml = (s: string) => s.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');

/**
 * Brackets are never italic or quoted: APA 7 9.38 sets the [translated title] after the italic title in
 * roman, and a [description] standing for a missing title is plain in every style (APA 9.22, MLA 9 5.26,
 * Chicago 17 14.98). Applied to text and HTML alike.
 */
export const plainBrackets = (out: string) => out
  .replace(/<i>([^<]*?) (\[[^\]<]*\])<\/i>/g, '<i>$1</i> $2')
  .replace(/<i>(\[[^\]<]*\])<\/i>/g, '$1')
  .replace(/[“«](\[[^\]]*\])([.,]?)[”»]/g, '$1$2');

/** The title keeps its own language inside a reference written in the interface language. */
function markTitle(html: string, work: Work, lang: Lang): string {
  if (work.titleLang === lang) return html;
  const title = asCiteprocHtml(work.title);
  const at = html.indexOf(title);
  return at < 0 ? html : `${html.slice(0, at)}<span lang="${work.titleLang}">${title}</span>${html.slice(at + title.length)}`;
}

const NUMBER_MARK = '888888';

/**
 * The citation of one paragraph with "{n}" where its number goes (locator and permalink), rendered once
 * per page and style; the browser only substitutes the number.
 * @param pageUrl absolute URL of the page that holds the paragraphs (the permalink is pageUrl#pN)
 */
export function paragraphTemplate(work: Work, style: StyleId, lang: Lang, accessed: string, pageUrl: string): Rendered {
  const item = toCsl(work, { accessed, display: { style, lang }, url: `${pageUrl}#p${NUMBER_MARK}` });
  const loc = locatorPattern(lang, style);
  const fill = (s: string) => s
    .replace(new RegExp(`(?:${LABEL_MARK}\\.?\\s*)?${LOCATOR_MARK}`, 'g'), loc)
    .replaceAll(NUMBER_MARK, '{n}');
  const one = (f: OutputFormat) => withAccessDate(plainBrackets(fill(citationAt(item, style, cslLocale(lang), f, LOCATOR_MARK))), f, style, lang, accessed);
  return { text: one('text'), html: markTitle(one('html'), work, lang) };
}

/** A paragraph citation, filled in (the build uses it for the no-script list; the browser does the same). */
export const fillParagraph = (template: string, n: number) => template.replaceAll('{n}', String(n));

/** Everything the cite panel shows for one page: every style's reference and paragraph template. */
export interface CiteData {
  accessed: string;
  styles: { id: StyleId; reference: Rendered; paragraph: Rendered }[];
}

export function citeData(work: Work, lang: Lang, accessed: string, pageUrl: string): CiteData {
  return {
    accessed,
    styles: STYLE_IDS.map((id) => ({ id, reference: reference(work, id, lang, accessed), paragraph: paragraphTemplate(work, id, lang, accessed, pageUrl) })),
  };
}
