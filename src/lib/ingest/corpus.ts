import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fieldPath, parseYaml, yamlLocator } from '../core/yaml.ts';
import { SourceError } from '../core/errors.ts';
import type { Localized } from '../core/types.ts';
import { Editorial, Manifest, Tables, type PaperManifest } from './manifest.ts';
import { lockedAnchors, readLock, type AnchorsLock } from './anchors.ts';
import { loadTaxonomy, type Taxonomy } from './taxonomy.ts';
import { ingestPaper, keptSourceText, publishedText, type IngestedPaper } from './pipeline.ts';

export interface CorpusPaper extends IngestedPaper {
  manifest: PaperManifest;
  editorial: { title: Localized; summary: Localized };
}

export interface Corpus {
  papers: CorpusPaper[];
  /** Wall time of the ingestion, in milliseconds. */
  ms: number;
}

/**
 * Reads the manifest files in `dir` (papers.yaml, editorial.yaml, tables.yaml) and ingests every
 * paper, numbered by the anchors lock beside `dir` (content/anchors.lock.json; `null`: no lock), its
 * topics and genre checked against topics.yaml and genres.yaml beside `dir` (or in `taxonomyDir`). Any inconsistency stops with a SourceError naming the file, the line and the fix.
 */
export function loadCorpus(dir: string, root = process.cwd(), lock: AnchorsLock | null = readLock(join(dir, '..', 'anchors.lock.json')),
  taxonomyDir = join(dir, '..')): Corpus {
  const t0 = performance.now();
  const rel = (f: string) => relative(root, f) || f;
  const read = (name: string) => {
    const f = join(dir, name);
    if (!existsSync(f)) throw new SourceError(rel(f), undefined, `${name} is missing`, `create ${rel(f)} (see the README, "Adding a paper")`);
    return { file: rel(f), text: readFileSync(f, 'utf8') };
  };
  const papersFile = read('papers.yaml');
  const editorialFile = read('editorial.yaml');
  const tablesFile = read('tables.yaml');
  const manifest = parseYaml(papersFile.text, papersFile.file, Manifest, 'manifest');
  const editorial = parseYaml(editorialFile.text, editorialFile.file, Editorial, 'editorial file');
  const tables = parseYaml(tablesFile.text, tablesFile.file, Tables, 'tables file');
  const locatePapers = yamlLocator(papersFile.text);
  const locateTables = yamlLocator(tablesFile.text);

  const taxonomy = loadTaxonomy(taxonomyDir);
  const seen = new Map<string, number>();
  const seenIds = new Map<string, number>();
  manifest.forEach((m, i) => {
    checkTaxonomy(m, i, taxonomy, papersFile.file, locatePapers);
    const line = locatePapers([i, 'slug']);
    const prev = seen.get(m.slug);
    if (prev !== undefined) {
      throw new SourceError(papersFile.file, line, `duplicate slug "${m.slug}" (also used by entry ${prev + 1})`, 'give each paper its own slug; published slugs never change');
    }
    seen.set(m.slug, i);
    const prevId = seenIds.get(m.id);
    if (prevId !== undefined) {
      throw new SourceError(papersFile.file, locatePapers([i, 'id']), `duplicate id "${m.id}" (also used by entry ${prevId + 1})`, 'give each paper its own short id');
    }
    seenIds.set(m.id, i);
    if (!editorial[m.slug]) {
      throw new SourceError(editorialFile.file, undefined, `no editorial title renderings and summaries for "${m.slug}"`,
        `add an entry "${m.slug}:" with title and summary in kk, ru and en`);
    }
    if (!existsSync(join(dir, m.file))) {
      throw new SourceError(papersFile.file, locatePapers([i, 'file']), `the source file "${m.file}" does not exist in ${rel(dir)}`,
        'put the text file there under that name, or correct `file`');
    }
  });
  for (const slug of Object.keys(tables)) {
    if (!seen.has(slug)) throw new SourceError(tablesFile.file, locateTables([slug]), `tables for unknown paper "${slug}"`, 'use the slug of a paper in papers.yaml');
  }

  const papers = manifest.map((m, i): CorpusPaper => {
    const file = join(dir, m.file);
    const paper = ingestPaper({
      bytes: readFileSync(file), file: rel(file), manifest: m, tables: tables[m.slug] ?? [], tablesFile: tablesFile.file,
      tableLine: locateTables, manifestFile: papersFile.file, manifestLine: (path) => locatePapers([i, ...path]),
      locked: lock ? lockedAnchors(lock, m.slug) : undefined,
    });
    assertFaithful(paper, rel(file));
    return { ...paper, manifest: m, editorial: editorial[m.slug] as CorpusPaper['editorial'] };
  });
  return { papers, ms: performance.now() - t0 };
}

/**
 * The manifest names topics, genres and roles that content/topics.yaml and content/genres.yaml
 * define, and only the roles its genre allows. The error names the field by its path
 * (`papers[5].topics[0]`) and lists the allowed values.
 */
function checkTaxonomy(m: PaperManifest, i: number, tax: Taxonomy, file: string, locate: (path: (string | number)[]) => number | undefined): void {
  const fail = (path: (string | number)[], problem: string, fix: string) => {
    throw new SourceError(file, locate([i, ...path]), `invalid manifest at ${fieldPath([i, ...path], 'papers')}: ${problem}`, fix);
  };
  const topics = tax.topics.map((t) => t.id);
  m.topics.forEach((t, k) => {
    if (!topics.includes(t)) fail(['topics', k], `"${t}" is not a topic of content/topics.yaml`, `give papers[${i}].topics[${k}] one of: ${topics.join(', ')}; or add the topic to content/topics.yaml (see the README, "Topics and genres")`);
  });
  const genre = tax.genres.find((g) => g.id === m.genre);
  if (!genre) fail(['genre'], `"${m.genre}" is not a genre of content/genres.yaml`, `give papers[${i}].genre one of: ${tax.genres.map((g) => g.id).join(', ')}; or add the genre to content/genres.yaml`);
  const roles: readonly string[] = genre!.roles;
  m.authors.forEach((a, k) => {
    if (!roles.includes(a.role)) fail(['authors', k, 'role'], `the genre "${genre!.id}" names no ${a.role} (its roles in content/genres.yaml: ${roles.join(', ')})`, `give papers[${i}].authors[${k}].role one of: ${roles.filter((r) => r !== 'institution').join(', ')}; or change the genre`);
  });
  if (m.institution && !roles.includes('institution')) fail(['institution'], `the genre "${genre!.id}" names no institution (its roles in content/genres.yaml: ${roles.join(', ')})`, 'remove `institution`, or choose a genre that has one (a thesis)');
}

/** Every letter and digit of the kept source reaches the published text, in order. */
export function assertFaithful(paper: IngestedPaper, file: string): void {
  const kept = keptSourceText(paper);
  const out = publishedText(paper);
  if (kept === out) return;
  let i = 0;
  while (i < kept.length && kept[i] === out[i]) i++;
  const context = kept.slice(Math.max(0, i - 30), i + 30);
  const line = paper.lines.find((l) => l.status === 'text' && compactIncludes(l.text, kept.slice(i, i + 12)))?.n;
  throw new SourceError(file, line, `the published text differs from the source near «${context}»`,
    'this is a pipeline bug: a rule dropped or changed words; run the unit tests and fix the rule');
}

function compactIncludes(text: string, needle: string): boolean {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').includes(needle);
}
