import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// src/lib/search/ is three parts: build/ runs in Node at build time (it reads files, parses HTML,
// rewrites Pagefind's index); shared/ is pure and runs in both; src/client/search/ runs in the
// browser. The browser code and everything it imports, followed file by file, must reach neither a
// Node module nor the build part.

const IMPORT = /(?:\bimport|\bexport)\s[^'";]*?\bfrom\s*(['"])([^'"]+)\1|\bimport\s*\(\s*(['"])([^'"]+)\3\s*\)|\bimport\s+(['"])([^'"]+)\5/g;
const NODE = new Set(builtinModules);

const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  return statSync(p).isDirectory() ? files(p) : /\.(ts|mts|js|mjs)$/.test(n) ? [p] : [];
});

/** Every import chain from `entries` that reaches a Node module or a file under `forbidden`. */
function boundaryViolations(root: string, entries: string[], forbidden: string): string[] {
  const bad: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[2] ?? m[4] ?? m[6]!;
      const path = [...chain, relative(root, file)].join(' → ');
      if (spec.startsWith('node:') || NODE.has(spec.split('/')[0]!)) { bad.push(`${path} → ${spec}`); continue; }
      if (!spec.startsWith('.')) continue; // a package: bundled for the browser as it is
      const target = resolve(dirname(file), spec);
      if (target.startsWith(`${resolve(root, forbidden)}${sep}`)) { bad.push(`${path} → ${relative(root, target)}`); continue; }
      visit(target, [...chain, relative(root, file)]);
    }
  };
  for (const e of entries) visit(resolve(root, e), []);
  return bad;
}

describe('the search code keeps browser and build apart', () => {
  it('lets no browser module or shared module reach Node or src/lib/search/build/', () => {
    const entries = [...files('src/client/search'), ...files('src/lib/search/shared')];
    expect(entries.length).toBeGreaterThan(10);
    expect(boundaryViolations('.', entries, 'src/lib/search/build')).toEqual([]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'boundary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => { mkdirSync(dirname(join(dir, path)), { recursive: true }); writeFileSync(join(dir, path), text); };

  it('finds a Node module or a build module two imports away (the check can fail)', () => {
    write('client/page.ts', `import { a } from '../shared/a.ts';\nexport const p = () => import('../shared/b.ts');`);
    write('shared/a.ts', `import { readFileSync } from 'node:fs';\nexport const a = 1;`);
    write('shared/b.ts', `export { c } from '../build/c.ts';\nimport type { X } from './x.ts';`);
    write('shared/x.ts', `import path from 'path';\nexport type X = 1;`);
    write('build/c.ts', `export const c = 1;`);
    expect(boundaryViolations(dir, ['client/page.ts'], 'build').sort()).toEqual([
      'client/page.ts → shared/a.ts → node:fs',
      'client/page.ts → shared/b.ts → build/c.ts',
      'client/page.ts → shared/b.ts → shared/x.ts → path',
    ]);
  });
});
