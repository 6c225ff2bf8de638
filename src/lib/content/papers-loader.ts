import type { Loader } from 'astro/loaders';
import { loadCorpus } from '../ingest/corpus.ts';
import { SourceError } from '../core/errors.ts';
import { readLock, verifyAnchors } from '../ingest/anchors.ts';
import { attachTranslations, coverage, type Attached } from '../translations/attach.ts';
import { keyOf, readTranslations, TRANSLATION_LANGS } from '../translations/store.ts';

export interface PapersLoaderOptions {
  /** Folder with papers.yaml, editorial.yaml, tables.yaml and the source texts. */
  dir: string;
  /** The anchors lock file. */
  lock: string;
  /** The folder of the editorial translations (content/translations/{lang}/{slug}.yaml). */
  translations?: string;
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
      let attached: Attached = new Map();
      try {
        const lock = readLock(opts.lock);
        corpus = loadCorpus(opts.dir, process.cwd(), lock);
        const report = verifyAnchors(corpus.papers, opts.lock, lock);
        for (const w of report.warnings) logger.warn(w);
        attached = attachTranslations(corpus.papers, opts.translations ? readTranslations(opts.translations) : []);
        for (const row of coverage(corpus.papers, attached)) {
          logger.info(`translations of ${row.id} ${row.slug}: ${TRANSLATION_LANGS.map((l) => `${l} ${row.langs[l].done}/${row.langs[l].of}`).join(', ')}`);
        }
      } catch (e) {
        if (e instanceof SourceError) {
          logger.error(e.message);
          throw new Error(`Bad input: ${e.message}`);
        }
        throw e;
      }
      store.clear();
      for (const p of corpus.papers) {
        const withTranslations = <B extends (typeof p.blocks)[number]>(b: B) => (b.kind === 'heading' ? b
          : { ...b, translations: Object.fromEntries(Object.entries(attached.get(p.slug)?.get(keyOf(b.lines)) ?? {}).map(([l, t]) => [l, t!.value])) });
        const data = await parseData({
          id: p.slug,
          data: {
            ...p,
            blocks: p.blocks.map(withTranslations),
            // The reading pages hold the same blocks: a long paper's sections show their translations too.
            pages: p.pages.map((pg) => ({ ...pg, blocks: pg.blocks.map(withTranslations) })),
            lineToParagraph: [...p.lineToParagraph.entries()],
          },
        });
        store.set({ id: p.slug, data });
        const paras = p.blocks.filter((b) => b.kind !== 'heading').length;
        logger.info(`${p.id} ${p.slug}: ${paras} numbered blocks, ${p.pages.length} page(s)`);
      }
      logger.info(`ingested ${corpus.papers.length} papers in ${corpus.ms.toFixed(0)} ms`);
      watcher?.add(opts.dir);
      if (opts.translations) watcher?.add(opts.translations);
    },
  };
}
