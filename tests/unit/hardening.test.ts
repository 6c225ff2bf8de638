import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/site/config.ts';
import { unsafeMdx, isSafeUrl } from '../../src/lib/content/safe-mdx.ts';
import { checkChapterFiles } from '../../src/lib/content/chapters-loader.ts';
import { symlinksIn } from '../../src/integrations/confine-public.ts';
import { neutraliseFormula, toCsv } from '../../src/lib/data/csv.ts';
import { HttpUrl } from '../../src/lib/data/schemas.ts';
import { Paper } from '../../src/lib/ingest/manifest.ts';
import { decodeSource } from '../../src/lib/ingest/decode.ts';
import { readLock } from '../../src/lib/ingest/anchors.ts';
import { parseYaml } from '../../src/lib/core/yaml.ts';
import { z } from 'astro/zod';
import { swapIn } from '../../scripts/build.mjs';

// The pure parts of the hardening: what the build refuses, and how it says so. The real builds
// against broken content are in bad-input.test.ts; the server is in serve.test.ts.

const work = mkdtempSync(join(tmpdir(), 'archive-hardening-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const errorOf = (f: () => unknown): string => { try { f(); } catch (e) { return (e as Error).message; } return 'no error'; };

describe('chapters may hold no script', () => {
  it.each([
    ['<script>alert(1)</script>', 1, /raw <script> element/],
    ['text\n\n<iframe src="https://example.org"></iframe>', 3, /raw <iframe>/],
    ['<img src="a.png" onerror="alert(1)" />', 1, /event-handler attribute onerror on <img>/],
    ['<a\n  onClick={() => 1}>x</a>', 2, /event-handler attribute onClick/],
    ['[here](javascript:alert(1))', 1, /link address "javascript:alert/],
    ['para\n\n[r]: vbscript:msgbox', 3, /link address "vbscript:msgbox"/],
    ['<a href={"javascript:alert(1)"}>x</a>', 1, /address "javascript:alert\(1\)" in href on <a>/],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', 1, /in href on <a>/],
    ['<javascript:alert(1)>', 1, /link address/],
    ['<style>p{}</style>', 1, /raw <style>/],
  ])('%j is refused at line %i', (source, line, problem) => {
    const [first] = unsafeMdx(source);
    expect(first?.line).toBe(line);
    expect(first?.problem).toMatch(problem);
    expect(first?.fix).toMatch(/remove|link to an http\(s\) address/);
  });

  it('lets text, code shown as code, components and site links through', () => {
    expect(unsafeMdx('Use `<script>` here.\n\n```html\n<script>alert(1)</script>\n```\n\n<Cite src="004" line="12" /> [a](/kk/papers/) [b](https://example.org) [c](#p1) [d](mailto:editors@example.org)')).toEqual([]);
  });

  it('judges a scheme the way a browser does (case, white space and control characters ignored)', () => {
    expect(['javascript:x', ' JAVASCRIPT:x', 'java\tscript:x', 'data:text/html,x', 'file:///etc/passwd'].map(isSafeUrl)).toEqual([false, false, false, false, false]);
    expect(['https://a.kz', 'http://a.kz', '/kk/', '../x/', '#p3', 'mailto:a@b.kz'].map(isSafeUrl)).toEqual([true, true, true, true, true, true]);
  });
});

describe('chapter files', () => {
  // A chapter is named after a topic of the content folder's topics.yaml (the folder above chapters/).
  for (const f of ['topics.yaml', 'genres.yaml']) cpSync(join('content', f), join(work, f));
  const chapters = (layout: Record<string, string>) => {
    const dir = mkdtempSync(join(work, 'chapters-'));
    for (const [path, text] of Object.entries(layout)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };

  it('refuses a folder that is not a language, naming it and the languages', () => {
    const dir = chapters({ 'kk/political-pr.mdx': '---\n---\n', 'kz/political-pr.mdx': '' });
    expect(errorOf(() => checkChapterFiles(dir))).toMatch(/kz: "kz" is not a language of the archive\n {2}Fix: rename the folder to one of kk, ru, en/);
  });

  it('refuses a file that is not a topic', () => {
    const dir = chapters({ 'ru/political_pr.mdx': '' });
    expect(errorOf(() => checkChapterFiles(dir))).toMatch(/ru\/political_pr\.mdx: "political_pr\.mdx" is not a chapter.*\n {2}Fix: rename it to one of political-pr\.mdx, steppe-diplomacy\.mdx, digital-diplomacy\.mdx/);
  });

  it('refuses a chapter with script, with its line', () => {
    const dir = chapters({ 'en/steppe-diplomacy.mdx': '---\ntitle: x\n---\n\nText.\n\n<img src="x" onerror="alert(1)" />\n' });
    expect(errorOf(() => checkChapterFiles(dir))).toMatch(/en\/steppe-diplomacy\.mdx:7: the event-handler attribute onerror/);
  });

  it('accepts the archive\'s own chapters', () => {
    expect(() => checkChapterFiles('content/chapters')).not.toThrow();
  });
});

describe('content stays inside content/', () => {
  const entry = (file: string) => Paper.safeParse({
    slug: 'x', id: '9', file, title: { original: 'x', lang: 'kk' }, date: { year: 2020, certainty: 'stated', evidence: { kk: 'x', ru: 'x', en: 'x' } },
    genre: 'article', languages: ['kk'], topics: ['political-pr'], spacing: 'single',
  });

  it('a manifest `file` is a bare name in content/sources/', () => {
    for (const bad of ['../../../../../../../etc/os-release', '/etc/os-release', 'sub/paper.txt', '..', '.hidden.txt', 'a\\b.txt']) {
      const r = entry(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message).toMatch(/bare file name inside content\/sources/);
    }
    expect(entry('005_paper.txt').success).toBe(true);
  });

  it('a published address is http(s)', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://x.kz', 'not a url']) expect(HttpUrl.safeParse(bad).success, bad).toBe(false);
    expect(HttpUrl.safeParse('https://www.facebook.com/KazakhstanEmbassy').success).toBe(true);
  });

  it('finds symbolic links anywhere under public/', () => {
    const dir = join(work, 'public');
    mkdirSync(join(dir, 'fonts'), { recursive: true });
    writeFileSync(join(dir, 'ok.txt'), 'ok');
    symlinkSync('/etc/os-release', join(dir, 'fonts', 'leak.txt'));
    expect(symlinksIn(dir)).toEqual([join(dir, 'fonts', 'leak.txt')]);
    expect(symlinksIn('public')).toEqual([]);
  });
});

describe('CSV exports', () => {
  it('neutralise cells a spreadsheet would run as a formula, and keep numbers', () => {
    expect(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '=1'].map(neutraliseFormula)).toEqual(["'=HYPERLINK(\"http://x\")", "'+1+1", "'-2+3", "'@SUM(A1)", "'\tx", "'=1"]);
    expect(['-12', '+7.5', '33343', 'Астана', '–dash'].map(neutraliseFormula)).toEqual(['-12', '+7.5', '33343', 'Астана', '–dash']);
    expect(toCsv([{ name: '=cmd|calc', n: -5 }])).toBe("name,n\r\n'=cmd|calc,-5\r\n");
  });
});

describe('environment variables are validated by name', () => {
  it.each([
    [{ SITE_URL: 'not-a-url' }, /SITE_URL="not-a-url" is not an http\(s\) address\.\n {2}Fix: set SITE_URL to the archive's public address/],
    [{ SITE_URL: 'javascript:alert(1)' }, /SITE_URL=.*not an http\(s\) address/],
    [{ ARCHIVE_BASE: '/../etc/' }, /ARCHIVE_BASE=.*may not contain "\." or "\.\." segments/],
    [{ ARCHIVE_BASE: '/a b/' }, /ARCHIVE_BASE=.*may hold only letters/],
    [{ SOURCE_DATE_EPOCH: 'yesterday' }, /SOURCE_DATE_EPOCH="yesterday" is not a whole number of seconds/],
    [{ ARCHIVE_SEARCH_INDEX: 'later' }, /ARCHIVE_SEARCH_INDEX="later"/],
  ])('%j', (env, message) => {
    expect(errorOf(() => readConfig(env))).toMatch(message);
  });

  it('normalises a base path and fills the defaults', () => {
    expect(readConfig({ ARCHIVE_BASE: 'archive' }).ARCHIVE_BASE).toBe('/archive/');
    expect(readConfig({ ARCHIVE_BASE: '/archive' }).ARCHIVE_BASE).toBe('/archive/');
    expect(readConfig({})).toMatchObject({ ARCHIVE_BASE: '/', ARCHIVE_CONTENT: 'content', SITE_URL: 'https://polcomm-archive.example.org' });
    expect(readConfig({ SITE_URL: '' }).SITE_URL).toBe('https://polcomm-archive.example.org');
  });
});

describe('messages that name the right thing', () => {
  const text = readFileSync('content/sources/001_562c2fdbbb58565d.txt', 'utf8');

  it('UTF-16 without a byte-order mark is recognised as UTF-16, in both byte orders', () => {
    expect(errorOf(() => decodeSource(Buffer.from(text, 'utf16le'), 'x.txt'))).toMatch(/UTF-16LE encoded \(without a byte-order mark\)[\s\S]*iconv -f UTF-16LE -t UTF-8/);
    expect(errorOf(() => decodeSource(Buffer.from(text, 'utf16le').swap16(), 'x.txt'))).toMatch(/UTF-16BE encoded/);
    const binary = Buffer.from(text);
    binary[500] = 0;
    expect(errorOf(() => decodeSource(binary, 'x.txt'))).toMatch(/NUL byte at offset 500/);
  });

  it('an anchors lock of the wrong shape names the field', () => {
    const file = join(work, 'anchors.lock.json');
    writeFileSync(file, JSON.stringify({ version: 2, edition: 1, papers: { x: { p1: [1, 3] } } }));
    expect(errorOf(() => readLock(file))).toMatch(/anchors\.lock\.json: the anchors lock has the wrong shape at papers\.x\.p1[\s\S]*Fix: restore it from git/);
  });

  it('a YAML alias bomb is that file\'s error', () => {
    const bomb = 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n';
    expect(errorOf(() => parseYaml(bomb, 'content/glossary/terms.yaml', z.any(), 'glossary'))).toMatch(/^content\/glossary\/terms\.yaml: the glossary could not be read as data: Excessive alias count[\s\S]*Fix: write the values out/);
  });
});

describe('the new site replaces the old one on any filesystem', () => {
  const site = (name: string, file: string) => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file), file);
    return dir;
  };

  it('by renaming beside the target', () => {
    const out = site('dist-a', 'old.html');
    const tmp = site('.dist-a.building-1', 'new.html');
    swapIn(tmp, out, join(work, '.dist-a.old-1'));
    expect(readdirSync(out)).toEqual(['new.html']);
    expect(existsSync(tmp) || existsSync(join(work, '.dist-a.old-1'))).toBe(false);
  });

  it('by copying where a rename fails with EXDEV, keeping the old site until the copy is complete', () => {
    const out = site('dist-b', 'old.html');
    const tmp = site('.dist-b.building-1', 'new.html');
    const exdev = () => { throw Object.assign(new Error('cross-device link not permitted'), { code: 'EXDEV' }); };
    swapIn(tmp, out, join(work, '.dist-b.old-1'), exdev);
    expect(readdirSync(out)).toEqual(['new.html']);
    expect(existsSync(tmp)).toBe(false);
  });

  it('puts the old site back when moving the new one in fails otherwise', () => {
    const out = site('dist-c', 'old.html');
    const tmp = site('.dist-c.building-1', 'new.html');
    let calls = 0;
    const failSecond = (from: string, to: string) => {
      calls++;
      if (calls === 2) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      return renameSync(from, to);
    };
    expect(() => swapIn(tmp, out, join(work, '.dist-c.old-1'), failSecond as never)).toThrow(/no space/);
    expect(readdirSync(out)).toEqual(['old.html']);
  });
});
