import { z } from 'astro/zod';
import { Manifest } from './manifest.ts';
import { Genres, Topics } from './taxonomy.ts';

/*
 * JSON Schemas of the files an editor fills in, generated from the zod schemas that the build
 * validates with (descriptions included), so that an editor (yaml-language-server, VS Code's YAML
 * extension, IntelliJ) completes and checks them: the `# yaml-language-server: $schema=…` line at the
 * top of each file points to them. Draft 7, which every such editor reads. `npm run schema` writes
 * them; tests/unit/json-schema.test.ts fails when they are out of date.
 */
export const JSON_SCHEMAS = {
  'papers.schema.json': { schema: Manifest, title: 'The archive\'s manifest: content/sources/papers.yaml, one entry per paper' },
  'topics.schema.json': { schema: Topics, title: 'The archive\'s topics: content/topics.yaml' },
  'genres.schema.json': { schema: Genres, title: 'The archive\'s genres: content/genres.yaml' },
} as const;

export function jsonSchemaText(name: keyof typeof JSON_SCHEMAS): string {
  const { schema, title } = JSON_SCHEMAS[name];
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
