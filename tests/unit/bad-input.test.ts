import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

function build(content: string, out: string): Promise<Built> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.mjs', '--out', out], { env: { ...process.env, ARCHIVE_CONTENT: content } });
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

/** The first "FILE:LINE: problem / Fix: fix" message of a build's output, with the content folder shown as <content>. */
function messageOf(b: Built): { file: string; line: number; problem: string; fix: string } | undefined {
  const rel = relative(process.cwd(), b.content);
  const m = b.output.split(rel).join('<content>').match(/(<content>\/[^\s:]+):(\d+): (.+)\n\s+Fix: (.+)/);
  return m ? { file: m[1]!, line: Number(m[2]), problem: m[3]!, fix: m[4]! } : undefined;
}

const TEXT_001 = readFileSync(join('content', FILE_001), 'utf8');
/** Paper 001 repeated to 50 MB; the limit (8 MB) is crossed at lineAtByte(BIG, 8 MB). */
const BIG = Buffer.from(TEXT_001.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(TEXT_001))));
const lineAtByte = (bytes: Buffer, offset: number) => { let n = 1; for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) n++; return n; };
const SCRIPT = '<script>alert("archive")</script> <b>Қалың</b> & <img src=x onerror=alert(1)> мәтін соңы.';

interface Case { name: string; edit: (dir: string) => void; file: string; line: number; problem: RegExp; fix: RegExp }

const CASES: Case[] = [
  {
    name: 'a source in CP1251', edit: (d) => writeFileSync(join(d, FILE_002), cp1251(readFileSync(join('content', FILE_002), 'utf8'))),
    file: FILE_002, line: 1, problem: /not UTF-8: it looks like Windows-1251 \(CP1251\) Cyrillic/, fix: /iconv -f CP1251 -t UTF-8/,
  },
  {
    name: 'a source in UTF-16', edit: (d) => writeFileSync(join(d, FILE_001), Buffer.from(`\ufeff${TEXT_001}`, 'utf16le')),
    file: FILE_001, line: 1, problem: /the file is UTF-16 encoded/, fix: /re-save it as UTF-8/,
  },
  {
    name: 'an empty source', edit: (d) => writeFileSync(join(d, FILE_001), ''),
    file: FILE_001, line: 1, problem: /the source file is empty/, fix: /put the paper's extracted text in the file/,
  },
  {
    name: 'NUL bytes in a source', edit: (d) => writeFileSync(join(d, FILE_001), TEXT_001.split('\n').map((l, i) => (i === 39 ? `${l}\0\0\0` : l)).join('\n')),
    file: FILE_001, line: 40, problem: /contains a NUL byte/, fix: /extract the text again as plain UTF-8/,
  },
  {
    name: 'a 50 MB source',
    edit: (d) => writeFileSync(join(d, FILE_001), BIG),
    file: FILE_001, line: lineAtByte(BIG, 8 * 1024 * 1024),
    problem: /the source file is 5\d\.\d MB, over the 8 MB limit for one paper/, fix: /split the text into several papers/,
  },
  {
    name: 'a manifest entry with a missing field', edit: (d) => replaceIn(d, `${S}/papers.yaml`, '  genre: article\n  languages: [kk, en, ru]', '  languages: [kk, en, ru]'),
    file: `${S}/papers.yaml`, line: lineOf(`${S}/papers.yaml`, 'slug: akimats-social-networks'), problem: /invalid manifest at 1\.genre: the field "genre" is missing/, fix: /add "genre:" to the entry/,
  },
  {
    name: 'a duplicate slug', edit: (d) => replaceIn(d, `${S}/papers.yaml`, 'slug: political-pr-state-bodies', 'slug: akimats-social-networks'),
    file: `${S}/papers.yaml`, line: lineOf(`${S}/papers.yaml`, 'slug: political-pr-state-bodies'), problem: /duplicate slug "akimats-social-networks"/, fix: /give each paper its own slug/,
  },
  {
    name: 'an excluded range beyond the end of the file', edit: (d) => replaceIn(d, `${S}/papers.yaml`, '- lines: [1, 11]', '- lines: [1, 4300]'),
    file: `${S}/papers.yaml`, line: lineOf(`${S}/papers.yaml`, '- lines: [1, 11]'), problem: /the excluded range 1–4300 goes beyond the end of 002_12c7e3628e99c087\.txt \(\d+ lines\)/, fix: /correct the line numbers/,
  },
  {
    name: 'a chapter citing a paragraph that does not exist', edit: (d) => replaceIn(d, 'chapters/kk/political-pr.mdx', '<Cite src="002" line="66" />', '<Cite src="004" line="999999" />'),
    file: 'chapters/kk/political-pr.mdx', line: lineOf('chapters/kk/political-pr.mdx', '<Cite src="002" line="66" />'), problem: /<Cite src="004" line="999999" \/>: 004_e32f3bd312cc2cb0\.txt has \d+ lines, so there is no line 999999/, fix: /cite the source line that states the fact/,
  },
  {
    name: 'a dataset number absent from its passage', edit: (d) => replaceIn(d, 'data/embassies.yaml', 'subscribers: 33343', 'subscribers: 33344'),
    file: 'data/embassies.yaml', line: lineOf('data/embassies.yaml', '- rank: 1'), problem: /the number 33344 .* does not occur in its passage, paper 004/, fix: /correct the number to the one the source prints/,
  },
];

const results = new Map<string, Built>();
let goodFingerprint = '';
let htmlBuild: Built;

beforeAll(async () => {
  // HTML and a script inside a source: a new last paragraph of paper 001 (a new anchor: the lock only warns).
  const html = brokenContent('html-in-source', (d) => writeFileSync(join(d, FILE_001), `${TEXT_001.trimEnd()}\n\n${SCRIPT}\n`));
  htmlBuild = await build(html, good);
  if (htmlBuild.status !== 0) return;
  goodFingerprint = fingerprint(good);
  // The broken builds, two at a time (scripts/build.mjs runs the Astro part of builds one at a time).
  const queue = [...CASES];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const dir = brokenContent(c.name.replace(/\W+/g, '-'), c.edit);
      results.set(c.name, await build(dir, good));
      rmSync(dir, { recursive: true, force: true });
    }
  };
  await Promise.all([worker(), worker()]);
}, 300_000);

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
    expect(message).toMatchObject({ file: `<content>/${c.file}`, line: c.line });
    expect(message!.problem).toMatch(c.problem);
    expect(message!.fix).toMatch(c.fix);
    expect(b!.output).toMatch(/Build failed: the previous site in .* was left as it was/);
    expect(fingerprint(good)).toBe(goodFingerprint);
  });

  it('never touches the project\'s own content cache', () => {
    expect(fileHash(MAIN_CACHE)).toBe(mainCacheBefore);
  });
});
