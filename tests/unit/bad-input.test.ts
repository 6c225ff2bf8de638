import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Real builds (node scripts/build.mjs) of a broken copy of content/: each case copies content/ to a
// temporary folder, breaks one thing and builds it with ARCHIVE_CONTENT into a folder that already
// holds a good site. A broken build must stop, name the file, the line and the fix, and leave that
// site as it was. HTML inside a source must build, and show as text.

const work = mkdtempSync(join(tmpdir(), 'archive-bad-input-'));
const good = join(work, 'dist');
const CACHES = '.build/cache';
const cachesBefore = new Set(existsSync(CACHES) ? readdirSync(CACHES) : []);
const MAIN_CACHE = 'node_modules/.astro/data-store.json';
const fileHash = (f: string) => (existsSync(f) ? createHash('sha256').update(readFileSync(f)).digest('hex') : 'absent');
const mainCacheBefore = fileHash(MAIN_CACHE);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  // The per-content-folder caches scripts/build.mjs made for these temporary folders.
  for (const name of existsSync(CACHES) ? readdirSync(CACHES) : []) if (!cachesBefore.has(name)) rmSync(join(CACHES, name), { recursive: true, force: true });
});

const S = 'sources';
const FILE_001 = `${S}/001_562c2fdbbb58565d.txt`;
const FILE_002 = `${S}/002_12c7e3628e99c087.txt`;

/** A copy of content/ named after the case, with `edit` applied to it. */
function brokenContent(name: string, edit: (dir: string) => void): string {
  const dir = join(work, name);
  cpSync('content', dir, { recursive: true });
  edit(dir);
  return dir;
}

/** Replaces `from` (which must occur) by `to` in a file of a content copy. */
function replaceIn(dir: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(join(dir, file), text.replace(from, to));
}

