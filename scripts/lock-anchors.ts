// Records every paragraph anchor of the corpus with its fingerprint in content/anchors.lock.json.
// Run it after adding a paper or after a deliberate, reviewed change of the ingestion rules.
import { loadCorpus } from '../src/lib/ingest/corpus.ts';
import { writeLock } from '../src/lib/ingest/anchors.ts';

const corpus = loadCorpus('content/sources');
const lock = writeLock(corpus.papers, 'content/anchors.lock.json');
for (const [slug, p] of Object.entries(lock.papers)) console.log(`${slug}: ${Object.keys(p.anchors).length} anchors locked`);
