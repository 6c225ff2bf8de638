import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Facts written once: the site model (src/site/) is the only place in src/ that
 *  - writes a language code as a string literal: 'kk', "ru", `en`, and lang="kk" in a template. Code
 *    that needs one language names it through the model (LANG.kk, DEFAULT_LANG, a table field such as
 *    LANGUAGES[lang].csl). Property names are not literals: the keys of Localized data
 *    ({ kk: …, ru: …, en: … }) and property access (title.en) stay as they are. Comments are not code.
 *    Data files (YAML, the dictionaries' JSON) are not scanned.
 *  - reads the environment: process.env only in src/site/config.ts;
 * and only the i18n module (src/lib/i18n/) imports the dictionaries (src/i18n/*.json): everything
 * else asks t(), whose keys are checked.
 */


const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const sources = walk('src').filter((f) => /\.(ts|astro|mjs)$/.test(f));

/** The code of a file with its comments blanked (line numbers kept); `://` in URLs is not a comment. */
const code = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:\\])\/\/.*$/gm, '$1').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');

const LANG_LITERAL = /(['"`])(kk|ru|en)\1/;
const hitsIn = (file: string, text: string, pattern: RegExp) =>
  code(text).split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
const scan = (pattern: RegExp, allowed: (file: string) => boolean) =>
  sources.filter((f) => !allowed(f)).flatMap((f) => hitsIn(f, readFileSync(f, 'utf8'), pattern));

describe('the site model is the one place for languages, configuration and dictionaries', () => {
  it('no language code is written as a literal outside src/site/', () => {
    expect(scan(LANG_LITERAL, (f) => f.startsWith('src/site/'))).toEqual([]);
  });

  it('would find one (the check can fail)', () => {
    expect(hitsIn('x.ts', "const a = lang === 'kk';", LANG_LITERAL)).toHaveLength(1);
    expect(hitsIn('x.astro', '<span lang="en">', LANG_LITERAL)).toHaveLength(1);
    expect(hitsIn('x.ts', '// the kk copy: \'kk\'\nconst t = title.kk;\nconst l = { kk: 1 };', LANG_LITERAL)).toEqual([]);
  });

  it('process.env is read only by src/site/config.ts', () => {
    expect(scan(/process\.env/, (f) => f === 'src/site/config.ts')).toEqual([]);
    expect(hitsIn('x.ts', 'const u = process.env.SITE_URL;', /process\.env/)).toHaveLength(1);
  });

  it('the dictionaries are imported only by the i18n module', () => {
    const RAW = /from\s+['"][./]*(?:\.\.\/)*(?:src\/)?i18n\/[^'"]*\.json['"]/;
    expect(scan(RAW, (f) => f.startsWith('src/lib/i18n/'))).toEqual([]);
    expect(hitsIn('x.astro', "import kk from '../i18n/kk.json';", RAW)).toHaveLength(1);
  });
});
