// Records the paragraph anchors of the corpus in content/anchors.lock.json: every anchor of a paper
// that is not locked yet, and the new anchors of locked papers (a split's new parts). A published
// anchor is never rewritten (see src/lib/ingest/anchors.ts for the rules of an edition).
import { loadCorpus } from '../src/lib/ingest/corpus.ts';
import { writeLock } from '../src/lib/ingest/anchors.ts';

const corpus = loadCorpus('content/sources');
const lock = writeLock(corpus.papers, 'content/anchors.lock.json');
for (const [slug, anchors] of Object.entries(lock.papers)) console.log(`${slug}: ${Object.keys(anchors).length} anchors locked (edition ${lock.edition})`);
