import type { UiLang } from '../i18n/index.ts';
import { toCsl } from './csl-item.ts';
import { bibliographyEntry, citationAt, LABEL_MARK, LOCATOR_MARK, type OutputFormat } from './engine.ts';
import { locatorPattern } from './locator.ts';
import { CSL_LOCALE, STYLE_IDS, type StyleId } from './styles.ts';
import type { Work } from './work.ts';

/** A rendered citation, as plain text (for copying) and HTML (italics kept). */
export interface Rendered { text: string; html: string }

/** The reference (bibliography entry) of a work in a style, with the interface language's apparatus. */
export function reference(work: Work, style: StyleId, lang: UiLang, accessed: string): Rendered {
  const item = toCsl(work, { accessed, display: true });
  const one = (f: OutputFormat) => bibliographyEntry(item, style, CSL_LOCALE[lang], f);
  return { text: one('text'), html: markTitle(one('html'), work, lang) };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');

/** The title keeps its own language inside a reference written in the interface language. */
function markTitle(html: string, work: Work, lang: UiLang): string {
  if (work.language === lang) return html;
  const title = escapeHtml(work.title);
  const at = html.indexOf(title);
  return at < 0 ? html : `${html.slice(0, at)}<span lang="${work.language}">${title}</span>${html.slice(at + title.length)}`;
}

const NUMBER_MARK = '888888';

/**
 * The citation of one paragraph with "{n}" where its number goes (locator and permalink), rendered once
 * per page and style; the browser only substitutes the number.
 * @param pageUrl absolute URL of the page that holds the paragraphs (the permalink is pageUrl#pN)
 */
export function paragraphTemplate(work: Work, style: StyleId, lang: UiLang, accessed: string, pageUrl: string): Rendered {
  const item = toCsl(work, { accessed, display: true, url: `${pageUrl}#p${NUMBER_MARK}` });
  const loc = locatorPattern(lang, style);
  const fill = (s: string) => s
    .replace(new RegExp(`(?:${LABEL_MARK}\\.?\\s*)?${LOCATOR_MARK}`, 'g'), loc)
    .replaceAll(NUMBER_MARK, '{n}');
  const one = (f: OutputFormat) => fill(citationAt(item, style, CSL_LOCALE[lang], f, LOCATOR_MARK));
  return { text: one('text'), html: markTitle(one('html'), work, lang) };
}

/** A paragraph citation, filled in (the build uses it for the no-script list; the browser does the same). */
export const fillParagraph = (template: string, n: number) => template.replaceAll('{n}', String(n));

/** Everything the cite panel shows for one page: every style's reference and paragraph template. */
export interface CiteData {
  accessed: string;
  styles: { id: StyleId; reference: Rendered; paragraph: Rendered }[];
}

export function citeData(work: Work, lang: UiLang, accessed: string, pageUrl: string): CiteData {
  return {
    accessed,
    styles: STYLE_IDS.map((id) => ({ id, reference: reference(work, id, lang, accessed), paragraph: paragraphTemplate(work, id, lang, accessed, pageUrl) })),
  };
}
