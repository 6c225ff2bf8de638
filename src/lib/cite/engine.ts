import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { CONTENT_DIR } from '../content/paths.ts';
import { STYLE_FILES, STYLE_IDS, type StyleId } from './styles.ts';
import type { CslItem } from './csl-item.ts';

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
