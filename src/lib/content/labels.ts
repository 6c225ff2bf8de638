import type { Lang } from '../../site/languages.ts';
import type { PaperData } from './paper-schema.ts';

/** A short in-text label for a paper: the first author's family name and year, else a short title. */
export function shortLabel(p: PaperData, lang: Lang): string {
  const author = p.manifest.authors.find((a) => a.role === 'author');
  if (author) return `${author.family} ${p.manifest.date.year}`;
  const title = p.editorial.title[lang].split(/[:.]/)[0] ?? p.editorial.title[lang];
  const words = title.split(/\s+/);
  return `${words.slice(0, 4).join(' ')}${words.length > 4 ? '…' : ''} ${p.manifest.date.year}`;
}
