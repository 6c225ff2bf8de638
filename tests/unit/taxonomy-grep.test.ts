import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/lib/ingest/taxonomy.ts';

// Topics and genres are content: no source file under src/ names one of their ids as a value (a quoted
// string, a dictionary key such as "topic.<id>", a CSS selector). 'article' is also the name of an HTML
// element and of a biblatex entry type: its literal is allowed where the code lists those, and in DOM
// selector calls (closest('article')), which name elements, never genres.
const tax = loadTaxonomy('content');
const ids = [...tax.topics.map((t) => t.id), ...tax.genres.map((g) => g.id)];
const ELEMENT_NAMES: Record<string, string> = { 'src/lib/search/build/passages.ts': 'article', 'src/lib/ingest/taxonomy.ts': 'article' };
const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));

describe('no source file under src/ names a topic or genre id', () => {
  it('finds none (ids from content/topics.yaml and content/genres.yaml)', () => {
    const hits = walk('src').flatMap((file) => {
      const text = readFileSync(file, 'utf8').replace(/\b(closest|querySelector|querySelectorAll|matches|createElement)\(\s*(['"`])[a-z]+\2\s*\)/g, '');
      return ids.filter((id) => ELEMENT_NAMES[file] !== id)
        .filter((id) => new RegExp(`(['"\`.])${id}(['"\`:]|$)`, 'm').test(text) || new RegExp(`(topic|genre)[.-]${id}\\b`).test(text))
        .map((id) => `${file}: ${id}`);
    });
    expect(hits).toEqual([]);
  });

  it('would find one (the check can fail)', () => {
    expect(new RegExp(`(['"\`.])${ids[0]}(['"\`:]|$)`, 'm').test(`const t = '${ids[0]}';`)).toBe(true);
  });
});
