import { SourceError } from './errors.ts';

/** Sources larger than this are refused: the largest real paper is 0.6 MB. */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

const CP1251_HINT = /[\u0410-\u044f]/;

/**
 * Decodes a source file. Only UTF-8 is accepted: anything else would silently turn Kazakh letters
 * into other letters, so the build stops and says what was found.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) {
    throw new SourceError(file, 1, 'the source file is empty', 'put the paper\'s extracted text in the file, or remove its manifest entry');
  }
  if (bytes.length > MAX_SOURCE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new SourceError(file, undefined, `the source file is ${mb} MB, over the ${MAX_SOURCE_BYTES / 1024 / 1024} MB limit for one paper`,
      'split the text into several papers, or check that the file is a plain-text extraction and not a PDF or an archive');
  }
  const bomUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const nul = bytes.indexOf(0);
  if (bomUtf16 || (nul !== -1 && looksUtf16(bytes))) {
    throw new SourceError(file, 1, 'the file is UTF-16 encoded', 're-save it as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8 in.txt > out.txt`)');
  }
  if (nul !== -1) {
    throw new SourceError(file, lineAt(bytes, nul), `the file contains a NUL byte at offset ${nul} (binary data, not text)`,
      'extract the text again as plain UTF-8, or remove the binary bytes');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const asCp1251 = new TextDecoder('windows-1251').decode(bytes.subarray(0, 4096));
    const guess = CP1251_HINT.test(asCp1251) ? 'it looks like Windows-1251 (CP1251) Cyrillic' : 'it is not valid UTF-8';
    throw new SourceError(file, lineAt(bytes, bad), `the file is not UTF-8: ${guess} (first invalid byte at offset ${bad})`,
      're-save it as UTF-8 (e.g. `iconv -f CP1251 -t UTF-8 in.txt > out.txt`)');
  }
  const control = text.match(/[\u0001-\u0008\u000e-\u001f]/);
  if (control?.index !== undefined) {
    throw new SourceError(file, text.slice(0, control.index).split('\n').length,
      `the file contains the control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} (binary data, not text)`,
      'extract the text again as plain UTF-8');
  }
  if (text.trim() === '') {
    throw new SourceError(file, 1, 'the source file holds only white space', 'put the paper\'s extracted text in the file');
  }
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

function looksUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 2048));
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  return zeros > sample.length / 4;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
