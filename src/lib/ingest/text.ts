import { createHash } from 'node:crypto';
/** Letters and digits only, lower-cased: the form in which two renderings of the same words compare equal. */
export function compact(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Collapses runs of white space to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export const URL_ONLY = /^\s*(?:https?:\/\/|www\.)\S*\s*$/;

/** A table's words in reading order: caption, header, cells (its fingerprint and its search text). */
export const tableWords = (t: { caption: string | null; header: readonly string[]; rows: readonly (readonly string[])[] }): string =>
  [t.caption ?? '', ...t.header, ...t.rows.flat()].join(' ');

/** Fingerprint of a text's letters and digits (spaces, punctuation and line breaks do not count), for the anchors lock. */
export const fingerprint = (text: string): string => createHash('sha256').update(compact(text)).digest('hex').slice(0, 16);
