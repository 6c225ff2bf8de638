import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { CONTENT_DIR } from '../content/paths.ts';
import { STYLE_FILES, STYLE_IDS, type StyleId } from '../../site/cite-styles.ts';
import type { CslItem } from './csl-item.ts';
import { ACCESSED_MARK, type AccessFormat } from './access-format.ts';
import { LANG } from '../../site/languages.ts';

/*
 * citation-js with the archive's CSL styles and locales (content/csl/, see its README). Build time only:
 * the browser never runs citeproc, it fills the paragraph number into templates rendered here.
 */

/** Stands for the paragraph label that styles print before a locator; replaced by our own locator phrase. */
export const LABEL_MARK = 'QQLABELQQ';
/** Stands for the locator itself. */
export const LOCATOR_MARK = '999999';

const csl = plugins.config.get('@csl') as {
  styles: { add(name: string, xml: string): void; has(name: string): boolean };
  locales: { add(name: string, xml: string): void; get(name: string): string | undefined };
};

const read = (file: string) => readFileSync(join(CONTENT_DIR, 'csl', file), 'utf8');

/** Every form of the "paragraph" term becomes the mark, so templates can swap in the interface's own wording. */
const markParagraphTerm = (xml: string) =>
  xml.replace(/<term name="paragraph"( form="[^"]+")?>[\s\S]*?<\/term>/g, (_m, form: string | undefined) =>
    `<term name="paragraph"${form ?? ''}><single>${LABEL_MARK}</single><multiple>${LABEL_MARK}</multiple></term>`);

let ready = false;
function register(): void {
  if (ready) return;
  const enUS = csl.locales.get('en-US');
  if (!enUS) throw new Error('@citation-js/plugin-csl ships no en-US locale: check the installed version.');
  csl.locales.add('en-US', markParagraphTerm(enUS));
  csl.locales.add('ru-RU', markParagraphTerm(read('locales-ru-RU.xml')));
  csl.locales.add('kk-KZ', markParagraphTerm(read('locales-kk-KZ.xml')));
  for (const id of STYLE_IDS) csl.styles.add(`archive-${id}`, markParagraphTerm(read(STYLE_FILES[id])));
  ready = true;
}

export type OutputFormat = 'text' | 'html';

/** One bibliography entry, without citeproc's wrapping. */
export function bibliographyEntry(item: CslItem, style: StyleId, locale: string, format: OutputFormat): string {
  register();
  const out = new Cite(item).format('bibliography', { template: `archive-${style}`, lang: locale, format }) as string;
  return unwrap(out, format);
}

/** One citation (note or parenthetical) of the item at a paragraph locator. */
export function citationAt(item: CslItem, style: StyleId, locale: string, format: OutputFormat, locator: string): string {
  register();
  const out = new Cite(item).format('citation', { template: `archive-${style}`, lang: locale, format, entry: [{ id: item.id, locator, label: 'paragraph' }] }) as string;
  return unwrap(out, format);
}

function unwrap(out: string, format: OutputFormat): string {
  if (format === 'text') return out.trim();
  return out.replace(/^\s*<div class="csl-bib-body">\s*/, '').replace(/\s*<\/div>\s*$/, '')
    .replace(/^<div[^>]*class="csl-entry"[^>]*>/, '').replace(/<\/div>$/, '').trim();
}

const formats = new Map<string, AccessFormat | null>();

/**
 * The style's way of writing the access date in a locale, read off citeproc itself: a web page is
 * rendered once with the date marked (a CSL literal) and once per month with the 23rd (and the 5th) of
 * that month in 2087; the date is what stands between the text before the mark and the end the two
 * renderings share (a literal can pick up the locale's affixes, so the end is compared, not copied).
 * Null when the style prints no access date.
 */
export function accessFormat(style: StyleId, locale: string): AccessFormat | null {
  const key = `${style} ${locale}`;
  if (!formats.has(key)) formats.set(key, deriveFormat(style, locale));
  return formats.get(key) ?? null;
}

const commonSuffix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
};

function deriveFormat(style: StyleId, locale: string): AccessFormat | null {
  const probe = (accessed: NonNullable<CslItem['accessed']>) => bibliographyEntry({ id: 'probe', type: 'webpage', title: 'Probe', 'container-title': 'Site', issued: { 'date-parts': [[2000]] }, URL: 'https://probe.test/', language: LANG.en, accessed }, style, locale, 'text');
  const marked = probe({ literal: ACCESSED_MARK });
  const at = marked.indexOf(ACCESSED_MARK);
  if (at < 0) return null;
  const before = marked.slice(0, at);
  const after = marked.slice(at + ACCESSED_MARK.length);
  const dateOf = (y: number, m: number, d: number) => {
    const out = probe({ 'date-parts': [[y, m, d]] });
    if (!out.startsWith(before)) throw new Error(`${style} (${locale}) writes the access date where the probe cannot find it: ${out}`);
    return out.slice(before.length, out.length - commonSuffix(out, after));
  };
  const day = /(^|\D)05(\D|$)/.test(dateOf(2087, 1, 5)) ? '{dd}' : '{d}';
  return Array.from({ length: 12 }, (_, i) => dateOf(2087, i + 1, 23).replace('2087', '{y}').replace('23', day));
}
