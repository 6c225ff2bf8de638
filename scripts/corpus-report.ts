// Prints, per paper: paragraphs, repairs by kind, excluded lines and ingestion time.
import { loadCorpus } from '../src/lib/ingest/corpus.ts';

const corpus = loadCorpus('content/sources');
for (const p of corpus.papers) {
  const paras = p.blocks.filter((b) => b.kind === 'paragraph');
  const mean = Math.round(paras.reduce((a, b) => a + (b.kind === 'paragraph' ? b.text.length : 0), 0) / Math.max(1, paras.length));
  const counts = Object.entries(p.counts).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${v}`).join(', ');
  const excluded = p.excluded.reduce((a, e) => a + e.count, 0);
  console.log(`${p.id} ${p.slug}: ¶ ${p.paragraphCount} (paragraphs ${paras.length}, mean ${mean} chars), pages ${p.pages.length}, excluded lines ${excluded}, links ${p.links.length}\n    ${counts}`);
}
console.log(`ingested ${corpus.papers.length} papers in ${corpus.ms.toFixed(0)} ms`);
