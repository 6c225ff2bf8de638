import { SourceError } from '../core/errors.ts';

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
    // The line where the limit is crossed: often where a second document was pasted in.
    throw new SourceError(file, lineAt(bytes, MAX_SOURCE_BYTES), `the source file is ${mb} MB, over the ${MAX_SOURCE_BYTES / 1024 / 1024} MB limit for one paper (reached at this line)`,
      'split the text into several papers, or check that the file is a plain-text extraction and not a PDF or an archive');
  }
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'UTF-16LE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'UTF-16BE' : undefined;
  const nul = bytes.indexOf(0);
  const utf16 = bom ?? (nul !== -1 ? utf16Order(bytes) : undefined);
  if (utf16) {
    throw new SourceError(file, 1, `the file is ${utf16} encoded${bom ? '' : ' (without a byte-order mark)'}, not UTF-8`,
      `re-save it as UTF-8 (e.g. \`iconv -f ${utf16} -t UTF-8 in.txt > out.txt\`)`);
  }
  if (nul !== -1) {
    throw new SourceError(file, lineAt(bytes, nul), `the file contains a NUL byte at offset ${nul} (binary data, not text)`,
      'extract the text again as plain UTF-8, or remove the binary bytes');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { firstInvalid: bad, invalid, valid } = scanUtf8(bytes);
    if (valid > invalid) {
      // Mostly good UTF-8 (CP1251 Cyrillic almost never forms a valid sequence): damaged bytes, not another encoding.
      throw new SourceError(file, lineAt(bytes, bad),
        `the file is UTF-8 but has ${invalid} invalid byte sequence${invalid === 1 ? '' : 's'} (the first at offset ${bad})`,
        'extract the text again, or retype the damaged words at that line; do not convert the file, the rest of it is good UTF-8');
    }
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

/**
 * UTF-16 without a byte-order mark: text in it has one byte of every pair that is nearly always the
 * same few values — 0x00 for ASCII (spaces, digits, punctuation) and 0x04 for Cyrillic — on the odd
 * bytes for little-endian, on the even ones for big-endian. Binary data has no such regularity.
 */
function utf16Order(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  const pairs = sample.length / 2;
  if (pairs < 8) return undefined;
  let oddHigh = 0;
  let evenHigh = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0x00 || sample[i] === 0x04) evenHigh++;
    if (sample[i + 1] === 0x00 || sample[i + 1] === 0x04) oddHigh++;
  }
  if (oddHigh / pairs > 0.9 && evenHigh / pairs < 0.5) return 'UTF-16LE';
  if (evenHigh / pairs > 0.9 && oddHigh / pairs < 0.5) return 'UTF-16BE';
  return undefined;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Counts valid multi-byte and invalid UTF-8 sequences, and finds the first invalid one. */
function scanUtf8(bytes: Uint8Array): { firstInvalid: number; invalid: number; valid: number } {
  let firstInvalid = -1;
  let invalid = 0;
  let valid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) { i++; continue; }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    // The second byte's range excludes overlong forms, UTF-16 surrogates (CESU-8) and code points above U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    let ok = need > 0 && second >= lo && second <= hi;
    for (let k = 2; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
      while (i < bytes.length && ((bytes[i] ?? 0) & 0xc0) === 0x80) i++; // the rest of the broken sequence
    }
  }
  return { firstInvalid: firstInvalid < 0 ? bytes.length : firstInvalid, invalid, valid };
}
