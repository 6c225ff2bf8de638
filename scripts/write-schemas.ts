// Writes the JSON Schemas of content/'s YAML files from their zod schemas (src/lib/ingest/json-schema.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMAS, jsonSchemaText } from '../src/lib/ingest/json-schema.ts';

for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
  writeFileSync(join('content', name), jsonSchemaText(name));
  console.log(`content/${name}`);
}