/** The 1-based line of the first line of a content file that contains `needle`. */
function lineOf(file: string, needle: string): number {
  const i = readFileSync(join('content', file), 'utf8').split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${file} has no line with ${JSON.stringify(needle)}`);
  return i + 1;
}

/** Windows-1251: Russian letters and Ё/ё, І/і; everything else outside ASCII becomes "?". */
function cp1251(text: string): Buffer {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, І: 0xb2, і: 0xb3 };
  return Buffer.from([...text].map((c) => {
    const code = c.codePointAt(0) ?? 0x3f;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    return special[c] ?? 0x3f;
  }));
}

interface Built { status: number | null; output: string; content: string }

function build(content: string, out: string, env: Record<string, string> = {}, args: string[] = []): Promise<Built> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.mjs', '--out', out, ...args], { env: { ...process.env, ARCHIVE_CONTENT: content, ...env } });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    child.on('close', (status) => resolve({ status, output: output.replace(/\x1b\[[0-9;]*m/g, ''), content }));
  });
}

/** Every file of a folder and its hash: "untouched" means the same files with the same bytes. */
function fingerprint(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(relative(dir, p)).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

/** The first "FILE[:LINE]: problem / Fix: fix" message of a build's output, with the content folder shown as <content>. */
function messageOf(b: Built): { file: string; line: number | undefined; problem: string; fix: string } | undefined {
  const rel = relative(process.cwd(), b.content);
  const text = b.output.split(b.content).join('<content>').split(rel).join('<content>');
  const m = text.match(/((?:<content>|public)\/[^\s:]+)(?::(\d+))?: (.+)\n\s+Fix: (.+)/);
  if (m) return { file: m[1]!, line: m[2] === undefined ? undefined : Number(m[2]), problem: m[3]!, fix: m[4]! };
  const env = text.match(/environment variable (\w+)=(.*)\n\s+Fix: (.+)/);
  return env ? { file: `$${env[1]}`, line: undefined, problem: env[2]!, fix: env[3]! } : undefined;
}

const TEXT_001 = readFileSync(join('content', FILE_001), 'utf8');
/** Paper 001 repeated to 50 MB; the limit (8 MB) is crossed at lineAtByte(BIG, 8 MB). */
const BIG = Buffer.from(TEXT_001.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(TEXT_001))));
const lineAtByte = (bytes: Buffer, offset: number) => { let n = 1; for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) n++; return n; };
const SCRIPT = '<script>alert("archive")</script> <b>Қалың</b> & <img src=x onerror=alert(1)> мәтін соңы.';
/** A fenced code block in a chapter: it must render as plain <pre><code>, without the inline styles the CSP forbids. */
const CODE_BLOCK = '\n\n```js\nconst archive = "kk";\n```\n';

/** Line 40 of paper 001 with `bytes` inserted at its end. */
const with001Line40 = (bytes: Buffer) => {
  const lines = TEXT_001.split('\n');
  return Buffer.concat([Buffer.from(lines.slice(0, 39).join('\n') + '\n' + lines[39]), bytes, Buffer.from('\n' + lines.slice(40).join('\n'))]);
};
const PAPERS = `${S}/papers.yaml`;
const CHAPTER = 'chapters/en/political-pr.mdx';
/** The line a text appended to a content file (after a blank line) starts at. */
const appendedLine = (file: string) => readFileSync(join('content', file), 'utf8').replace(/\n$/, '').split('\n').length + 2;
const append = (file: string, text: string) => (d: string) => writeFileSync(join(d, file), `${readFileSync(join(d, file), 'utf8').replace(/\n$/, '')}\n\n${text}\n`);
/** A YAML document whose aliases expand to 9^6 values. */
const BOMB = 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n';
const firstLine = (file: string, needle: string) => lineOf(file, needle);

interface Case { name: string; edit?: (dir: string) => void; env?: Record<string, string>; file: string; line: number | undefined; problem: RegExp; fix: RegExp }

const CASES: Case[] = [
  // Source files
  {
    name: 'a source in CP1251', edit: (d) => writeFileSync(join(d, FILE_002), cp1251(readFileSync(join('content', FILE_002), 'utf8'))),
    file: FILE_002, line: 1, problem: /not UTF-8: it looks like Windows-1251 \(CP1251\) Cyrillic/, fix: /iconv -f CP1251 -t UTF-8/,
  },
  {
    name: 'a source in UTF-16 with a byte-order mark', edit: (d) => writeFileSync(join(d, FILE_001), Buffer.from(`\ufeff${TEXT_001}`, 'utf16le')),
    file: FILE_001, line: 1, problem: /the file is UTF-16LE encoded, not UTF-8/, fix: /re-save it as UTF-8 .*iconv -f UTF-16LE/,
  },
  {
    name: 'a source in UTF-16LE without a byte-order mark', edit: (d) => writeFileSync(join(d, FILE_001), Buffer.from(TEXT_001, 'utf16le')),
    file: FILE_001, line: 1, problem: /UTF-16LE encoded \(without a byte-order mark\)/, fix: /iconv -f UTF-16LE -t UTF-8/,
  },
  {
    name: 'a source in UTF-16BE without a byte-order mark', edit: (d) => writeFileSync(join(d, FILE_001), Buffer.from(TEXT_001, 'utf16le').swap16()),
    file: FILE_001, line: 1, problem: /UTF-16BE encoded \(without a byte-order mark\)/, fix: /iconv -f UTF-16BE -t UTF-8/,
  },
  {
    name: 'an empty source', edit: (d) => writeFileSync(join(d, FILE_001), ''),
    file: FILE_001, line: 1, problem: /the source file is empty/, fix: /put the paper's extracted text in the file/,
  },
  {
    name: 'a source of white space only', edit: (d) => writeFileSync(join(d, FILE_001), ' \n\n\t\n'),
    file: FILE_001, line: 1, problem: /holds only white space/, fix: /put the paper's extracted text in the file/,
  },
  {
    name: 'NUL bytes in a source', edit: (d) => writeFileSync(join(d, FILE_001), TEXT_001.split('\n').map((l, i) => (i === 39 ? `${l}\0\0\0` : l)).join('\n')),
    file: FILE_001, line: 40, problem: /contains a NUL byte/, fix: /extract the text again as plain UTF-8/,
  },
  {
    name: 'damaged UTF-8 bytes in a source', edit: (d) => writeFileSync(join(d, FILE_001), with001Line40(Buffer.from([0xd0, 0x20]))),
    file: FILE_001, line: 40, problem: /is UTF-8 but has 1 invalid byte sequence/, fix: /do not convert the file/,
  },
  {
    name: 'a control character in a source', edit: (d) => writeFileSync(join(d, FILE_001), with001Line40(Buffer.from([0x07]))),
    file: FILE_001, line: 40, problem: /the control character U\+0007/, fix: /extract the text again as plain UTF-8/,
  },
  {
    name: 'a 50 MB source',
    edit: (d) => writeFileSync(join(d, FILE_001), BIG),
    file: FILE_001, line: lineAtByte(BIG, 8 * 1024 * 1024),
    problem: /the source file is 5\d\.\d MB, over the 8 MB limit for one paper/, fix: /split the text into several papers/,
  },
  // The manifest and its companions
  {
    name: 'a manifest entry with a missing field', edit: (d) => replaceIn(d, PAPERS, '  genre: article\n  languages: [kk, en, ru]', '  languages: [kk, en, ru]'),
    file: PAPERS, line: lineOf(PAPERS, 'slug: akimats-social-networks'), problem: /invalid manifest at papers\[1\]\.genre: the field "genre" is missing/, fix: /add "genre:" to the entry .*src\/lib\/ingest\/manifest\.ts/,
  },
  {
    name: 'a duplicate slug', edit: (d) => replaceIn(d, PAPERS, 'slug: political-pr-state-bodies', 'slug: akimats-social-networks'),
    file: PAPERS, line: lineOf(PAPERS, 'slug: political-pr-state-bodies'), problem: /duplicate slug "akimats-social-networks"/, fix: /give each paper its own slug/,
  },
  {
    name: 'a duplicate id', edit: (d) => replaceIn(d, PAPERS, 'id: "001"', 'id: "000"'),
    file: PAPERS, line: lineOf(PAPERS, 'id: "001"'), problem: /duplicate id "000"/, fix: /give each paper its own short id/,
  },
  {
    name: 'an excluded range beyond the end of the file', edit: (d) => replaceIn(d, PAPERS, '- lines: [1, 11]', '- lines: [1, 4300]'),
    file: PAPERS, line: lineOf(PAPERS, '- lines: [1, 11]'), problem: /the excluded range 1–4300 goes beyond the end of 002_12c7e3628e99c087\.txt \(\d+ lines\)/, fix: /correct the line numbers/,
  },
  {
    name: 'a source file named by a path out of content/ (../../etc/os-release)', edit: (d) => replaceIn(d, PAPERS, `file: ${FILE_001.slice(S.length + 1)}`, 'file: ../../../../../../../etc/os-release'),
    file: PAPERS, line: lineOf(PAPERS, `file: ${FILE_001.slice(S.length + 1)}`), problem: /invalid manifest at papers\[1\]\.file: a source file is a bare file name inside content\/sources\//, fix: /src\/lib\/ingest\/manifest\.ts/,
  },
  {
    name: 'a source file named by an absolute path', edit: (d) => replaceIn(d, PAPERS, `file: ${FILE_001.slice(S.length + 1)}`, 'file: /etc/os-release'),
    file: PAPERS, line: lineOf(PAPERS, `file: ${FILE_001.slice(S.length + 1)}`), problem: /a source file is a bare file name/, fix: /a value of the expected form/,
  },
  {
    name: 'a source file that does not exist', edit: (d) => replaceIn(d, PAPERS, `file: ${FILE_001.slice(S.length + 1)}`, 'file: 001_missing.txt'),
    file: PAPERS, line: lineOf(PAPERS, `file: ${FILE_001.slice(S.length + 1)}`), problem: /the source file "001_missing\.txt" does not exist/, fix: /put the text file there under that name/,
  },
  {
    name: 'an unknown topic', edit: (d) => replaceIn(d, PAPERS, 'topics: [political-pr, digital-diplomacy]', 'topics: [political-pr, cookery]'),
    file: PAPERS, line: lineOf(PAPERS, 'topics: [political-pr, digital-diplomacy]'), problem: /invalid manifest at papers\[0\]\.topics\[1\]: "cookery" is not a topic of content\/topics\.yaml/, fix: /one of: political-pr, steppe-diplomacy, digital-diplomacy/,
  },
  {
    name: 'an unknown genre', edit: (d) => replaceIn(d, PAPERS, '  genre: article\n  languages: [kk]\n', '  genre: essay\n  languages: [kk]\n'),
    file: PAPERS, line: lineOf(PAPERS, '  genre: article'), problem: /invalid manifest at papers\[0\]\.genre: "essay" is not a genre of content\/genres\.yaml/, fix: /one of: article, conference-paper, student-paper, masters-thesis, dissertation; or add the genre to content\/genres\.yaml/,
  },
  {
    name: 'a YAML syntax error in the manifest', edit: (d) => replaceIn(d, PAPERS, '  spacing: double\n', '  spacing: [double\n'),
    // The parser notices the unclosed "[" on the next line.
    file: PAPERS, line: lineOf(PAPERS, '  spacing: double') + 1, problem: /the manifest is not valid YAML/, fix: /correct the YAML syntax at that line/,
  },
  {
    name: 'a YAML alias bomb in the manifest', edit: append(PAPERS, `- ${BOMB.split('\n').filter(Boolean).join('\n  ')}`),
    file: PAPERS, line: undefined, problem: /the manifest could not be read as data: Excessive alias count/, fix: /write the values out instead of repeating YAML aliases/,
  },
  {
    name: 'a paper without editorial summaries', edit: (d) => replaceIn(d, `${S}/editorial.yaml`, '\nsocial-media-electoral-pr:', '\nsocial-media-electoral:'),
    file: `${S}/editorial.yaml`, line: undefined, problem: /no editorial title renderings and summaries for "social-media-electoral-pr"/, fix: /.+/,
  },
  {
    name: 'tables for a paper that does not exist', edit: (d) => { const f = join(d, S, 'tables.yaml'); const t = readFileSync(f, 'utf8'); const key = t.match(/^([a-z0-9-]+):/m)![1]!; writeFileSync(f, t.replace(new RegExp(`^${key}:`, 'm'), 'no-such-paper:')); },
    // The entry's tables start on the line after its key.
    file: `${S}/tables.yaml`, line: lineOf(`${S}/tables.yaml`, 'public-diplomacy-dissertation:') + 1, problem: /tables for unknown paper "no-such-paper"/, fix: /use the slug of a paper in papers\.yaml/,
  },
  // The anchors lock
  {
    name: 'an anchors lock that is not JSON', edit: (d) => writeFileSync(join(d, 'anchors.lock.json'), '{ "version": 1, '),
    file: 'anchors.lock.json', line: undefined, problem: /the anchors lock is not valid JSON/, fix: /restore it from git/,
  },
  {
    name: 'an anchors lock of the wrong shape', edit: (d) => writeFileSync(join(d, 'anchors.lock.json'), JSON.stringify({ version: 2, edition: 1, papers: { 'akimats-social-networks': { p1: [1, 2] } } })),
    file: 'anchors.lock.json', line: undefined, problem: /the anchors lock has the wrong shape at papers\.akimats-social-networks\.p1/, fix: /restore it from git .*npm run anchors:lock/,
  },
  // Data sets
  {
    name: 'a dataset number absent from its passage', edit: (d) => replaceIn(d, 'data/embassies.yaml', 'subscribers: 33343', 'subscribers: 33344'),
    file: 'data/embassies.yaml', line: lineOf('data/embassies.yaml', '- rank: 1'), problem: /the number 33344 .* does not occur in its passage, paper 004/, fix: /correct the number to the one the source prints/,
  },
  {
    name: 'a dataset address with javascript:', edit: (d) => replaceIn(d, 'data/embassies.yaml', 'url: "https://www.facebook.com/KazakhstanEmbassy/"', 'url: "javascript:alert(document.cookie)"'),
    file: 'data/embassies.yaml', line: firstLine('data/embassies.yaml', 'url: "https://www.facebook.com/KazakhstanEmbassy/"'), problem: /an address must be a full http:\/\/ or https:\/\/ URL/, fix: /src\/lib\/data\/schemas\.ts/,
  },
  {
    name: 'a dataset address with data:', edit: (d) => replaceIn(d, 'data/embassies.yaml', 'url: "https://www.facebook.com/KazakhstanEmbassy/"', 'url: "data:text/html,<script>alert(1)</script>"'),
    file: 'data/embassies.yaml', line: firstLine('data/embassies.yaml', 'url: "https://www.facebook.com/KazakhstanEmbassy/"'), problem: /an address must be a full http/, fix: /a value of the expected form/,
  },
  {
    name: 'a timeline date in the wrong form', edit: (d) => replaceIn(d, 'data/timelines/digital.yaml', 'date: { start: "1965", precision: year }', 'date: { start: "65 AD", precision: year }'),
    file: 'data/timelines/digital.yaml', line: firstLine('data/timelines/digital.yaml', 'date: { start: "1965", precision: year }'), problem: /a date is YYYY, YYYY-MM or YYYY-MM-DD/, fix: /.+/,
  },
  {
    name: 'a YAML alias bomb in a dataset', edit: (d) => writeFileSync(join(d, 'data/social-stats.yaml'), BOMB),
    file: 'data/social-stats.yaml', line: undefined, problem: /could not be read as data: Excessive alias count/, fix: /write the values out/,
  },
  // Chapters
  {
    name: 'a chapter citing a paragraph that does not exist', edit: append(CHAPTER, 'A claim. <Cite src="004" line="999999" />'),
    file: CHAPTER, line: appendedLine(CHAPTER), problem: /<Cite src="004" line="999999" \/>: 004_e32f3bd312cc2cb0\.txt has \d+ lines, so there is no line 999999/, fix: /cite the source line that states the fact/,
  },
  {
    name: 'a chapter citing a paper that does not exist', edit: append(CHAPTER, 'A claim. <Cite src="999" line="12" />'),
    file: CHAPTER, line: appendedLine(CHAPTER), problem: /999/, fix: /.+/,
  },
  {
    name: 'a raw <script> in a chapter', edit: append(CHAPTER, '<script>alert(1)</script>'),
    file: CHAPTER, line: appendedLine(CHAPTER), problem: /a raw <script> element in a chapter/, fix: /remove it: chapters are text/,
  },
  {
    name: 'an <iframe> in a chapter', edit: append(CHAPTER, '<iframe src="https://example.org/"></iframe>'),
    file: CHAPTER, line: appendedLine(CHAPTER), problem: /a raw <iframe> element/, fix: /remove it/,
  },
  {
    name: 'an event handler in a chapter', edit: append(CHAPTER, 'Text <img src="/favicon.svg" alt="" onerror="alert(1)" /> more.'),
    file: CHAPTER, line: appendedLine(CHAPTER), problem: /the event-handler attribute onerror on <img>/, fix: /remove the attribute: a chapter runs no script/,
  },
  {
    name: 'a javascript: link in a chapter', edit: append(CHAPTER, 'See [the source](javascript:alert(1)).'),
    file: CHAPTER, line: appendedLine(CHAPTER), problem: /the link address "javascript:alert/, fix: /link to an http\(s\) address or a page of the archive/,
  },
  {
    name: 'a javascript: href on an element in a chapter', edit: append(CHAPTER, '<a href={"javascript:alert(1)"}>the source</a>'),
    file: CHAPTER, line: appendedLine(CHAPTER), problem: /the address "javascript:alert\(1\)" in href on <a>/, fix: /link to an http\(s\) address/,
  },
  {
    name: 'a chapter in a folder that is not a language (kz/)', edit: (d) => { mkdirSync(join(d, 'chapters', 'kz')); cpSync(join(d, 'chapters', 'kk', 'political-pr.mdx'), join(d, 'chapters', 'kz', 'political-pr.mdx')); },
    file: 'chapters/kz', line: undefined, problem: /"kz" is not a language of the archive/, fix: /rename the folder to one of kk, ru, en/,
  },
  {
    name: 'a chapter file whose name is not a topic', edit: (d) => cpSync(join(d, 'chapters', 'ru', 'political-pr.mdx'), join(d, 'chapters', 'ru', 'political_pr.mdx')),
    file: 'chapters/ru/political_pr.mdx', line: undefined, problem: /"political_pr\.mdx" is not a chapter: a chapter file is named after its topic/, fix: /rename it to one of political-pr\.mdx, steppe-diplomacy\.mdx, digital-diplomacy\.mdx/,
  },
  // Environment variables
  {
    name: 'SITE_URL that is not a URL', env: { SITE_URL: 'not-a-url' },
    file: '$SITE_URL', line: undefined, problem: /"not-a-url" is not an http\(s\) address/, fix: /set SITE_URL to the archive's public address/,
  },
  {
    name: 'SITE_URL with javascript:', env: { SITE_URL: 'javascript:alert(1)' },
    file: '$SITE_URL', line: undefined, problem: /is not an http\(s\) address/, fix: /SITE_URL=https:/,
  },
  {
    name: 'ARCHIVE_BASE with ".." segments', env: { ARCHIVE_BASE: '/../../etc/' },
    file: '$ARCHIVE_BASE', line: undefined, problem: /may not contain "\." or "\.\." segments/, fix: /set ARCHIVE_BASE to a path such as \/archive\//,
  },
  {
    name: 'SOURCE_DATE_EPOCH that is not a number', env: { SOURCE_DATE_EPOCH: 'yesterday' },
    file: '$SOURCE_DATE_EPOCH', line: undefined, problem: /"yesterday" is not a whole number of seconds since 1970/, fix: /git log -1 --format=%ct/,
  },
];
const results = new Map<string, Built>();
let goodFingerprint = '';
let htmlBuild: Built;

/** A symbolic link in the project's public/ (not in content/): made for its own build, after the others. */
const PUBLIC_LINK = `public/leak-${process.pid}.txt`;
let publicBuild: Built;
let otherFs = '';
let otherFsBuild: Built | undefined;
let otherFsSecond: Built | undefined;
afterAll(() => { if (otherFs) rmSync(otherFs, { recursive: true, force: true }); });

beforeAll(async () => {
  // The good site: HTML and a script inside a source (a new last paragraph of paper 001: a new anchor,
  // the lock only warns) and a code block in a chapter, built under a base path given without slashes.
  const html = brokenContent('html-in-source', (d) => {
    writeFileSync(join(d, FILE_001), `${TEXT_001.trimEnd()}\n\n${SCRIPT}\n`);
    append(CHAPTER, CODE_BLOCK)(d);
  });
  // What two killed builds of that folder left behind (their processes are gone): the next build removes them.
  for (const leftover of [join(work, '.dist.building-999999999'), `${good}.old-999999999`]) mkdirSync(join(leftover, 'kk'), { recursive: true });
  htmlBuild = await build(html, good, {}, ['--base', 'archive']);
  if (htmlBuild.status !== 0) return;
  goodFingerprint = fingerprint(good);
  // The broken builds, two at a time (scripts/build.mjs runs the Astro part of builds one at a time).
  const queue = [...CASES];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const dir = brokenContent(c.name.replace(/\W+/g, '-'), c.edit ?? (() => {}));
      results.set(c.name, await build(dir, good, c.env));
      rmSync(dir, { recursive: true, force: true });
    }
  };
  await Promise.all([worker(), worker()]);
  // A site written to another filesystem (tmpfs), over an older one there.
  if (existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync('.').dev) {
    otherFs = mkdtempSync('/dev/shm/archive-out-');
    writeFileSync(join(otherFs, 'old.html'), 'the previous site');
    otherFsBuild = await build(html, join(otherFs, 'dist'));
    otherFsSecond = await build(html, join(otherFs, 'dist'));
  }
  try {
    symlinkSync('/etc/os-release', PUBLIC_LINK);
    publicBuild = await build(brokenContent('public-link', () => {}), good);
  } finally {
    rmSync(PUBLIC_LINK, { force: true });
  }
}, 900_000);

describe('bad input', () => {
  it('HTML and <script> inside a source build, and show as text, never as markup', () => {
    expect(htmlBuild.status, htmlBuild.output.slice(-2000)).toBe(0);
    for (const page of ['kk/papers/akimats-social-networks/index.html', 'en/papers/akimats-social-networks/source/index.html']) {
      const html = readFileSync(join(good, page), 'utf8');
      expect(html).toContain('&lt;script&gt;alert(');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).not.toMatch(/<script>alert|<img src=x|<b>Қалың/);
      const scripts = [...html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      expect(scripts.filter((s) => s?.includes('alert'))).toEqual([]);
    }
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: the build stops naming the file, the line and the fix, and the site stays as it was', (_name, c) => {
    const b = results.get(c.name);
    expect(b, 'the good site was not built, see the first test').toBeDefined();
    expect(b!.status, b!.output.slice(-2000)).not.toBe(0);
    const message = messageOf(b!);
    expect(message, b!.output.slice(-2000)).toBeDefined();
    expect(message).toMatchObject({ file: c.file.startsWith('$') ? c.file : `<content>/${c.file}`, line: c.line });
    expect(message!.problem).toMatch(c.problem);
    expect(message!.fix).toMatch(c.fix);
    expect(b!.output).toMatch(/Build failed: the previous site in .* was left as it was/);
    expect(fingerprint(good)).toBe(goodFingerprint);
  });

  it('a symbolic link in public/ stops the build, naming it, and the site stays as it was', () => {
    expect(publicBuild.status, publicBuild.output.slice(-2000)).not.toBe(0);
    expect(messageOf(publicBuild)).toMatchObject({ file: PUBLIC_LINK, problem: expect.stringMatching(/a symbolic link in public\//), fix: expect.stringMatching(/copy the file itself into public\//) });
    expect(fingerprint(good)).toBe(goodFingerprint);
    expect(readdirSync(good).some((f) => f.startsWith('leak-'))).toBe(false);
  });

  it('a build removes what killed builds left beside its target', () => {
    expect(existsSync(join(work, '.dist.building-999999999'))).toBe(false);
    expect(existsSync(`${good}.old-999999999`)).toBe(false);
    expect(readdirSync(work).filter((f) => /\.(building|old)-\d+$/.test(f))).toEqual([]);
  });

  it('a site built onto another filesystem replaces the previous one there, build after build', () => {
    expect(otherFsBuild, '/dev/shm is another filesystem on this machine').toBeDefined();
    expect(otherFsBuild!.status, otherFsBuild!.output.slice(-2000)).toBe(0);
    expect(otherFsSecond!.status, otherFsSecond!.output.slice(-2000)).toBe(0);
    expect(existsSync(join(otherFs, 'dist', 'kk', 'index.html'))).toBe(true);
    expect(readdirSync(otherFs).sort()).toEqual(['dist', 'old.html']);
  });

  it('a code block in a chapter renders as plain <pre><code>, with no inline style for the CSP to block', () => {
    const page = readFileSync(join(good, 'en/chapters/political-pr/index.html'), 'utf8');
    const block = page.match(/<pre[^>]*>\s*<code[^>]*>[\s\S]*?const archive[\s\S]*?<\/code>\s*<\/pre>/)?.[0];
    expect(block, 'the code block is on the page').toBeDefined();
    expect(block).not.toMatch(/style=/);
  });

  it('a base path given without slashes is normalised: links and search results are absolute under it', () => {
    const home = readFileSync(join(good, 'kk/index.html'), 'utf8');
    expect(home).toMatch(/href="\/archive\/kk\/papers\/"/);
    const fragments = readdirSync(join(good, 'pagefind', 'fragment'));
    expect(fragments.length).toBeGreaterThan(100);
    for (const name of fragments.slice(0, 50)) {
      const url = gunzipSync(readFileSync(join(good, 'pagefind', 'fragment', name))).toString().match(/"url":"([^"]*)"/)?.[1];
      expect(url, name).toMatch(/^\/archive\//);
    }
    expect(readFileSync(join(good, '_headers'), 'utf8')).toMatch(/^\/archive\/\*\n {2}Content-Security-Policy: .*frame-ancestors 'none'/m);
  });

  it('never touches the project\'s own content cache', () => {
    expect(fileHash(MAIN_CACHE)).toBe(mainCacheBefore);
  });
});
