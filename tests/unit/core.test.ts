import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/core/html.ts';

const LIB = resolve('src/lib');

/** The other folders of src/lib/ that the modules of each folder there import from. */
function folderImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.ts$/.test(e.name) ? [join(dir, e.name)] : []));
  for (const file of walk(LIB)) {
    const from = relative(LIB, file).split('/')[0]!;
    const edges = graph.get(from) ?? new Set<string>();
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const target = relative(LIB, resolve(dirname(file), spec!));
      const folder = target.split('/')[0]!;
      if (!target.startsWith('..') && folder !== from) edges.add(folder);
    }
    graph.set(from, edges);
  }
  return graph;
}

/** The folders `start` reaches through imports, itself left out unless a cycle leads back to it. */
function reachable(graph: Map<string, Set<string>>, start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [...(graph.get(start) ?? [])];
  while (todo.length) {
    const next = todo.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    todo.push(...(graph.get(next) ?? []));
  }
  return seen;
}

describe('the shared vocabulary', () => {
  const graph = folderImports();
  it('src/lib/core imports nothing else of src/lib', () => {
    expect(graph.get('core')).toEqual(new Set());
  });
  it('lib/ingest does not reach lib/data, so the two never import each other in a cycle', () => {
    expect(graph.get('ingest')).toBeDefined();
    expect(reachable(graph, 'ingest').has('data')).toBe(false);
    expect(reachable(graph, 'ingest').has('ingest')).toBe(false);
    expect(reachable(graph, 'data').has('data')).toBe(false);
  });
  it('escapes markup characters for text and double-quoted attributes, and leaves the rest as it is', () => {
    expect(escapeHtml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(escapeHtml("Қазақ 'тілі' — 2016")).toBe("Қазақ 'тілі' — 2016");
    expect(escapeHtml(3.5)).toBe('3.5');
  });
});
