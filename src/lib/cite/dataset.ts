import type { UiLang } from '../i18n/index.ts';
import { dateParts } from './access-date.ts';
import type { CslItem } from './csl-item.ts';
import { bibliographyEntry } from './engine.ts';
import { CSL_LOCALE } from './styles.ts';

/*
 * References to the archive's datasets and figures (charts, tables, CSV/JSON downloads), through the
 * same CSL styles as the papers: GOST R 7.0.100-2018 for the kk and ru interfaces, APA 7 for en.
 * Meant for the charts' "cite this figure" text.
 */
export interface DatasetRef {
  /** Title of the dataset or figure, in the interface language. */
  title: string;
  /** The archive's name in the interface language (the publisher and host). */
  archive: string;
  /** Version of the data, e.g. "2026.3" (a hyphen would read as a range of versions). */
  version?: string;
  /** Year of this version. */
  year: number;
  /** Absolute URL of the figure or the data file. */
  url: string;
  /** ISO access date (the build date). */
  accessed: string;
  /** The paper the numbers come from, as a short reference ("Копежанова Д. Е., [2016?], абз. 12"). */
  source?: string;
}

const GENRE: Record<UiLang, string> = { kk: 'деректер жиыны', ru: 'набор данных', en: 'Data set' };
const SOURCE: Record<UiLang, string> = { kk: 'Деректер көзі', ru: 'Источник данных', en: 'Data source' };

export type DatasetStyle = 'gost' | 'apa';

/** The reference as plain text; `style` defaults to the interface's convention (GOST in kk and ru, APA in en). */
export function datasetReference(ref: DatasetRef, lang: UiLang, style: DatasetStyle = lang === 'en' ? 'apa' : 'gost'): string {
  const item: CslItem = {
    id: 'dataset',
    type: 'dataset',
    title: ref.title,
    issued: { 'date-parts': [[ref.year]] },
    accessed: { 'date-parts': [dateParts(ref.accessed)] },
    URL: ref.url,
    language: lang,
    genre: GENRE[lang],
    publisher: ref.archive,
    ...(style === 'gost' ? { 'container-title': ref.archive } : {}),
    ...(ref.version ? { version: ref.version } : {}),
    ...(ref.source && style === 'gost' ? { note: `${SOURCE[lang]}: ${ref.source}` } : {}),
  };
  return bibliographyEntry(item, style === 'gost' ? 'gost-2018' : 'apa', CSL_LOCALE[lang], 'text');
}
