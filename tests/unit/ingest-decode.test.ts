import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource, MAX_SOURCE_BYTES } from '../../src/lib/ingest/decode.ts';
import { sourceErrorOf } from '../fixtures/source-error.ts';
import { line, sourceFile } from '../fixtures/source-lines.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** Windows-1251 by hand (no iconv in the project): ASCII as is, А–я at 0xC0–0xFF, Ё/ё at 0xA8/0xB8. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (c === 'Ё') return 0xa8;
    if (c === 'ё') return 0xb8;
    throw new Error(`no CP1251 byte for ${c}`);
  }));
}

const FILE = 'content/sources/001_562c2fdbbb58565d.txt';

describe('decodeSource accepts UTF-8', () => {
  it('returns a real source file unchanged', () => {
    const file = sourceFile('003');
    expect(decodeSource(readFileSync(file), file)).toBe(readFileSync(file, 'utf8'));
  });

  it('drops a UTF-8 byte-order mark and keeps the garbled letters for the repair step', () => {
    // 003:93, with the extraction's ҧ, ҥ and ҽ.
    const text = line('003', 93);
    expect(text).toContain('«жҧмсақ кҥш»');
    expect(decodeSource(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(text)), FILE)).toBe(text);
  });
});

describe('decodeSource refuses what is not UTF-8 text, naming the file, the line and the fix', () => {
  it('Windows-1251 Cyrillic: the Russian abstract of 001 (lines 34–37) re-encoded by hand', () => {
    // 001:34–36 are ASCII (English keywords), 001:37 is the first Russian line: the first bad byte is on line 4.
    const bytes = concat(utf8([34, 35, 36].map((n) => line('001', n)).join('\n') + '\n'), cp1251(line('001', 37)));
    expect(() => decodeSource(bytes, FILE)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/sources/001_562c2fdbbb58565d.txt:4: the file is not UTF-8: it looks like Windows-1251 (CP1251) Cyrillic (first invalid byte at offset 166)
        Fix: re-save it as UTF-8 (e.g. \`iconv -f CP1251 -t UTF-8 in.txt > out.txt\`)]
    `);
    expect(sourceErrorOf(() => decodeSource(bytes, FILE)).line).toBe(4);
  });

  it('UTF-16 LE with a byte-order mark', () => {
    const bytes = Buffer.from('\ufeff' + line('003', 93), 'utf16le');
    expect(() => decodeSource(bytes, FILE)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/sources/001_562c2fdbbb58565d.txt:1: the file is UTF-16LE encoded, not UTF-8
        Fix: re-save it as UTF-8 (e.g. \`iconv -f UTF-16LE -t UTF-8 in.txt > out.txt\`)]
    `);
  });

  it('UTF-16 LE without a byte-order mark (recognised by its byte pairs)', () => {
    const bytes = Buffer.from(line('001', 19), 'utf16le');
    expect(sourceErrorOf(() => decodeSource(bytes, FILE)).problem).toBe('the file is UTF-16LE encoded (without a byte-order mark), not UTF-8');
  });

  it('Kazakh text in UTF-16 without a byte-order mark, where few bytes are zero (003:93)', () => {
    const bytes = Buffer.from(line('003', 93), 'utf16le');
    expect(sourceErrorOf(() => decodeSource(bytes, FILE)).fix).toBe('re-save it as UTF-8 (e.g. `iconv -f UTF-16LE -t UTF-8 in.txt > out.txt`)');
    expect(sourceErrorOf(() => decodeSource(Buffer.from(bytes).swap16(), FILE)).problem).toMatch(/UTF-16BE/);
  });

  it('a NUL byte inside otherwise good text (000:25–27)', () => {
    const head = utf8(`${line('000', 25)}\n\n`);
    const bytes = concat(head, Uint8Array.of(0), utf8(line('000', 27)));
    expect(() => decodeSource(bytes, 'content/sources/000_649d09de3b6bb0e8.txt')).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/sources/000_649d09de3b6bb0e8.txt:3: the file contains a NUL byte at offset 159 (binary data, not text)
        Fix: extract the text again as plain UTF-8, or remove the binary bytes]
    `);
    expect(sourceErrorOf(() => decodeSource(bytes, FILE)).problem).toContain(`at offset ${head.length} `);
  });

  it('an empty file', () => {
    expect(() => decodeSource(new Uint8Array(0), FILE)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/sources/001_562c2fdbbb58565d.txt:1: the source file is empty
        Fix: put the paper's extracted text in the file, or remove its manifest entry]
    `);
  });

  it('a file of white space only, with or without a byte-order mark', () => {
    expect(() => decodeSource(utf8(' \n\n\t \r\n'), FILE)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/sources/001_562c2fdbbb58565d.txt:1: the source file holds only white space
        Fix: put the paper's extracted text in the file]
    `);
    expect(sourceErrorOf(() => decodeSource(utf8('\ufeff \n'), FILE)).problem).toBe('the source file holds only white space');
  });

  it('a 9 MB file (over the limit for one paper)', () => {
    const text = `${line('004', 595)}\n`;
    const bytes = utf8(text.repeat(Math.ceil((9 * 1024 * 1024) / utf8(text).length)).slice(0, 9 * 1024 * 1024));
    expect(bytes.length).toBeGreaterThan(MAX_SOURCE_BYTES);
    expect(() => decodeSource(bytes, FILE)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/sources/001_562c2fdbbb58565d.txt:60788: the source file is 9.0 MB, over the 8 MB limit for one paper (reached at this line)
        Fix: split the text into several papers, or check that the file is a plain-text extraction and not a PDF or an archive]
    `);
  });

  it('a control character left by the extraction (U+001F on line 2)', () => {
    const bytes = utf8(`${line('004', 595)}\nдипломатия\u001f құралдарын\n`);
    expect(() => decodeSource(bytes, FILE)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/sources/001_562c2fdbbb58565d.txt:2: the file contains the control character U+001F (binary data, not text)
        Fix: extract the text again as plain UTF-8]
    `);
  });

  it('a UTF-8 file with damaged bytes is not mistaken for CP1251 (converting it would garble every letter)', () => {
    // 001:58 «Кіріспе», then a CESU-8 surrogate pair (ED A0 BD ED B8 80) where an emoji was, then more Kazakh.
    // Before the fix: "it looks like Windows-1251", with iconv -f CP1251 as the fix, at the offset of the end of the file.
    const head = utf8(`${line('001', 58).trim()}\n`);
    const bytes = concat(head, Uint8Array.of(0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80), utf8('\nбағыт\nтүрі\n'));
    expect(() => decodeSource(bytes, FILE)).toThrowErrorMatchingInlineSnapshot(`
      [SourceError: content/sources/001_562c2fdbbb58565d.txt:2: the file is UTF-8 but has 2 invalid byte sequences (the first at offset 15)
        Fix: extract the text again, or retype the damaged words at that line; do not convert the file, the rest of it is good UTF-8]
    `);
    expect(sourceErrorOf(() => decodeSource(bytes, FILE)).line).toBe(2);
  });

  it('an overlong encoding is reported at its first byte', () => {
    const bytes = concat(utf8('ok\n'), Uint8Array.of(0xe0, 0x80, 0xaf));
    expect(sourceErrorOf(() => decodeSource(bytes, FILE)).problem).toContain('first invalid byte at offset 3');
  });
});
