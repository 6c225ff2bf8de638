import type { Loader } from 'astro/loaders';
import { loadCorpus } from '../ingest/corpus.ts';
import { SourceError } from '../ingest/errors.ts';
import { readLock, verifyAnchors } from '../ingest/anchors.ts';

export interface PapersLoaderOptions {
  /** Folder with papers.yaml, editorial.yaml, tables.yaml and the source texts. */
  dir: string;
  /** The anchors lock file. */
  lock: string;
}

/**
 * Loads the papers: raw text through the ingestion pipeline, checked against the anchors lock.
 * Any problem in the input stops the build with the file, the line and the fix.
 */
export function papersLoader(opts: PapersLoaderOptions): Loader {
  return {
    name: 'archive-papers',
    async load({ store, logger, parseData, watcher }) {
      let corpus;
      try {
        const lock = readLock(opts.lock);
        corpus = loadCorpus(opts.dir, process.cwd(), lock);
        const report = verifyAnchors(corpus.papers, opts.lock, lock);
        for (const w of report.warnings) logger.warn(w);
      } catch (e) {
        if (e instanceof SourceError) {
          logger.error(e.message);
          throw new Error(`Bad input: ${e.message}`);
        }
        throw e;
      }
      store.clear();
      for (const p of corpus.papers) {
        const data = await parseData({
          id: p.slug,
          data: {
            ...p,
            lineToParagraph: [...p.lineToParagraph.entries()],
          },
        });
        store.set({ id: p.slug, data });
        const paras = p.blocks.filter((b) => b.kind !== 'heading').length;
        logger.info(`${p.id} ${p.slug}: ${paras} numbered blocks, ${p.pages.length} page(s)`);
      }
      logger.info(`ingested ${corpus.papers.length} papers in ${corpus.ms.toFixed(0)} ms`);
      watcher?.add(opts.dir);
    },
  };
}
