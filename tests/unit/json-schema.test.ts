import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, jsonSchemaText } from '../../src/lib/ingest/json-schema.ts';

// The JSON Schemas in content/ are what editors validate and complete the YAML files with: they must be
// the ones the zod schemas give today, describe every field, and be named by the files they describe.
const names = Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[];

/** Every property of an object schema, with its path, through arrays, unions and nested objects. */
function properties(node: unknown, path = ''): { path: string; schema: Record<string, unknown> }[] {
  if (!node || typeof node !== 'object') return [];
  const n = node as Record<string, unknown>;
  const own = Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)
    .flatMap(([k, v]) => [{ path: `${path}.${k}`, schema: v }, ...properties(v, `${path}.${k}`)]);
  const items = Array.isArray(n.items) ? n.items : n.items ? [n.items] : [];
  const nested = [...items, ...((n.anyOf ?? []) as unknown[])].flatMap((x) => properties(x, path));
  return [...own, ...nested];
}

describe('the JSON Schemas of content/ (npm run schema)', () => {
  it.each(names)('content/%s is up to date with the zod schema', (name) => {
    expect(readFileSync(`content/${name}`, 'utf8'), `run npm run schema and commit content/${name}`).toBe(jsonSchemaText(name));
  });

  it('papers.schema.json describes every field of a manifest entry', () => {
    const schema = JSON.parse(jsonSchemaText('papers.schema.json'));
    const fields = properties(schema);
    expect(fields.map((f) => f.path)).toEqual(expect.arrayContaining(['.slug', '.genre', '.topics', '.front', '.authors.role', '.date.span', '.headings.page']));
    expect(fields.filter((f) => typeof f.schema.description !== 'string').map((f) => f.path)).toEqual([]);
  });

  it.each([
    ['content/sources/papers.yaml', '../papers.schema.json'],
    ['content/topics.yaml', './topics.schema.json'],
    ['content/genres.yaml', './genres.schema.json'],
  ])('%s names its schema on its first line, for the editor', (file, schema) => {
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${schema}`);
  });
});
