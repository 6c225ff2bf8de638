import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { SourceError } from './errors.ts';

/**
 * Reads a YAML data file and validates it with a zod schema. Any problem is reported as a
 * SourceError naming the file, the line of the offending value, what is wrong and how to fix it.
 */
export function readYaml<S extends z.ZodType>(file: string, schema: S, label = 'data file'): z.infer<S> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SourceError(file, undefined, `the ${label} is missing`, `create ${file}`);
  }
  return parseYaml(text, file, schema, label);
}

export function parseYaml<S extends z.ZodType>(text: string, file: string, schema: S, label = 'data file'): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0]?.line;
    throw new SourceError(file, line, `the ${label} is not valid YAML: ${syntax.message.split('\n')[0]}`,
      'correct the YAML syntax at that line (quote values that contain ": " or start with a special character)');
  }
  let value: unknown;
  try {
    // The yaml library refuses documents whose aliases would expand past a limit (an "alias bomb").
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new SourceError(file, undefined, `the ${label} could not be read as data: ${(e as Error).message}`,
      'write the values out instead of repeating YAML aliases (*name), or remove the aliases');
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new SourceError(file, undefined, `the ${label} is invalid`, 'check it against the schema');
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const line = lineOf(doc, lineCounter, path);
  const where = path.length ? `at ${fieldPath(path, rootName(label))}` : 'at the top level';
  const field = path.at(-1);
  const schemaNote = `the schema, with a description of each field, is ${schemaFileOf(label)}; see also the README`;
  // A required field left out: say so, rather than only what its value should have been.
  if (field !== undefined && path.length > 1 && !doc.hasIn(path)) {
    throw new SourceError(file, line, `invalid ${label} ${where}: the field "${field}" is missing (${issue.message})`,
      `add "${field}:" to the entry that starts at this line (${schemaNote})`);
  }
  const allowed = 'values' in issue && Array.isArray(issue.values) ? issue.values.map(String) : [];
  const what = path.length ? fieldPath(path, rootName(label)) : 'the file';
  throw new SourceError(file, line, `invalid ${label} ${where}: ${issue.message}`, allowed.length
    ? `give ${what} one of: ${allowed.join(', ')}`
    : `give ${what} a value of the expected form (${schemaNote})`);
}

/** A function from a YAML path to the line of that node, for error messages. */
export function yamlLocator(text: string): (path: (string | number)[]) => number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path) => lineOf(doc, lineCounter, path);
}

/** The line of the node at `path`, or of its nearest ancestor that the document has. */
function lineOf(doc: Document, lineCounter: LineCounter, path: readonly (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** A field as a reader writes it: `papers[5].topics[0]`, `rows[0].subscribers`. */
export function fieldPath(path: readonly (string | number)[], root = ''): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p), root);
}

/** The name of a file's top level in messages: the manifest is the list of papers. */
const rootName = (label: string) => (label === 'manifest' ? 'papers' : '');

/** Where the schema of each kind of YAML file is written, for the fix of an error. */
function schemaFileOf(label: string): string {
  if (label === 'manifest') return 'content/papers.schema.json (generated from src/lib/ingest/manifest.ts)';
  if (/topics|genres/.test(label)) return 'in src/lib/ingest/taxonomy.ts';
  if (/editorial|tables/.test(label)) return 'in src/lib/ingest/manifest.ts';
  if (/glossary/.test(label)) return 'in src/lib/glossary/index.ts';
  return 'in src/lib/data/schemas.ts';
}
