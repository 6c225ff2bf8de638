import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { toCsl } from './csl-item.ts';
import type { Work } from './work.ts';

/*
 * The downloads /cite/{key}.bib, .ris and .json: the work's CSL-JSON (plain title, no display brackets),
 * converted by citation-js so that what reference managers read is what our tests read back.
 */
// Keep Kazakh and Russian letters as UTF-8 (BibTeX's ASCII escapes lose them) and use the slug as the key.
const bibtex = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
bibtex.format.asciiOnly = false;
bibtex.format.useIdAsLabel = true;

export type ExportFormat = 'bib' | 'ris' | 'json';

export const EXPORT_FORMATS: ExportFormat[] = ['bib', 'ris', 'json'];

export function exportWork(work: Work, format: ExportFormat, accessed: string): string {
  const item = toCsl(work, { accessed });
  if (format === 'json') return `${JSON.stringify([item], null, 2)}\n`;
  if (format === 'bib') {
    // BibTeX knows a thesis only by its degree; the editors identify the dissertation as a PhD thesis.
    const bibItem = item.type === 'thesis' ? { ...item, genre: 'PhD thesis' } : item;
    return `${String(new Cite(bibItem).format('bibtex', { format: 'text' })).trim()}\n`;
  }
  return `${unwrapRis(String(new Cite(item).format('ris', { format: 'text' }))).trim()}\n`;
}

/** citation-js breaks RIS values every 70 characters; readers join continuation lines with a space, which would split words. */
export const unwrapRis = (ris: string) => ris.split('\n').reduce<string[]>((lines, line) => {
  if (lines.length && line !== '' && !/^[A-Z][A-Z0-9] {2}-/.test(line)) lines[lines.length - 1] += line;
  else lines.push(line);
  return lines;
}, []).join('\n');
