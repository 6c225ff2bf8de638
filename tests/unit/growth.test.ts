import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The README's "Adding a paper" worked example, as a test: a sixth paper in a NEW topic (e-government)
// and a NEW genre (bachelor-thesis), added by editing only a temporary copy of content/, one build.
const root = mkdtempSync(join(tmpdir(), 'archive-growth-'));
const content = join(root, 'content');
const dist = join(root, 'dist');
const FX = 'tests/fixtures/growth';
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  cpSync('tests/fixtures/sixth-paper/005_sixth_paper.txt', join(content, 'sources', '005_sixth_paper.txt'));
  appendFileSync(join(content, 'sources', 'papers.yaml'), `\n${readFileSync(join(FX, 'papers.yaml'), 'utf8')}`);
  for (const f of ['editorial.yaml', 'tables.yaml']) {
    const text = readFileSync(join('tests/fixtures/sixth-paper', f), 'utf8');
    appendFileSync(join(content, 'sources', f), `\n${text.slice(text.indexOf('regional-akimats-telegram:'))}`);
  }
  appendFileSync(join(content, 'topics.yaml'), `\n${readFileSync(join(FX, 'topics.yaml'), 'utf8')}`);
  appendFileSync(join(content, 'genres.yaml'), `\n${readFileSync(join(FX, 'genres.yaml'), 'utf8')}`);
  execFileSync('node', ['scripts/build.mjs', '--out', dist], { env: { ...process.env, ARCHIVE_CONTENT: content }, stdio: 'pipe' });
}, 600_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a sixth paper in a new topic and a new genre, from content/ only', () => {
  it('has its pages in the three interfaces, every block and heading with a lang', () => {
    for (const lang of ['kk', 'ru', 'en']) {
      const html = page(`${lang}/papers/regional-akimats-telegram`);
      expect(html).toContain(`<html lang="${lang}"`);
      const numbered = [...html.matchAll(/<(p|li|h[2-4]|figure|table)\b[^>]*\bid="p\d+"[^>]*>/g)].map((m) => m[0]);
      expect(numbered.length).toBeGreaterThan(3);
      expect(numbered.filter((tag) => !/\blang="(kk|ru|en)"/.test(tag))).toEqual([]);
    }
  });

  it('the new topic has its filter on the papers index and its landing listing the paper', () => {
    const index = page('en/papers');
    expect(index).toMatch(/id="topic-e-government"/);
    expect(index).toMatch(/#topic-e-government:checked/);
    const landing = page('ru/chapters/e-government');
    expect(landing).toContain('Электронное правительство');
    expect(landing).toContain('/ru/papers/regional-akimats-telegram/');
  });

  it('the copy counts six papers in every language', () => {
    expect(page('en')).toContain('Six papers on');
    expect(page('ru')).toContain('Шесть статей о');
    expect(page('kk')).toContain('алты мақала');
  });

  it('exports it as a thesis: BibTeX @thesis with its degree, RIS THES with the whole ID, CSL thesis', () => {
    const bib = readFileSync(join(dist, 'cite', 'regional-akimats-telegram.bib'), 'utf8');
    expect(bib).toMatch(/^@thesis\{regional-akimats-telegram,/);
    expect(bib).toContain("type = {Bachelor's thesis}");
    const ris = readFileSync(join(dist, 'cite', 'regional-akimats-telegram.ris'), 'utf8');
    expect(ris).toMatch(/^TY {2}- THES$/m);
    expect(ris).toMatch(/^ID {2}- regional-akimats-telegram$/m);
    expect(ris).toMatch(/^M3 {2}- Bachelor's thesis$/m);
    expect(JSON.parse(readFileSync(join(dist, 'cite', 'regional-akimats-telegram.json'), 'utf8'))[0]).toMatchObject({ type: 'thesis', genre: "Bachelor's thesis" });
  });

  it('cites it as a thesis in the styles of the page (GOST wording in ru)', () => {
    expect(page('ru/papers/regional-akimats-telegram')).toContain('выпускная работа бакалавра');
    expect(page('en/papers/regional-akimats-telegram')).toContain("Bachelor's thesis");
  });

  it('indexes it for search (the Pagefind index of the build)', () => {
    expect(existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(page('kk/papers/regional-akimats-telegram')).toContain('data-pagefind-body');
  });
});
