import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { SourceError } from '../core/errors.ts';
import { unsafeMdx } from './safe-mdx.ts';
import { Lang } from '../../site/lang-schema.ts';
import { loadTaxonomy } from '../ingest/taxonomy.ts';

/**
 * Every file under content/chapters/ must be a chapter the site publishes: `{lang}/{topic}.mdx`, a
 * topic of content/topics.yaml.
 * A folder that is not a language (`kz/`) or a file that is not a topic would otherwise be dropped
 * without a word, so the build stops and names it. So does a chapter holding script (safe-mdx.ts).
 */
export function checkChapterFiles(dir: string): void {
  const langs: readonly string[] = Lang.options;
  const topics = loadTaxonomy(join(dir, '..')).topics.map((t) => t.id);
  for (const entry of readdirSync(dir).sort()) {
    if (entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (!statSync(path).isDirectory()) {
      throw new SourceError(path, undefined, 'a file directly in the chapters folder', `move it to ${dir}/{${langs.join(',')}}/ as one of ${topics.map((t) => `${t}.mdx`).join(', ')}`);
    }
    if (!langs.includes(entry)) {
      throw new SourceError(path, undefined, `"${entry}" is not a language of the archive`, `rename the folder to one of ${langs.join(', ')} (the chapters in it are not published otherwise)`);
    }
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue;
      const topic = name.replace(/\.mdx$/, '');
      if (!name.endsWith('.mdx') || !topics.includes(topic)) {
        throw new SourceError(join(path, name), undefined, `"${name}" is not a chapter: a chapter file is named after its topic`,
          `rename it to one of ${topics.map((t) => `${t}.mdx`).join(', ')}, or move it out of ${dir}`);
      }
      const [unsafe] = unsafeMdx(readFileSync(join(path, name), 'utf8'));
      if (unsafe) throw new SourceError(join(path, name), unsafe.line, unsafe.problem, unsafe.fix);
    }
  }
}

/** The chapters collection: Astro's glob loader over `{lang}/{topic}.mdx`, after the check above. */
export function chaptersLoader(dir: string): Loader {
  const inner = glob({ pattern: '*/*.mdx', base: dir });
  return {
    ...inner,
    name: 'archive-chapters',
    load: async (context) => {
      checkChapterFiles(dir);
      return inner.load(context);
    },
  };
}
