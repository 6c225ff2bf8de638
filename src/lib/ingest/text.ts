/** Letters and digits only, lower-cased: the form in which two renderings of the same words compare equal. */
export function compact(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Collapses runs of white space to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export const URL_ONLY = /^\s*(?:https?:\/\/|www\.)\S*\s*$/;
