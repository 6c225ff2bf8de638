import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { PaperData } from '../content/paper-schema.ts';
import { getPapers } from '../content/papers.ts';
import { CONTENT_DIR } from '../content/paths.ts';
import { SourceError } from '../core/errors.ts';
import { parseYaml } from '../core/yaml.ts';
import { Akimats, Candidates, Embassies, SocialStats, Timeline, type SourceRef } from './schemas.ts';
import { citeKey, verifyDataset, type Cite } from './verify.ts';

/** A dataset as the pages use it: the validated data, where it lives, and its resolved passages. */
export interface Dataset<T> {
  /** Path of the YAML file, relative to the project (for messages and the data notes). */
  file: string;
  data: T;
  /** The paragraph a record's source resolves to. */
  cite(ref: SourceRef): Cite;
}

export interface Datasets {
  embassies: Dataset<Embassies>;
  akimats: Dataset<Akimats>;
  socialStats: Dataset<SocialStats>;
  candidates: Dataset<Candidates>;
  /** In reading order: the steppe first, the digital age last. */
  timelines: Dataset<Timeline>[];
}

/** Order of the timelines on the page; timelines not listed follow in file-name order. */
export const TIMELINE_ORDER = ['steppe', 'independence', 'us-uk', 'digital'];

function load<S extends z.ZodType>(file: string, schema: S, papers: readonly PaperData[], label: string): Dataset<z.infer<S>> {
  const rel = relative(process.cwd(), file) || file;
  if (!existsSync(file)) throw new SourceError(rel, undefined, `the ${label} is missing`, `create ${rel}`);
  const text = readFileSync(file, 'utf8');
  const data = parseYaml(text, rel, schema, label);
  const cites = verifyDataset(data, rel, text, papers);
  return {
    file: rel,
    data,
    cite(ref) {
      const c = cites.get(citeKey(ref));
      if (!c) throw new Error(`${rel}: the source ${citeKey(ref)} was not verified (it is not a record of this dataset)`);
      return c;
    },
  };
}

/**
 * Reads and checks every dataset in `dir` (content/data): schema, sources and numbers. Any problem
 * stops with a SourceError that names the file, the line of the record and the fix.
 */
export function loadDatasets(papers: readonly PaperData[], dir = join(CONTENT_DIR, 'data')): Datasets {
  const tlDir = join(dir, 'timelines');
  const tlFiles = existsSync(tlDir) ? readdirSync(tlDir).filter((f: string) => f.endsWith('.yaml')).sort() : [];
  const rank = (f: string) => { const i = TIMELINE_ORDER.indexOf(f.replace(/\.yaml$/, '')); return i < 0 ? TIMELINE_ORDER.length : i; };
  const timelines = tlFiles.sort((a: string, b: string) => rank(a) - rank(b)).map((f: string) => {
    const ds = load(join(tlDir, f), Timeline, papers, 'timeline');
    const expected = f.replace(/\.yaml$/, '');
    if (ds.data.id !== expected) {
      throw new SourceError(ds.file, 1, `the timeline's id "${ds.data.id}" differs from its file name`, `set id: ${expected}, or rename the file to ${ds.data.id}.yaml`);
    }
    const seen = new Set<string>();
    for (const e of ds.data.events) {
      if (seen.has(e.id)) throw new SourceError(ds.file, undefined, `two events have the id "${e.id}"`, 'give every event its own id');
      seen.add(e.id);
    }
    return ds;
  });
  return {
    embassies: load(join(dir, 'embassies.yaml'), Embassies, papers, 'embassies dataset'),
    akimats: load(join(dir, 'akimats.yaml'), Akimats, papers, 'akimats dataset'),
    socialStats: load(join(dir, 'social-stats.yaml'), SocialStats, papers, 'social statistics dataset'),
    candidates: load(join(dir, 'candidates-2008.yaml'), Candidates, papers, 'candidates dataset'),
    timelines,
  };
}

let cache: Promise<Datasets> | undefined;

/** The checked datasets, loaded once per build. */
export function getDatasets(): Promise<Datasets> {
  cache ??= getPapers().then((papers) => loadDatasets(papers));
  return cache;
}
